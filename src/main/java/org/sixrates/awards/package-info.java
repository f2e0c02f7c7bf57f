/**
 * The annual award decision (DESIGN §7): a year closed, publicized and published as a
 * frozen snapshot that can be recomputed bit for bit, with drift against today's data and
 * rules; objections heard during the publicity; the award page with every committee ×
 * award and why; the award list (表彰名单) as values, CSV and a printable page; the method
 * statement (方法说明), the scheme in words in Chinese and English. Every view of a year
 * reads its results here ({@link org.sixrates.awards.YearResults}): live while the year
 * is open or closed, the snapshot's once it is publicized or published.
 */
package org.sixrates.awards;
