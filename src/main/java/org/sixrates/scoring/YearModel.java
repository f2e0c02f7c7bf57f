package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sixrates.rules.Aggregation;
import org.sixrates.rules.Award;
import org.sixrates.rules.Grade;
import org.sixrates.rules.Normalization;
import org.sixrates.rules.RateDefinition;
import org.sixrates.rules.Scheme;

/**
 * A scored year made ready to be scored again with other weights, another normalization
 * or another aggregation, many times over: the rates {@code r} of the year's result as
 * they are (after {@code cap} and {@code when_empty}), normalized once per alternative by
 * the scoring's own {@link Normalizer}, then per replication weighted by
 * {@code wᵢ' = wᵢ·fᵢ / Σⱼ wⱼ·fⱼ} and scored, ranked, graded and awarded by the scoring's
 * own {@link Aggregate}, {@link CompetitionRanks} and {@link AwardJudge} rules.
 * Committees are held in code order, as {@link Scorer} scores them. Immutable; each
 * thread scores into a {@link Replica} of its own.
 */
final class YearModel {

	final int committees;

	final int rates;

	/** Committee codes, ascending. */
	final List<String> codes;

	/** The year's weights, in rules order. */
	final double[] weights;

	/** Per committee its rank in the year's result. */
	final int[] nominalRanks;

	final List<String> rateIds;

	final List<Grade> grades;

	final List<Award> awards;

	/** Normalization alternative → committee → rate: n, {@code NaN} where excluded. */
	private final double[][][] normalized;

	/** Normalization alternative → committee → the tie-break rates' n. */
	private final Double[][][] tieBreak;

	private final Aggregation[] aggregations;

	/** Award → committee: eligible as far as the weights cannot change it. */
	private final boolean[][] fixedEligibility;

	/**
	 * Award → the position of the earlier award a consecutive award needs this year, −1
	 * for none, −2 when the named award comes later in rules order (never won in time).
	 */
	private final int[] needs;

	/**
	 * @param earlier year → committee → awards won, for the years before that a
	 * consecutive award reads
	 * @param normalizations the alternatives drawn from, each applied to every rate;
	 * empty: the scheme's own
	 * @param aggregations the alternatives drawn from; empty: the scheme's own
	 */
	YearModel(Scheme scheme, YearResult year, Map<Integer, Map<String, Set<String>>> earlier,
			List<Normalization> normalizations, List<Aggregation> aggregations) {
		List<CommitteeResult> byCode = new ArrayList<>(year.committees());
		byCode.sort(Comparator.comparing(CommitteeResult::code));
		List<RateDefinition> defs = scheme.rates();
		this.committees = byCode.size();
		this.rates = defs.size();
		this.codes = byCode.stream().map(CommitteeResult::code).toList();
		this.rateIds = defs.stream().map(RateDefinition::id).toList();
		this.weights = year.rates().stream().mapToDouble(RateSummary::weight).toArray();
		this.nominalRanks = byCode.stream().mapToInt(CommitteeResult::rank).toArray();
		this.grades = scheme.grades();
		this.awards = scheme.awards();
		Double[][] r = new Double[committees][rates];
		for (int c = 0; c < committees; c++) {
			for (int i = 0; i < rates; i++) {
				r[c][i] = byCode.get(c).rates().get(i).rate();
			}
		}
		int alternatives = Math.max(1, normalizations.size());
		this.normalized = new double[alternatives][committees][rates];
		this.tieBreak = new Double[alternatives][committees][scheme.tieBreak().size()];
		for (int a = 0; a < alternatives; a++) {
			for (int i = 0; i < rates; i++) {
				RateDefinition def = defs.get(i);
				Normalization normalization = normalizations.isEmpty() ? scheme.normalizationOf(def)
						: normalizations.get(a);
				if (normalization == Normalization.TARGET && def.target() == null) {
					throw new IllegalArgumentException("rate " + def.id() + " has no target");
				}
				Double[] column = new Double[committees];
				for (int c = 0; c < committees; c++) {
					column[c] = r[c][i];
				}
				Double[] n = Normalizer.normalize(normalization, column, def.target());
				for (int c = 0; c < committees; c++) {
					normalized[a][c][i] = (n[c] != null) ? n[c] : Double.NaN;
				}
			}
			for (int c = 0; c < committees; c++) {
				for (int t = 0; t < scheme.tieBreak().size(); t++) {
					double n = normalized[a][c][scheme.indexOf(scheme.tieBreak().get(t))];
					tieBreak[a][c][t] = Double.isNaN(n) ? null : n;
				}
			}
		}
		this.aggregations = aggregations.isEmpty() ? new Aggregation[] { scheme.aggregation() }
				: aggregations.toArray(Aggregation[]::new);
		AwardJudge judge = new AwardJudge(scheme, Map.copyOf(earlier), Map.of());
		this.fixedEligibility = new boolean[awards.size()][];
		this.needs = new int[awards.size()];
		for (int a = 0; a < awards.size(); a++) {
			Award award = awards.get(a);
			fixedEligibility[a] = judge.fixedEligibility(award, year.year(), codes, r);
			needs[a] = -1;
			if (award.consecutive() != null) {
				needs[a] = -2;
				for (int before = 0; before < a; before++) {
					if (awards.get(before).id().equals(award.consecutive().award())) {
						needs[a] = before;
					}
				}
			}
		}
	}

	int normalizationCount() {
		return normalized.length;
	}

	int aggregationCount() {
		return aggregations.length;
	}

	/** What one thread scores into, reused from one replication to the next. */
	final class Replica {

		final double[] scores = new double[committees];

		final int[] ranks = new int[committees];

		/** Per committee the position of its grade, −1 for none. */
		final int[] grade = new int[committees];

		/** Award → committee → won. */
		final boolean[][] won = new boolean[awards.size()][committees];

		private final double[] weighted = new double[rates];

		private final long[] sorted = new long[committees];

		private final int[] members = new int[committees];

		private final int[] eligibleRanks = new int[committees];

		private final int[] everyone = new int[committees];

		Replica() {
			Arrays.setAll(everyone, c -> c);
		}

	}

	Replica replica() {
		return new Replica();
	}

	/**
	 * Scores the year with every weight multiplied by its factor and the weights
	 * renormalized to sum 1, by one normalization and one aggregation alternative.
	 * @param factors one per rate, in rules order
	 */
	void score(double[] factors, int normalization, int aggregation, Replica into) {
		double sum = 0;
		for (int i = 0; i < rates; i++) {
			into.weighted[i] = weights[i] * factors[i];
			sum += into.weighted[i];
		}
		for (int i = 0; i < rates; i++) {
			into.weighted[i] = (sum > 0) ? into.weighted[i] / sum : 0;
		}
		double[][] n = normalized[normalization];
		Double[][] ties = tieBreak[normalization];
		Aggregation how = aggregations[aggregation];
		for (int c = 0; c < committees; c++) {
			into.scores[c] = Aggregate.score(how, into.weighted, n[c]);
			into.grade[c] = YearScorer.gradeIndex(grades, into.scores[c]);
		}
		CompetitionRanks.ranks(into.scores, ties, into.everyone, committees, into.sorted, into.ranks);
		for (int a = 0; a < awards.size(); a++) {
			Award award = awards.get(a);
			boolean[] won = into.won[a];
			int count = 0;
			for (int c = 0; c < committees; c++) {
				won[c] = false;
				boolean eligible = fixedEligibility[a][c]
						&& !(into.scores[c] < award.minScore() - CompetitionRanks.EPSILON)
						&& (needs[a] == -1 || needs[a] >= 0 && into.won[needs[a]][c]);
				if (eligible) {
					into.members[count++] = c;
				}
			}
			if (award.top() == null) {
				for (int e = 0; e < count; e++) {
					won[into.members[e]] = true;
				}
				continue;
			}
			CompetitionRanks.ranks(into.scores, ties, into.members, count, into.sorted, into.eligibleRanks);
			for (int e = 0; e < count; e++) {
				won[into.members[e]] = into.eligibleRanks[e] <= award.top();
			}
		}
	}

}
