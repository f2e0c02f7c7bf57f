/**
 * The ranking as CSV (DESIGN §5): one writer for the command line and the HTTP export, so
 * the two can never disagree.
 */
package org.sixrates.export;
