package org.sixrates.rules;

import java.util.List;

/**
 * A validated assessment scheme (DESIGN §3), with the SHA-256 of the file it was read
 * from so that every result can name the exact rules behind it.
 *
 * @param rates in rules order, which is the column order everywhere
 * @param weights {@code null} when every rate carries its own weight
 * @param tieBreak rate ids whose normalized values break ties of score, in order
 * @param grades highest {@code minScore} first; may be empty (then no committee gets a
 * grade)
 * @param awards in rules order; an award may only build on an award before it
 * @param evidence the records that need an evidence file before the city office may
 * approve them (DESIGN §8), {@code null} when none do
 * @param sha256 lower-case hex of the file's bytes
 */
public record Scheme(String id, Label title, List<RateDefinition> rates, Normalization normalization,
		Aggregation aggregation, WeightMethod weights, List<String> tieBreak, List<Grade> grades, List<Award> awards,
		Filter evidence, String sha256, String fileName) {

	public Scheme {
		rates = List.copyOf(rates);
		tieBreak = List.copyOf(tieBreak);
		grades = List.copyOf(grades);
		awards = List.copyOf(awards);
	}

	/** The position of a rate in rules order, or −1. */
	public int indexOf(String rateId) {
		for (int i = 0; i < rates.size(); i++) {
			if (rates.get(i).id().equals(rateId)) {
				return i;
			}
		}
		return -1;
	}

	/** The normalization that applies to a rate: its own, else the scheme's. */
	public Normalization normalizationOf(RateDefinition rate) {
		return rate.normalization() != null ? rate.normalization() : normalization;
	}

}
