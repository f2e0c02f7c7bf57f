package org.sixrates.ranking;

import java.util.List;

/**
 * A committee's results in one year, as that year's ranking shows them: a point of its
 * trend across the years.
 *
 * @param committees how many committees were ranked that year
 * @param rates the rates (fractions) in the scheme's order, {@code null} where excluded
 */
public record TrendPoint(int year, double score, int rank, int committees, List<Double> rates) {
}
