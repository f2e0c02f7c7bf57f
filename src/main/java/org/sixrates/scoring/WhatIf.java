package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sixrates.rules.Aggregation;
import org.sixrates.rules.Award;
import org.sixrates.rules.Grade;
import org.sixrates.rules.Normalization;
import org.sixrates.rules.ReweightedScheme;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeFile;
import org.sixrates.rules.SchemeLoader;

/**
 * What other weights, normalization or aggregation would have given (DESIGN §9). The
 * weights asked for are renormalized to sum 1 and rounded to 0.0001 (largest remainder,
 * so that they still sum to 1 exactly in the file); the scheme file is rewritten with
 * them ({@link ReweightedScheme}), loaded back by {@link SchemeLoader} and the year
 * scored by the {@link Scorer} with it: the ranking shown is the one the downloaded file
 * gives, to the last bit, and the awards that ranking would give, consecutive awards
 * reading the earlier years' settled awards as the year's own scoring does.
 * {@code move = nominal rank − new rank} (positive: up). Nothing is kept.
 */
public final class WhatIf {

	/** The weights' resolution: 0.01 %. */
	static final int UNITS = 10_000;

	/**
	 * Weights, normalization and aggregation to try.
	 *
	 * @param weights rate id → a weight ≥ 0, not yet renormalized; a rate not named keeps
	 * the weight it had that year
	 * @param normalization {@code null}: the scheme's
	 * @param aggregation {@code null}: the scheme's
	 */
	public record Choice(Map<String, Double> weights, Normalization normalization, Aggregation aggregation) {

		public Choice {
			weights = Map.copyOf(weights);
		}

	}

	/**
	 * One committee under the weights tried.
	 *
	 * @param awards the awards it would win, in rules order
	 * @param nominalAwards the awards it won under the year's weights
	 */
	public record Row(String committee, String name, double score, int rank, int nominalRank, int move, Grade grade,
			List<Award> awards, List<Award> nominalAwards) {

		public Row {
			awards = List.copyOf(awards);
			nominalAwards = List.copyOf(nominalAwards);
		}

	}

	/**
	 * The year under the weights tried.
	 *
	 * @param weights rate id → the weight used, in rules order, summing to 1
	 * @param committees by new rank, then code
	 * @param rules the rules file that gives this ranking
	 * @param fileName the rules file's name
	 */
	public record Outcome(int year, Map<String, Double> weights, Normalization normalization, Aggregation aggregation,
			List<Row> committees, byte[] rules, String fileName) {

		public Outcome {
			weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
			committees = List.copyOf(committees);
			rules = rules.clone();
		}

		@Override
		public byte[] rules() {
			return rules.clone();
		}

	}

	/**
	 * The year's ranking under {@code choice}.
	 * @param source the file of {@code scheme}, which the year's results were computed by
	 * @param nominal the year's results under {@code scheme}: their numerators and
	 * denominators are the measures the weights tried are applied to
	 * @param committees the year's committees
	 * @param settled earlier year → committee → awards won, which a consecutive award
	 * reads
	 * @throws IllegalArgumentException when {@code choice} names a rate the scheme does
	 * not have, a weight below 0, or weights that sum to 0
	 */
	public Outcome of(SchemeFile source, Scheme scheme, YearResult nominal, List<CommitteeYear> committees,
			Map<Integer, Map<String, Set<String>>> settled, Choice choice) {
		int year = nominal.year();
		double[] weights = weights(scheme, nominal, choice.weights());
		String fileName = baseName(source.name()) + "-what-if-" + year + ".yaml";
		byte[] yaml = ReweightedScheme.yaml(source, weights, choice.normalization(), choice.aggregation(),
				List.of("What-if of " + source.name() + " (SHA-256 " + scheme.sha256() + ") for " + year
						+ ": the same rules with other weights"
						+ (choice.normalization() != null || choice.aggregation() != null
								? ", normalization or aggregation" : "")
						+ "."));
		Scheme tried = SchemeLoader.parse(fileName, yaml);
		// the measures do not change, only what is made of them: rescore the year's rates
		YearResult result = new RateCube(tried, nominal, committees, settled).score();
		Map<String, CommitteeResult> nominalResults = new HashMap<>();
		nominal.committees().forEach(c -> nominalResults.put(c.code(), c));
		List<Row> rows = new ArrayList<>();
		for (CommitteeResult c : result.committees()) {
			CommitteeResult before = nominalResults.get(c.code());
			rows.add(new Row(c.code(), c.name(), c.score(), c.rank(), before.rank(), before.rank() - c.rank(),
					c.grade(), awards(tried, c), awards(scheme, before)));
		}
		rows.sort(Comparator.comparingInt(Row::rank).thenComparing(Row::committee));
		Map<String, Double> used = new LinkedHashMap<>();
		for (int i = 0; i < weights.length; i++) {
			used.put(tried.rates().get(i).id(), tried.rates().get(i).weight());
		}
		return new Outcome(year, used, tried.normalization(), tried.aggregation(), rows, yaml, fileName);
	}

	/**
	 * The weights asked for, or the year's where not named, divided by their sum and
	 * rounded to {@link #UNITS}: each rate's share in whole units, the units left over by
	 * rounding down given to the largest remainders (earlier rates first at equal
	 * remainder).
	 */
	static double[] weights(Scheme scheme, YearResult nominal, Map<String, Double> asked) {
		int k = scheme.rates().size();
		for (Map.Entry<String, Double> weight : asked.entrySet()) {
			if (scheme.indexOf(weight.getKey()) < 0) {
				throw new IllegalArgumentException("no rate " + weight.getKey());
			}
			if (weight.getValue() == null || !(weight.getValue() >= 0) || weight.getValue().isInfinite()) {
				throw new IllegalArgumentException("weight of " + weight.getKey() + " below 0");
			}
		}
		double[] raw = new double[k];
		double sum = 0;
		for (int i = 0; i < k; i++) {
			String id = scheme.rates().get(i).id();
			raw[i] = asked.containsKey(id) ? asked.get(id) : nominal.rates().get(i).weight();
			sum += raw[i];
		}
		if (!(sum > 0)) {
			throw new IllegalArgumentException("the weights sum to 0");
		}
		long[] units = new long[k];
		double[] remainder = new double[k];
		long given = 0;
		for (int i = 0; i < k; i++) {
			double share = raw[i] / sum * UNITS;
			units[i] = (long) Math.floor(share);
			remainder[i] = share - units[i];
			given += units[i];
		}
		for (long left = UNITS - given; left > 0; left--) {
			int most = 0;
			for (int i = 1; i < k; i++) {
				if (remainder[i] > remainder[most]) {
					most = i;
				}
			}
			units[most]++;
			remainder[most] = -1;
		}
		double[] weights = new double[k];
		for (int i = 0; i < k; i++) {
			weights[i] = (double) units[i] / UNITS;
		}
		return weights;
	}

	/**
	 * The awards {@code committee} won, as {@code scheme} defines them, in rules order.
	 */
	private static List<Award> awards(Scheme scheme, CommitteeResult committee) {
		return scheme.awards().stream().filter(award -> committee.awards().contains(award.id())).toList();
	}

	private static String baseName(String name) {
		String file = name.replace('\\', '/');
		file = file.substring(file.lastIndexOf('/') + 1);
		return file.endsWith(".yaml") ? file.substring(0, file.length() - 5)
				: file.endsWith(".yml") ? file.substring(0, file.length() - 4) : file;
	}

}
