package org.sixrates.whatif;

import java.util.List;
import java.util.Map;

import org.sixrates.vocabulary.Named;

/**
 * A year's ranking under the weights tried, as the API answers it.
 *
 * @param decided whether the year's results are a publicized or published snapshot: the
 * what-if reads its figures and changes nothing of it
 * @param weights rate id → the weight used, in rules order, summing to 1
 * @param committees by new rank, then code
 */
record WhatIfRanking(int year, boolean decided, Map<String, Double> weights, String normalization, String aggregation,
		List<Row> committees) {

	/**
	 * One committee.
	 *
	 * @param move {@code nominalRank − rank}: places gained (positive) or lost
	 * @param grade {@code null} when the score reaches no grade
	 * @param awards the awards it would win, in rules order
	 * @param nominalAwards the awards it won under the year's weights
	 */
	record Row(String committee, String name, double score, int rank, int nominalRank, int move, Named grade,
			List<Named> awards, List<Named> nominalAwards) {
	}

}
