package org.sixrates.scoring;

import java.util.List;

/**
 * Competition ranks (1, 1, 3): a committee's rank is 1 + the number of committees
 * strictly better. A is better than B when its score is higher by more than 1e-9; with
 * scores within 1e-9, the tie-break values decide in order, the first that differs by
 * more than 1e-9 (an excluded value, {@code null}, is below any value); what still ties
 * shares a rank.
 */
final class CompetitionRanks {

	static final double EPSILON = 1e-9;

	private CompetitionRanks() {
	}

	/**
	 * A committee as the ranking sees it: its score and its tie-break rates' normalized
	 * values.
	 */
	record Entry(double score, Double[] tieBreak) {
	}

	static int[] ranks(List<Entry> entries) {
		int[] ranks = new int[entries.size()];
		for (int a = 0; a < entries.size(); a++) {
			int better = 0;
			for (int b = 0; b < entries.size(); b++) {
				if (b != a && compare(entries.get(b), entries.get(a)) > 0) {
					better++;
				}
			}
			ranks[a] = better + 1;
		}
		return ranks;
	}

	/** Positive when {@code a} ranks above {@code b}, 0 when they tie. */
	static int compare(Entry a, Entry b) {
		int byScore = compare(a.score(), b.score());
		if (byScore != 0) {
			return byScore;
		}
		for (int i = 0; i < a.tieBreak().length; i++) {
			Double x = a.tieBreak()[i];
			Double y = b.tieBreak()[i];
			int byRate = x == null || y == null ? Boolean.compare(x != null, y != null) : compare(x, y);
			if (byRate != 0) {
				return byRate;
			}
		}
		return 0;
	}

	private static int compare(double x, double y) {
		if (Math.abs(x - y) <= EPSILON) {
			return 0;
		}
		return x > y ? 1 : -1;
	}

}
