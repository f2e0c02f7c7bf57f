package org.sixrates.rules;

/**
 * One rate of a scheme: {@code r = numerator / denominator}, then
 * {@code r = min(r, cap)}; a denominator of 0 follows {@code whenEmpty} (DESIGN §4).
 *
 * @param id lower-case ASCII, unique in the scheme
 * @param weight the explicit weight, {@code null} when the scheme derives its weights
 * @param cap {@code null}: no cap
 * @param target the rate counted as full marks by {@link Normalization#TARGET}, or
 * {@code null}
 * @param normalization {@code null}: the scheme's
 */
public record RateDefinition(String id, Label label, Double weight, Measure numerator, Measure denominator, Double cap,
		WhenEmpty whenEmpty, Double target, Normalization normalization) {
}
