package org.sixrates.scoring;

import java.util.Arrays;
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
		int m = entries.size();
		double[] scores = new double[m];
		Double[][] tieBreak = new Double[m][];
		int[] members = new int[m];
		for (int c = 0; c < m; c++) {
			scores[c] = entries.get(c).score();
			tieBreak[c] = entries.get(c).tieBreak();
			members[c] = c;
		}
		int[] ranks = new int[m];
		ranks(scores, tieBreak, members, m, new long[m], ranks);
		return ranks;
	}

	/**
	 * The ranks of {@code members[0..count)} among themselves, into
	 * {@code ranks[0..count)}, in {@code O(count · log count)}: one sort of the members
	 * by score (a primitive sort of keys holding the score's order-preserving bits above
	 * the member's position, then an insertion pass on the exact scores for the few the
	 * shortened keys left out of order), then one walk up the sorted scores in which the
	 * first score higher by more than 1e-9 and the first within 1e-9 only ever move up.
	 * Only committees within 1e-9 of each other are compared by their tie-break values.
	 * Allocates nothing, so that a replication of the uncertainty analysis can call it
	 * for thousands of committees.
	 * @param scores by committee
	 * @param tieBreak by committee, each the tie-break rates' normalized values
	 * @param keys scratch space of at least {@code count}
	 */
	static void ranks(double[] scores, Double[][] tieBreak, int[] members, int count, long[] keys, int[] ranks) {
		int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1));
		long position = (1L << bits) - 1;
		for (int j = 0; j < count; j++) {
			long ordered = Double.doubleToRawLongBits(scores[members[j]]);
			ordered ^= (ordered >> 63) & Long.MAX_VALUE;
			keys[j] = (ordered & ~position) | j;
		}
		Arrays.sort(keys, 0, count);
		for (int p = 1; p < count; p++) {
			for (int q = p; q > 0
					&& score(scores, members, keys[q - 1], position) > score(scores, members, keys[q], position); q--) {
				long swap = keys[q];
				keys[q] = keys[q - 1];
				keys[q - 1] = swap;
			}
		}
		int above = 0;
		int within = 0;
		for (int p = 0; p < count; p++) {
			int j = (int) (keys[p] & position);
			int a = members[j];
			double s = scores[a];
			while (above < count && !(score(scores, members, keys[above], position) - s > EPSILON)) {
				above++;
			}
			while (s - score(scores, members, keys[within], position) > EPSILON) {
				within++;
			}
			int better = count - above;
			if (above - within > 1 && tieBreak[a].length > 0) {
				for (int q = within; q < above; q++) {
					int b = members[(int) (keys[q] & position)];
					if (b != a && compareTieBreak(tieBreak[b], tieBreak[a]) > 0) {
						better++;
					}
				}
			}
			ranks[j] = better + 1;
		}
	}

	private static double score(double[] scores, int[] members, long key, long position) {
		return scores[members[(int) (key & position)]];
	}

	/** Positive when {@code a} ranks above {@code b}, 0 when they tie. */
	static int compare(Entry a, Entry b) {
		int byScore = compare(a.score(), b.score());
		if (byScore != 0) {
			return byScore;
		}
		return compareTieBreak(a.tieBreak(), b.tieBreak());
	}

	private static int compareTieBreak(Double[] a, Double[] b) {
		for (int i = 0; i < a.length; i++) {
			Double x = a[i];
			Double y = b[i];
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
