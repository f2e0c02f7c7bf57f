package org.sixrates.scoring;

/**
 * One rate across the committees of a year.
 *
 * @param weight the weight the scheme gave the rate that year: the rate's own, or derived
 * from the year's rates (equal, entropy, CRITIC) or from the AHP matrix
 * @param mean the mean of {@code r} over the committees that have the rate (excluded ones
 * left out), {@code null} when none has it
 */
public record RateSummary(String rateId, double weight, Double mean) {
}
