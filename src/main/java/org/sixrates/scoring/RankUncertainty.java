package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.sixrates.rules.Aggregation;
import org.sixrates.rules.Normalization;

/**
 * Monte Carlo uncertainty of a year's ranks (DESIGN §9; OECD/JRC Handbook on Constructing
 * Composite Indicators, step 7). Replication {@code j} of {@code N} draws, from its own
 * stream ({@link Replications#random}), a factor {@code fᵢ ~ U[1 − s, 1 + s)} for every
 * weight, then uniformly one of the normalizations and one of the aggregations given
 * (where more than one is), and scores the year again with {@code wᵢ' = wᵢfᵢ / Σⱼ wⱼfⱼ}
 * (see {@link YearModel}). Per committee the ranks are counted in a histogram
 * ({@code committees × committees} counts, whatever N) and read as nearest-rank
 * percentiles: the p-th is the smallest rank r with {@code #(rank ≤ r) ≥ ⌈p·N⌉}; an
 * award's (grade's) share is the fraction of the replications in which the committee wins
 * (gets) it. Counts add up exactly, so the result is the same for the same seed whatever
 * the number of threads.
 */
public final class RankUncertainty {

	private RankUncertainty() {
	}

	/**
	 * @param replications N, at least 1
	 * @param spread s, in [0, 1)
	 * @param normalizations drawn from, each applied to every rate; empty: the scheme's
	 * own
	 * @param aggregations drawn from; empty: the scheme's own
	 * @param threads how many threads replicate
	 */
	public record Settings(int replications, double spread, long seed, List<Normalization> normalizations,
			List<Aggregation> aggregations, int threads) {

		public Settings {
			if (replications < 1) {
				throw new IllegalArgumentException("at least one replication");
			}
			if (!(spread >= 0 && spread < 1)) {
				throw new IllegalArgumentException("spread must be in [0, 1)");
			}
			normalizations = List.copyOf(normalizations);
			aggregations = List.copyOf(aggregations);
		}

	}

	/**
	 * The uncertainty of the ranks of {@code input}'s year, committees in its rank order.
	 */
	public static UncertaintyResult of(YearInput input, Settings settings) {
		YearModel model = input.model(settings.normalizations(), settings.aggregations());
		int m = model.committees;
		int awards = model.awards.size();
		int grades = model.grades.size();
		List<Counts> counts = Replications.run(settings.replications(), settings.threads(), () -> new Counts(model),
				(into, index) -> replicate(model, settings, index, into));
		counts.forEach(Counts::flush);
		Counts total = counts.get(0);
		for (Counts more : counts.subList(1, counts.size())) {
			total.add(more);
		}
		int n = settings.replications();
		List<CommitteeUncertainty> committees = new ArrayList<>();
		for (String code : input.rankOrder()) {
			int c = model.codes.indexOf(code);
			Map<String, Double> awardShares = new LinkedHashMap<>();
			for (int a = 0; a < awards; a++) {
				awardShares.put(model.awards.get(a).id(), (double) total.awards[a * m + c] / n);
			}
			Map<String, Double> gradeShares = new LinkedHashMap<>();
			for (int g = 0; g < grades; g++) {
				gradeShares.put(model.grades.get(g).id(), (double) total.grades[g * m + c] / n);
			}
			committees.add(new CommitteeUncertainty(code, model.nominalRanks[c], percentile(total.ranks, c, m, n, 0.5),
					percentile(total.ranks, c, m, n, 0.05), percentile(total.ranks, c, m, n, 0.95), awardShares,
					gradeShares));
		}
		return new UncertaintyResult(n, settings.spread(), settings.seed(), committees);
	}

	private static void replicate(YearModel model, Settings settings, int index, Counts into) {
		SplittableRandom random = Replications.random(settings.seed(), index);
		double s = settings.spread();
		for (int i = 0; i < model.rates; i++) {
			into.factors[i] = 1 - s + 2 * s * random.nextDouble();
		}
		int normalization = (model.normalizationCount() > 1) ? random.nextInt(model.normalizationCount()) : 0;
		int aggregation = (model.aggregationCount() > 1) ? random.nextInt(model.aggregationCount()) : 0;
		model.score(into.factors, normalization, aggregation, into.replica);
		into.count();
	}

	/** The nearest-rank percentile {@code p} of committee {@code c}'s ranks. */
	private static int percentile(int[] histogram, int c, int m, int n, double p) {
		long needed = Math.max(1, (long) Math.ceil(p * n - 1e-9));
		long seen = 0;
		for (int rank = 1; rank <= m; rank++) {
			seen += histogram[c * m + rank - 1];
			if (seen >= needed) {
				return rank;
			}
		}
		return m;
	}

	/**
	 * One thread's counts: ranks per committee, and wins and grades per committee. The
	 * ranks of a block of replications are kept as they come and then counted committee
	 * by committee, so that each committee's counts are touched together rather than
	 * {@code m} scattered counts per replication.
	 */
	private static final class Counts {

		private static final int BLOCK = 256;

		private final int m;

		/** Replication in the block → committee → rank. */
		private final int[] block;

		private int kept;

		/** {@code c · m + rank − 1} → replications in which c had that rank. */
		private final int[] ranks;

		private final int[] awards;

		private final int[] grades;

		private final double[] factors;

		private final YearModel.Replica replica;

		Counts(YearModel model) {
			this.m = model.committees;
			this.ranks = new int[m * m];
			this.block = new int[BLOCK * m];
			this.awards = new int[model.awards.size() * m];
			this.grades = new int[model.grades.size() * m];
			this.factors = new double[model.rates];
			this.replica = model.replica();
		}

		void count() {
			System.arraycopy(replica.ranks, 0, block, kept * m, m);
			if (++kept == BLOCK) {
				flush();
			}
			for (int c = 0; c < m; c++) {
				if (replica.grade[c] >= 0) {
					grades[replica.grade[c] * m + c]++;
				}
			}
			for (int a = 0; a < replica.won.length; a++) {
				boolean[] won = replica.won[a];
				for (int c = 0; c < m; c++) {
					if (won[c]) {
						awards[a * m + c]++;
					}
				}
			}
		}

		/** Counts the ranks kept of the block so far. */
		void flush() {
			for (int c = 0; c < m; c++) {
				int row = c * m - 1;
				for (int r = 0; r < kept; r++) {
					ranks[row + block[r * m + c]]++;
				}
			}
			kept = 0;
		}

		void add(Counts other) {
			for (int i = 0; i < ranks.length; i++) {
				ranks[i] += other.ranks[i];
			}
			for (int i = 0; i < awards.length; i++) {
				awards[i] += other.awards[i];
			}
			for (int i = 0; i < grades.length; i++) {
				grades[i] += other.grades[i];
			}
		}

	}

}
