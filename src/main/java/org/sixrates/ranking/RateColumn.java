package org.sixrates.ranking;

import org.sixrates.vocabulary.Named;

/**
 * One rate of the scheme as a column of the ranking.
 *
 * @param weight the weight in force that year (derived weights change from year to year)
 * @param cityMean the mean rate of the year's committees that have it, {@code null} if
 * none has
 */
public record RateColumn(Named rate, double weight, Double cityMean) {

	public String id() {
		return rate.id();
	}

}
