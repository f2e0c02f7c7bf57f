package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.sixrates.rules.Aggregation;
import org.sixrates.rules.Award;
import org.sixrates.rules.Grade;
import org.sixrates.rules.RateDefinition;
import org.sixrates.rules.Scheme;

/**
 * Scores the committees of one year, step by step as DESIGN §4 lists them (see
 * {@link Scorer}).
 */
final class YearScorer {

	private final Scheme scheme;

	private final Map<CommitteeYear, Measured> measured;

	private final AwardJudge judge;

	/**
	 * @param measured every committee year to be scored, measured by {@code scheme}
	 */
	YearScorer(Scheme scheme, Map<CommitteeYear, Measured> measured, Map<Integer, Map<String, Set<String>>> won,
			Map<Integer, Map<String, Set<String>>> settled) {
		this.scheme = scheme;
		this.measured = measured;
		this.judge = new AwardJudge(scheme, won, settled);
	}

	YearResult score(int year, List<CommitteeYear> committees) {
		List<RateDefinition> defs = scheme.rates();
		int m = committees.size();
		int k = defs.size();
		double[][] num = new double[m][k];
		double[][] den = new double[m][k];
		Double[][] rates = new Double[m][k];
		boolean[][] filled = new boolean[m][k];
		Measured[] measures = new Measured[m];
		for (int c = 0; c < m; c++) {
			measures[c] = measured.get(committees.get(c));
		}
		for (int i = 0; i < k; i++) {
			RateDefinition def = defs.get(i);
			List<Double> capped = new ArrayList<>();
			for (int c = 0; c < m; c++) {
				num[c][i] = measures[c].numerator(i);
				den[c][i] = measures[c].denominator(i);
				if (den[c][i] != 0) {
					double r = num[c][i] / den[c][i];
					rates[c][i] = def.cap() != null ? Math.min(r, def.cap()) : r;
					capped.add(rates[c][i]);
				}
			}
			double fill = capped.isEmpty() ? 0
					: new Mean().evaluate(capped.stream().mapToDouble(Double::doubleValue).toArray());
			for (int c = 0; c < m; c++) {
				if (den[c][i] == 0) {
					filled[c][i] = true;
					rates[c][i] = switch (def.whenEmpty()) {
						case ZERO -> 0.0;
						case MEAN -> fill;
						case EXCLUDE -> null;
					};
				}
			}
		}
		double[] weights = scheme.weights() != null ? DerivedWeights.derive(scheme.weights(), rates, k)
				: defs.stream().mapToDouble(RateDefinition::weight).toArray();
		Double[][] normalized = new Double[m][];
		Double[][] byRate = new Double[k][];
		for (int i = 0; i < k; i++) {
			Double[] column = column(rates, i);
			byRate[i] = Normalizer.normalize(scheme.normalizationOf(defs.get(i)), column, defs.get(i).target());
		}
		for (int c = 0; c < m; c++) {
			normalized[c] = new Double[k];
			for (int i = 0; i < k; i++) {
				normalized[c][i] = byRate[i][c];
			}
		}
		List<List<RateResult>> results = new ArrayList<>();
		List<CompetitionRanks.Entry> entries = new ArrayList<>();
		for (int c = 0; c < m; c++) {
			List<RateResult> rateResults = aggregate(num[c], den[c], rates[c], normalized[c], filled[c], weights);
			results.add(rateResults);
			entries.add(new CompetitionRanks.Entry(
					Aggregate.score(scheme.aggregation(), weights, present(normalized[c])), tieBreak(normalized[c])));
		}
		int[] ranks = CompetitionRanks.ranks(entries);
		List<String> codes = committees.stream().map(CommitteeYear::code).toList();
		List<List<AwardOutcome>> outcomes = new ArrayList<>();
		committees.forEach(committee -> outcomes.add(new ArrayList<>()));
		for (Award award : scheme.awards()) {
			List<AwardOutcome> decided = judge.judge(award, year, codes, entries, rates);
			for (int c = 0; c < m; c++) {
				outcomes.get(c).add(decided.get(c));
			}
		}
		List<CommitteeResult> committeeResults = new ArrayList<>();
		for (int c = 0; c < m; c++) {
			CommitteeYear committee = committees.get(c);
			double score = entries.get(c).score();
			List<String> won = outcomes.get(c).stream().filter(AwardOutcome::won).map(AwardOutcome::awardId).toList();
			committeeResults.add(new CommitteeResult(committee.code(), committee.name(), year, results.get(c), score,
					ranks[c], grade(scheme, score), won, outcomes.get(c)));
		}
		committeeResults.sort(Comparator.comparingInt(CommitteeResult::rank).thenComparing(CommitteeResult::code));
		List<RateSummary> summaries = IntStream.range(0, k)
			.mapToObj(i -> new RateSummary(defs.get(i).id(), weights[i], mean(column(rates, i))))
			.toList();
		return new YearResult(year, summaries, committeeResults);
	}

	/**
	 * The rates of one committee with their effective weights and contributions. Only
	 * when a rate is excluded are the others' weights divided by their sum, as DESIGN §4
	 * says; weights that sum to 1 are used as written.
	 */
	private List<RateResult> aggregate(double[] num, double[] den, Double[] rates, Double[] normalized,
			boolean[] filled, double[] weights) {
		int k = weights.length;
		boolean anyExcluded = false;
		double remaining = 0;
		for (int i = 0; i < k; i++) {
			if (rates[i] == null) {
				anyExcluded = true;
			}
			else {
				remaining += weights[i];
			}
		}
		List<RateResult> results = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			String id = scheme.rates().get(i).id();
			if (rates[i] == null) {
				results.add(new RateResult(id, num[i], den[i], null, null, 0, null, filled[i]));
				continue;
			}
			double weight = !anyExcluded ? weights[i] : remaining > 0 ? weights[i] / remaining : 0;
			double contribution = scheme.aggregation() == Aggregation.ARITHMETIC ? 100 * weight * normalized[i]
					: Math.pow(Math.max(normalized[i], 0), weight);
			results.add(new RateResult(id, num[i], den[i], rates[i], normalized[i], weight, contribution, filled[i]));
		}
		return results;
	}

	/**
	 * The normalized rates as {@link Aggregate} reads them: {@code NaN} where excluded.
	 */
	static double[] present(Double[] normalized) {
		double[] values = new double[normalized.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = (normalized[i] != null) ? normalized[i] : Double.NaN;
		}
		return values;
	}

	private Double[] tieBreak(Double[] normalized) {
		return scheme.tieBreak().stream().map(id -> normalized[scheme.indexOf(id)]).toArray(Double[]::new);
	}

	/** The first grade, highest first, that the score reaches; {@code null} for none. */
	static Grade grade(Scheme scheme, double score) {
		int index = gradeIndex(scheme.grades(), score);
		return (index < 0) ? null : scheme.grades().get(index);
	}

	/** The position of the first grade with {@code score ≥ min_score − 1e-9}, or −1. */
	static int gradeIndex(List<Grade> grades, double score) {
		return gradeIndex(gradeFloors(grades), score);
	}

	/** Each grade's {@code min_score − 1e-9}, in rules order. */
	static double[] gradeFloors(List<Grade> grades) {
		return grades.stream().mapToDouble(grade -> grade.minScore() - CompetitionRanks.EPSILON).toArray();
	}

	/**
	 * The position of the first of the {@link #gradeFloors} that {@code score} reaches,
	 * or −1.
	 */
	static int gradeIndex(double[] floors, double score) {
		for (int g = 0; g < floors.length; g++) {
			if (score >= floors[g]) {
				return g;
			}
		}
		return -1;
	}

	private static Double[] column(Double[][] rates, int i) {
		return Arrays.stream(rates).map(committee -> committee[i]).toArray(Double[]::new);
	}

	private static Double mean(Double[] values) {
		double[] present = Arrays.stream(values).filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
		return present.length == 0 ? null : new Mean().evaluate(present);
	}

}
