/**
 * The award decision of a year (DESIGN §7): the award list (表彰名单), each award's winners
 * in rank order, as values and as CSV, and the method statement (方法说明), the scheme in
 * words in Chinese and English, as sections a page renders and as plain text a snapshot
 * keeps.
 */
package org.sixrates.awards;
