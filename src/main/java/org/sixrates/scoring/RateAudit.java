package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * The statistical audit of a year's rates (DESIGN §9, as the JRC audits composite
 * indices). A rate's values are its measured rates {@code r} (denominator above 0, so no
 * value filled in by {@code when_empty}):
 * <ul>
 * <li>coverage: how many committees are measured; mean, sample sd ({@code n − 1}), min,
 * max; skewness {@code n/((n−1)(n−2)) Σ((x−x̄)/s)³} and excess kurtosis
 * {@code n(n+1)/((n−1)(n−2)(n−3)) Σ((x−x̄)/s)⁴ − 3(n−1)²/((n−2)(n−3))}, both
 * bias-corrected as Commons Math computes them ({@code NaN} below 3 and 4 values);
 * flagged when {@code |skewness| > 2} and {@code kurtosis > 3.5};</li>
 * <li>Pearson and Spearman (average ranks for ties) correlations of each pair of rates
 * over the committees measured on both, {@code NaN} where undefined (fewer than two, or
 * no spread);</li>
 * <li>Cronbach's α {@code = k/(k−1) · (1 − Σᵢ var(xᵢ) / var(Σᵢ xᵢ))} with sample
 * variances, over the committees measured on every rate ({@code NaN} with fewer than two
 * rates or two such committees, or no spread);</li>
 * <li>effective weight {@code eᵢ = ρ(nᵢ, score)² / Σⱼ ρ(nⱼ, score)²}, ρ Pearson's
 * correlation of the rate's normalized value with the score over the committees having
 * the rate (an undefined ρ counts 0; all 0 gives {@code NaN}), beside the weight
 * {@code wᵢ} the scheme gave it that year.</li>
 * </ul>
 */
public final class RateAudit {

	/**
	 * |skewness| above this, together with a high kurtosis, marks a rate whose tail
	 * dominates.
	 */
	public static final double SKEWNESS_LIMIT = 2;

	public static final double KURTOSIS_LIMIT = 3.5;

	/** A Pearson correlation above this marks two rates as saying the same thing. */
	public static final double REDUNDANT = 0.92;

	private RateAudit() {
	}

	/**
	 * One rate's descriptive statistics; {@code NaN} where there are too few values.
	 *
	 * @param weight the weight the scheme gave the rate that year
	 */
	public record RateStatistics(String id, int coverage, double mean, double sd, double min, double max,
			double skewness, double kurtosis, boolean flagged, double weight) {
	}

	/**
	 * @param pearson rate × rate, in rules order
	 * @param spearman rate × rate, in rules order
	 * @param effectiveWeights rate id → effective weight, in rules order
	 */
	public record Audit(List<RateStatistics> rates, double[][] pearson, double[][] spearman, double cronbachAlpha,
			Map<String, Double> effectiveWeights) {
	}

	public static Audit of(YearResult year) {
		List<CommitteeResult> committees = year.committees();
		int k = year.rates().size();
		int m = committees.size();
		double[][] measured = new double[k][m];
		double[][] normalized = new double[k][m];
		double[] scores = committees.stream().mapToDouble(CommitteeResult::score).toArray();
		for (int c = 0; c < m; c++) {
			for (int i = 0; i < k; i++) {
				RateResult rate = committees.get(c).rates().get(i);
				measured[i][c] = (rate.denominator() > 0 && rate.rate() != null) ? rate.rate() : Double.NaN;
				normalized[i][c] = (rate.normalized() != null) ? rate.normalized() : Double.NaN;
			}
		}
		List<RateStatistics> rates = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			rates.add(statistics(year.rates().get(i), present(measured[i])));
		}
		double[][] pearson = new double[k][k];
		double[][] spearman = new double[k][k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				double[][] pair = bothPresent(measured[i], measured[j]);
				pearson[i][j] = (pair[0].length < 2) ? Double.NaN
						: new PearsonsCorrelation().correlation(pair[0], pair[1]);
				spearman[i][j] = (pair[0].length < 2) ? Double.NaN
						: new SpearmansCorrelation().correlation(pair[0], pair[1]);
			}
		}
		double[] squared = new double[k];
		double sum = 0;
		for (int i = 0; i < k; i++) {
			double[][] pair = bothPresent(normalized[i], scores);
			double rho = (pair[0].length < 2) ? Double.NaN : new PearsonsCorrelation().correlation(pair[0], pair[1]);
			squared[i] = Double.isNaN(rho) ? 0 : rho * rho;
			sum += squared[i];
		}
		Map<String, Double> effective = new LinkedHashMap<>();
		for (int i = 0; i < k; i++) {
			effective.put(year.rates().get(i).rateId(), (sum > 0) ? squared[i] / sum : Double.NaN);
		}
		return new Audit(rates, pearson, spearman, cronbachAlpha(measured), effective);
	}

	private static RateStatistics statistics(RateSummary summary, double[] x) {
		int n = x.length;
		double mean = (n == 0) ? Double.NaN : new Mean().evaluate(x);
		double sd = (n < 2) ? Double.NaN : new StandardDeviation(true).evaluate(x);
		double min = (n == 0) ? Double.NaN : java.util.Arrays.stream(x).min().getAsDouble();
		double max = (n == 0) ? Double.NaN : java.util.Arrays.stream(x).max().getAsDouble();
		double skewness = (n < 3) ? Double.NaN : new Skewness().evaluate(x);
		double kurtosis = (n < 4) ? Double.NaN : new Kurtosis().evaluate(x);
		boolean flagged = Math.abs(skewness) > SKEWNESS_LIMIT && kurtosis > KURTOSIS_LIMIT;
		return new RateStatistics(summary.rateId(), n, mean, sd, min, max, skewness, kurtosis, flagged,
				summary.weight());
	}

	private static double cronbachAlpha(double[][] measured) {
		int k = measured.length;
		if (k < 2) {
			return Double.NaN;
		}
		List<Integer> complete = new ArrayList<>();
		for (int c = 0; c < measured[0].length; c++) {
			boolean all = true;
			for (double[] rate : measured) {
				all &= !Double.isNaN(rate[c]);
			}
			if (all) {
				complete.add(c);
			}
		}
		if (complete.size() < 2) {
			return Double.NaN;
		}
		double items = 0;
		double[] totals = new double[complete.size()];
		for (double[] rate : measured) {
			double[] values = complete.stream().mapToDouble(c -> rate[c]).toArray();
			items += new Variance(true).evaluate(values);
			for (int j = 0; j < values.length; j++) {
				totals[j] += values[j];
			}
		}
		double total = new Variance(true).evaluate(totals);
		return (total <= 0) ? Double.NaN : k / (k - 1.0) * (1 - items / total);
	}

	private static double[] present(double[] values) {
		return java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
	}

	private static double[][] bothPresent(double[] x, double[] y) {
		List<Integer> both = new ArrayList<>();
		for (int c = 0; c < x.length; c++) {
			if (!Double.isNaN(x[c]) && !Double.isNaN(y[c])) {
				both.add(c);
			}
		}
		return new double[][] { both.stream().mapToDouble(c -> x[c]).toArray(),
				both.stream().mapToDouble(c -> y[c]).toArray() };
	}

}
