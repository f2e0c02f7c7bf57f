package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.sixrates.rules.WeightMethod;

/**
 * Weights derived for one year from the matrix {@code x[c][j]} of the committees' rates
 * after {@code when_empty} and before normalization ({@code null}: rate j excluded for
 * committee c, left out of every sum below). With k rates:
 * <ul>
 * <li>equal: {@code wⱼ = 1/k}.</li>
 * <li>entropy: over the {@code m} committees having rate j, {@code pᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ},
 * {@code eⱼ = −(1 / ln m) Σᵢ pᵢⱼ ln pᵢⱼ} with {@code 0·ln 0 = 0},
 * {@code dⱼ = max(0, 1 − eⱼ)}; a rate with {@code m < 2} or {@code Σᵢ xᵢⱼ = 0} tells no
 * committee apart: {@code dⱼ = 0}. {@code wⱼ = dⱼ / Σ d}; all {@code d = 0} gives equal
 * weights.</li>
 * <li>CRITIC: {@code Cⱼ = σⱼ · Σ_{k≠j} (1 − ρⱼₖ)}, {@code σⱼ} the sample standard
 * deviation of rate j (0 for fewer than two committees), {@code ρⱼₖ} Pearson's
 * correlation over the committees having both rates, 0 where undefined (fewer than two
 * such committees, or one of them constant); {@code wⱼ = Cⱼ / Σ C}; all {@code C = 0}
 * gives equal weights.</li>
 * <li>ahp: the principal eigenvector of the scheme's matrix
 * ({@link org.sixrates.rules.Ahp}), the same every year.</li>
 * </ul>
 */
final class DerivedWeights {

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

	/** {@code vⱼ / Σ v}, or equal weights when every v is 0. */
	private static double[] shares(double[] values) {
		double sum = Arrays.stream(values).sum();
		if (sum <= 0) {
			return equal(values.length);
		}
		return Arrays.stream(values).map(value -> value / sum).toArray();
	}

	private static double[] entropyDivergence(Double[][] x, int k) {
		double[] d = new double[k];
		for (int j = 0; j < k; j++) {
			double[] column = column(x, j);
			int m = column.length;
			double total = Arrays.stream(column).sum();
			if (m < 2 || total <= 0) {
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
		double[] c = new double[k];
		for (int j = 0; j < k; j++) {
			double[] column = column(x, j);
			double sigma = column.length < 2 ? 0 : new StandardDeviation(true).evaluate(column);
			double conflict = 0;
			for (int other = 0; other < k; other++) {
				if (other != j) {
					conflict += 1 - correlation(x, j, other);
				}
			}
			c[j] = sigma * conflict;
		}
		return c;
	}

	private static double correlation(Double[][] x, int j, int k) {
		List<double[]> pairs = new ArrayList<>();
		for (Double[] committee : x) {
			if (committee[j] != null && committee[k] != null) {
				pairs.add(new double[] { committee[j], committee[k] });
			}
		}
		if (pairs.size() < 2) {
			return 0;
		}
		double[] first = pairs.stream().mapToDouble(pair -> pair[0]).toArray();
		double[] second = pairs.stream().mapToDouble(pair -> pair[1]).toArray();
		double rho = new PearsonsCorrelation().correlation(first, second);
		return Double.isNaN(rho) ? 0 : rho;
	}

	private static double[] column(Double[][] x, int j) {
		return Arrays.stream(x)
			.map(committee -> committee[j])
			.filter(value -> value != null)
			.mapToDouble(Double::doubleValue)
			.toArray();
	}

}
