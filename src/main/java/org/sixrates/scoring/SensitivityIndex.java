package org.sixrates.scoring;

/**
 * One uncertain input's share of the variance of the mean absolute rank shift (see
 * {@link RankSensitivity}).
 *
 * @param input a rate id (its weight's factor), {@code normalization} or
 * {@code aggregation}
 * @param firstOrder Sᵢ: the share due to the input alone; {@code NaN} when nothing varies
 * @param total STᵢ: the share due to the input with all its interactions; {@code NaN}
 * when nothing varies
 */
public record SensitivityIndex(String input, double firstOrder, double total) {
}
