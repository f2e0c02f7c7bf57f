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
		Order order = new Order(m);
		order.sort(scores, members, m);
		order.rank(tieBreak, members, ranks);
		return ranks;
	}

	/**
	 * Some members' positions sorted by score, and the ranks read from them. Allocates
	 * nothing once made, so that a replication of the uncertainty analysis can rank
	 * thousands of committees many times over.
	 */
	static final class Order {

		/** Positions in {@code members}, ascending by score. */
		private final int[] sorted;

		/** Their scores, in the same order. */
		private final double[] values;

		private final int[] scratch;

		private final int[] buckets;

		/** For the comparison sort, made the first time one is needed. */
		private long[] keys;

		private int count;

		/** Room for up to {@code capacity} members. */
		Order(int capacity) {
			this.sorted = new int[capacity];
			this.values = new double[capacity];
			this.scratch = new int[capacity];
			this.buckets = new int[Math.max(2, 2 * capacity) + 1];
		}

		/**
		 * Sorts {@code members[0..count)} ascending by score, in {@code O(count)} for
		 * scores spread as a ranking's are: a counting sort into {@code 2·count} buckets
		 * of equal width between the lowest and the highest score, then an insertion pass
		 * on the exact scores, which moves a member only within its bucket. Should the
		 * scores crowd into a few buckets, so that the pass would move members more than
		 * {@code 8·count} times, a comparison sort finishes instead, so the cost stays
		 * {@code O(count · log count)} at worst.
		 */
		void sort(double[] scores, int[] members, int count) {
			this.count = count;
			double low = Double.POSITIVE_INFINITY;
			double high = Double.NEGATIVE_INFINITY;
			for (int j = 0; j < count; j++) {
				double s = scores[members[j]];
				low = Math.min(low, s);
				high = Math.max(high, s);
			}
			int width = Math.max(1, 2 * count);
			double scale = (high > low && high - low < Double.POSITIVE_INFINITY) ? width / (high - low) : 0;
			Arrays.fill(buckets, 0, width + 1, 0);
			for (int j = 0; j < count; j++) {
				int b = Math.min(width - 1, (int) ((scores[members[j]] - low) * scale));
				scratch[j] = b;
				buckets[b + 1]++;
			}
			for (int b = 0; b < width; b++) {
				buckets[b + 1] += buckets[b];
			}
			for (int j = 0; j < count; j++) {
				int p = buckets[scratch[j]]++;
				sorted[p] = j;
				values[p] = scores[members[j]];
			}
			long moves = 0;
			for (int p = 1; p < count; p++) {
				moves += insert(p, sorted[p], values[p]);
				if (moves > 8L * count) {
					sortByKeys(scores, members);
					return;
				}
			}
		}

		/**
		 * Moves the member at {@code p} down past the higher scores before it.
		 * @return how many places it moved
		 */
		private int insert(int p, int j, double s) {
			int q = p;
			for (; q > 0 && values[q - 1] > s; q--) {
				sorted[q] = sorted[q - 1];
				values[q] = values[q - 1];
			}
			sorted[q] = j;
			values[q] = s;
			return p - q;
		}

		/**
		 * A comparison sort of keys holding each score's order-preserving bits above its
		 * member's position, then an insertion pass on the exact scores for the few the
		 * shortened keys left out of order.
		 */
		private void sortByKeys(double[] scores, int[] members) {
			int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1));
			long position = (1L << bits) - 1;
			if (keys == null) {
				keys = new long[sorted.length];
			}
			for (int j = 0; j < count; j++) {
				long ordered = Double.doubleToRawLongBits(scores[members[j]]);
				ordered ^= (ordered >> 63) & Long.MAX_VALUE;
				keys[j] = (ordered & ~position) | j;
			}
			Arrays.sort(keys, 0, count);
			for (int p = 0; p < count; p++) {
				int j = (int) (keys[p] & position);
				insert(p, j, scores[members[j]]);
			}
		}

		/**
		 * {@code from}'s sorted members that {@code keep} marks, by their member, in
		 * order: the ranks then read are among them alone.
		 */
		void keep(Order from, int[] members, boolean[] keep) {
			int kept = 0;
			for (int p = 0; p < from.count; p++) {
				if (keep[members[from.sorted[p]]]) {
					sorted[kept] = from.sorted[p];
					values[kept++] = from.values[p];
				}
			}
			count = kept;
		}

		/**
		 * The ranks of the sorted members among themselves, into {@code ranks} at their
		 * positions, in one walk up the sorted scores in which the first score higher by
		 * more than 1e-9 and the first within 1e-9 only ever move up. Only members within
		 * 1e-9 of each other are compared by their tie-break values.
		 * @param tieBreak by committee, each the tie-break rates' normalized values
		 */
		void rank(Double[][] tieBreak, int[] members, int[] ranks) {
			int above = 0;
			int within = 0;
			for (int p = 0; p < count; p++) {
				double s = values[p];
				while (above < count && !(values[above] - s > EPSILON)) {
					above++;
				}
				while (s - values[within] > EPSILON) {
					within++;
				}
				int better = count - above;
				int a = members[sorted[p]];
				if (above - within > 1 && tieBreak[a].length > 0) {
					for (int q = within; q < above; q++) {
						int b = members[sorted[q]];
						if (b != a && compareTieBreak(tieBreak[b], tieBreak[a]) > 0) {
							better++;
						}
					}
				}
				ranks[sorted[p]] = better + 1;
			}
		}

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
