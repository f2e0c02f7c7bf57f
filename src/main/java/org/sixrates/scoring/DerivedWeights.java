package org.sixrates.scoring;

import java.util.Arrays;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

import org.sixrates.rules.WeightMethod;

/**
 * Weights derived for one year from the matrix {@code x[c][j]} of the committees' rates
 * after {@code when_empty} and before normalization ({@code null}: rate j excluded for
 * committee c, left out of every sum below), as DESIGN §3 defines them. With k rates:
 * <ul>
 * <li>equal: {@code wⱼ = 1/k}.</li>
 * <li>entropy: over the {@code m} committees having rate j, {@code pᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ},
 * {@code Eⱼ = −(1 / ln m) Σᵢ pᵢⱼ ln pᵢⱼ} with {@code 0·ln 0 = 0}, {@code dⱼ = 1 − Eⱼ},
 * counted 0 where it is at most 1e-12; {@code wⱼ = dⱼ / Σ d}.</li>
 * <li>CRITIC (Diakoulaki, Mavrotas and Papayannakis 1995): each rate min-max scaled over
 * the committees having it, {@code x'ᵢⱼ = (xᵢⱼ − minⱼ) / (maxⱼ − minⱼ)}, 0 where all are
 * equal; {@code σⱼ} the sample standard deviation of {@code x'ⱼ}; {@code ρⱼₖ} Pearson's
 * correlation of {@code x'ⱼ} and {@code x'ₖ} over the committees having both, 0 where it
 * is undefined (fewer than two such committees, or either constant among them); {@code Cⱼ
 * = σⱼ · Σ_{k≠j} (1 − ρⱼₖ)}, counted 0 where it is at most 1e-12;
 * {@code wⱼ = Cⱼ / Σ C}.</li>
 * <li>ahp: the principal eigenvector of the scheme's matrix
 * ({@link org.sixrates.rules.Ahp}), the same every year.</li>
 * </ul>
 * For entropy and CRITIC a rate that tells no committee apart (fewer than two committees,
 * all values equal, or a zero sum) gets weight 0, and when that leaves every weight 0 the
 * weights are equal. "All equal", "constant" and "at most 1e-12" are the tolerance of
 * {@link Normalizer}: values equal in exact arithmetic may differ in the last bit, and
 * three identical committees give {@code 1 − Eⱼ = 2.2e-16}, which must not take all the
 * weight.
 */
final class DerivedWeights {

	/** At most this much is no difference: spreads, standard deviations, dⱼ and Cⱼ. */
	static final double NO_DIFFERENCE = Normalizer.EQUAL_SPREAD;

	private DerivedWeights() {
	}

	static double[] derive(WeightMethod method, Double[][] x, int k) {
		return switch (method.method()) {
			case EQUAL -> equal(k);
			case ENTROPY -> shares(entropyDivergence(x, k));
			case CRITIC -> shares(critic(x, k));
			case AHP -> method.ahp().weights().stream().mapToDouble(Double::doubleValue).toArray();
		};
	}

	private static double[] equal(int k) {
		double[] weights = new double[k];
		Arrays.fill(weights, 1.0 / k);
		return weights;
	}

	/**
	 * {@code vⱼ / Σ v}, a v of at most 1e-12 counting 0, or equal weights when every v is
	 * 0.
	 */
	private static double[] shares(double[] values) {
		double[] kept = Arrays.stream(values).map(value -> value <= NO_DIFFERENCE ? 0 : value).toArray();
		double sum = Arrays.stream(kept).sum();
		if (sum <= 0) {
			return equal(values.length);
		}
		return Arrays.stream(kept).map(value -> value / sum).toArray();
	}

	private static double[] entropyDivergence(Double[][] x, int k) {
		double[] d = new double[k];
		for (int j = 0; j < k; j++) {
			double[] column = column(x, j);
			int m = column.length;
			double total = Arrays.stream(column).sum();
			if (m < 2 || total <= 0 || spread(column) <= NO_DIFFERENCE) {
				continue;
			}
			double sum = 0;
			for (double value : column) {
				double p = value / total;
				if (p > 0) {
					sum += p * Math.log(p);
				}
			}
			double e = -sum / Math.log(m);
			d[j] = Math.max(0, 1 - e);
		}
		return d;
	}

	private static double[] critic(Double[][] x, int k) {
		Double[][] scaled = scaled(x, k);
		double[] c = new double[k];
		for (int j = 0; j < k; j++) {
			double sigma = sampleSd(column(scaled, j));
			if (sigma <= NO_DIFFERENCE) {
				continue;
			}
			double conflict = 0;
			for (int other = 0; other < k; other++) {
				if (other != j) {
					conflict += 1 - correlation(scaled, j, other);
				}
			}
			c[j] = sigma * conflict;
		}
		return c;
	}

	/**
	 * {@code x'ᵢⱼ = (xᵢⱼ − minⱼ) / (maxⱼ − minⱼ)} over the committees having rate j, 0
	 * for all where the spread is at most 1e-12; {@code null} stays {@code null}.
	 */
	private static Double[][] scaled(Double[][] x, int k) {
		Double[][] scaled = new Double[x.length][k];
		for (int j = 0; j < k; j++) {
			double[] column = column(x, j);
			if (column.length == 0) {
				continue;
			}
			double min = Arrays.stream(column).min().getAsDouble();
			double spread = spread(column);
			for (int c = 0; c < x.length; c++) {
				if (x[c][j] != null) {
					scaled[c][j] = spread <= NO_DIFFERENCE ? 0 : (x[c][j] - min) / spread;
				}
			}
		}
		return scaled;
	}

	/**
	 * Pearson's correlation over the committees having both rates, in [−1, 1]; 0 where
	 * undefined: fewer than two such committees, or either rate's sample standard
	 * deviation among them at most 1e-12.
	 */
	private static double correlation(Double[][] x, int j, int k) {
		int n = 0;
		double[] first = new double[x.length];
		double[] second = new double[x.length];
		for (Double[] committee : x) {
			if (committee[j] != null && committee[k] != null) {
				first[n] = committee[j];
				second[n] = committee[k];
				n++;
			}
		}
		first = Arrays.copyOf(first, n);
		second = Arrays.copyOf(second, n);
		if (n < 2 || sampleSd(first) <= NO_DIFFERENCE || sampleSd(second) <= NO_DIFFERENCE) {
			return 0;
		}
		double rho = new PearsonsCorrelation().correlation(first, second);
		return Math.max(-1, Math.min(1, rho));
	}

	/** The sample standard deviation (n − 1), 0 for fewer than two values. */
	private static double sampleSd(double[] values) {
		return values.length < 2 ? 0 : new StandardDeviation(true).evaluate(values);
	}

	private static double spread(double[] values) {
		return values.length == 0 ? 0
				: Arrays.stream(values).max().getAsDouble() - Arrays.stream(values).min().getAsDouble();
	}

	private static double[] column(Double[][] x, int j) {
		return Arrays.stream(x)
			.map(committee -> committee[j])
			.filter(value -> value != null)
			.mapToDouble(Double::doubleValue)
			.toArray();
	}

}
