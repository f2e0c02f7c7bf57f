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

	/** Normalization alternative → {@code committee · rates + rate}: n, as above. */
	private final double[][] flat;

	/** Normalization alternative → committee: whether no rate is excluded. */
	private final boolean[][] complete;

	/** The grades' {@code min_score − 1e-9}, in rules order. */
	private final double[] gradeFloors;

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
		this.complete = new boolean[alternatives][committees];
		this.flat = new double[alternatives][];
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
			flat[a] = Arrays.stream(normalized[a]).flatMapToDouble(Arrays::stream).toArray();
			for (int c = 0; c < committees; c++) {
				complete[a][c] = Arrays.stream(normalized[a][c]).noneMatch(Double::isNaN);
				for (int t = 0; t < scheme.tieBreak().size(); t++) {
					double n = normalized[a][c][scheme.indexOf(scheme.tieBreak().get(t))];
					tieBreak[a][c][t] = Double.isNaN(n) ? null : n;
				}
			}
		}
		this.gradeFloors = YearScorer.gradeFloors(grades);
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

		private final CompetitionRanks.Order order = new CompetitionRanks.Order(committees);

		private final CompetitionRanks.Order eligibleOrder = new CompetitionRanks.Order(committees);

		private final boolean[] eligible = new boolean[committees];

		/** By committee, its rank among the award's eligible committees. */
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
		Double[][] ties = tieBreak[normalization];
		Aggregate.scores(aggregations[aggregation], into.weighted, normalized[normalization], flat[normalization],
				complete[normalization], into.scores);
		for (int c = 0; c < committees; c++) {
			into.grade[c] = YearScorer.gradeIndex(gradeFloors, into.scores[c]);
		}
		into.order.sort(into.scores, into.everyone, committees);
		into.order.rank(ties, into.everyone, into.ranks);
		for (int a = 0; a < awards.size(); a++) {
			Award award = awards.get(a);
			boolean[] won = into.won[a];
			for (int c = 0; c < committees; c++) {
				into.eligible[c] = fixedEligibility[a][c]
						&& !(into.scores[c] < award.minScore() - CompetitionRanks.EPSILON)
						&& (needs[a] == -1 || needs[a] >= 0 && into.won[needs[a]][c]);
			}
			if (award.top() == null) {
				System.arraycopy(into.eligible, 0, won, 0, committees);
				continue;
			}
			into.eligibleOrder.keep(into.order, into.everyone, into.eligible);
			into.eligibleOrder.rank(ties, into.everyone, into.eligibleRanks);
			for (int c = 0; c < committees; c++) {
				won[c] = into.eligible[c] && into.eligibleRanks[c] <= award.top();
			}
		}
	}

}
