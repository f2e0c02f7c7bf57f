/**
 * The scoring core (DESIGN §4): a scheme and a tally cube in, every committee's rates,
 * score, rank, grade and awards out, per year. Plain Java: no framework, no database.
 */
package org.sixrates.scoring;
