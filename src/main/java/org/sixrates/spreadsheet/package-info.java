/**
 * The office's spreadsheets (DESIGN §10): one writer for every {@code .xlsx} export, so
 * that the ranking, the award list and the records list share their cell formats, their
 * column widths and their print setup; and the letterhead (the issuing office and the
 * export date) that titles each of them.
 */
package org.sixrates.spreadsheet;
