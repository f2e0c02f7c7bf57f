/**
 * The tally cube of DESIGN §6, read from the database with one {@code GROUP BY}: what the
 * scoring core evaluates every measure on, so a change of rules never rescans the
 * records.
 */
package org.sixrates.tallies;
