package org.sixrates.ranking;

import java.util.Map;

/**
 * A committee's results in one year, as that year's ranking shows them: a point of its
 * trend across the years.
 *
 * @param committees how many committees were ranked that year
 * @param rates rate id → rate (a fraction), in the order of the scheme that year's
 * results were computed by, {@code null} where excluded; a year computed by another
 * scheme may lack a rate of today's or have one today's lacks
 */
public record TrendPoint(int year, double score, int rank, int committees, Map<String, Double> rates) {
}
