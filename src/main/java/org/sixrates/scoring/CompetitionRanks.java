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
		ranks(scores, tieBreak, members, m, new double[m], ranks);
		return ranks;
	}

	/**
	 * The ranks of {@code members[0..count)} among themselves, into
	 * {@code ranks[0..count)}, in {@code O(count · log count)}: the committees better by
	 * score are counted by binary search in the sorted scores ({@code v − s > 1e-9} grows
	 * with {@code v}, so they are a suffix), and only those within 1e-9 are compared by
	 * their tie-break values. Allocates nothing, so that a replication of the uncertainty
	 * analysis can call it for thousands of committees.
	 * @param scores by committee
	 * @param tieBreak by committee, each the tie-break rates' normalized values
	 * @param sorted scratch space of at least {@code count}
	 */
	static void ranks(double[] scores, Double[][] tieBreak, int[] members, int count, double[] sorted, int[] ranks) {
		for (int j = 0; j < count; j++) {
			sorted[j] = scores[members[j]];
		}
		Arrays.sort(sorted, 0, count);
		for (int j = 0; j < count; j++) {
			int a = members[j];
			double s = scores[a];
			int above = firstAbove(sorted, count, s);
			int better = count - above;
			boolean tied = above - firstWithin(sorted, above, s) > 1;
			if (tied && tieBreak[a].length > 0) {
				for (int e = 0; e < count; e++) {
					int b = members[e];
					if (b != a && compare(scores[b], s) == 0 && compareTieBreak(tieBreak[b], tieBreak[a]) > 0) {
						better++;
					}
				}
			}
			ranks[j] = better + 1;
		}
	}

	/** The first index whose value is higher than {@code s} by more than 1e-9. */
	private static int firstAbove(double[] sorted, int count, double s) {
		int low = 0;
		int high = count;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] - s > EPSILON) {
				high = mid;
			}
			else {
				low = mid + 1;
			}
		}
		return low;
	}

	/**
	 * The first index before {@code end} whose value is not below {@code s} by more than
	 * 1e-9.
	 */
	private static int firstWithin(double[] sorted, int end, double s) {
		int low = 0;
		int high = end;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (s - sorted[mid] > EPSILON) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
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
