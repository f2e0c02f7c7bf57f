/**
 * What the city office reads: a year's ranking and a committee's detail, as values built
 * from an assessment — the same for the pages, the JSON API and the CSV export.
 */
package org.sixrates.ranking;
