package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.sixrates.rules.Aggregation;
import org.sixrates.rules.Normalization;

/**
 * Variance-based sensitivity of a year's ranks to its uncertain inputs (DESIGN §9): the
 * factor {@code fᵢ ~ U[1 − s, 1 + s]} of each rate's weight, and the choice of
 * normalization and of aggregation where more than one is given (drawn uniformly, as
 * {@link RankUncertainty} draws them). The output is the mean absolute rank shift
 * {@code Y = (1/m) Σ_c |rank_c − nominal_c|}. With a base sample of N rows, A and B the
 * two halves of a {@code 2d}-dimensional Sobol' sequence (its first point, the origin,
 * left out) and {@code A_B⁽ⁱ⁾} A with its column i from B (Saltelli et al. 2010):
 * <ul>
 * <li>{@code Sᵢ = (1/N) Σⱼ f(B)ⱼ · (f(A_B⁽ⁱ⁾)ⱼ − f(A)ⱼ) / V(Y)} (Saltelli et al. 2010,
 * table 2, b);</li>
 * <li>{@code STᵢ = (1/2N) Σⱼ (f(A)ⱼ − f(A_B⁽ⁱ⁾)ⱼ)² / V(Y)} (Jansen 1999);</li>
 * </ul>
 * {@code V(Y)} the variance of the 2N outputs of A and B. Where Y does not vary at all
 * ({@code V(Y) = 0}) no input matters and the indices are {@code NaN}. N·(d + 2)
 * scorings; deterministic (a Sobol' sequence has no seed).
 */
public final class RankSensitivity {

	/** The input of a scheme's aggregation choice in {@link SensitivityIndex#input()}. */
	public static final String AGGREGATION = "aggregation";

	/**
	 * The input of a scheme's normalization choice in {@link SensitivityIndex#input()}.
	 */
	public static final String NORMALIZATION = "normalization";

	private RankSensitivity() {
	}

	/**
	 * @param baseSample N, at least 2
	 * @param spread s, in [0, 1)
	 */
	public record Settings(int baseSample, double spread, List<Normalization> normalizations,
			List<Aggregation> aggregations, int threads) {

		public Settings {
			if (baseSample < 2) {
				throw new IllegalArgumentException("a base sample of at least 2");
			}
			if (!(spread >= 0 && spread < 1)) {
				throw new IllegalArgumentException("spread must be in [0, 1)");
			}
			normalizations = List.copyOf(normalizations);
			aggregations = List.copyOf(aggregations);
		}

	}

	public static SensitivityResult of(YearInput input, Settings settings) {
		YearModel model = input.model(settings.normalizations(), settings.aggregations());
		List<String> inputs = new ArrayList<>(model.rateIds);
		if (model.normalizationCount() > 1) {
			inputs.add(NORMALIZATION);
		}
		if (model.aggregationCount() > 1) {
			inputs.add(AGGREGATION);
		}
		int d = inputs.size();
		int n = settings.baseSample();
		double[][] a = new double[n][];
		double[][] b = new double[n][];
		SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * d);
		sobol.nextVector();
		for (int j = 0; j < n; j++) {
			double[] point = sobol.nextVector();
			a[j] = java.util.Arrays.copyOfRange(point, 0, d);
			b[j] = java.util.Arrays.copyOfRange(point, d, 2 * d);
		}
		// row j of sample 0 is A, of 1 B, of 2 + i A_B⁽ⁱ⁾
		int samples = d + 2;
		double[] y = new double[samples * n];
		Replications.run(samples * n, settings.threads(), model::replica, (replica, index) -> {
			int sample = index / n;
			int j = index % n;
			double[] point = (sample == 1) ? b[j] : a[j].clone();
			if (sample >= 2) {
				point[sample - 2] = b[j][sample - 2];
			}
			y[index] = shift(model, settings, point, replica);
		});
		double mean = 0;
		for (int j = 0; j < 2 * n; j++) {
			mean += y[j];
		}
		mean /= 2 * n;
		double variance = 0;
		for (int j = 0; j < 2 * n; j++) {
			variance += (y[j] - mean) * (y[j] - mean);
		}
		variance /= 2 * n;
		List<SensitivityIndex> indices = new ArrayList<>();
		for (int i = 0; i < d; i++) {
			double first = 0;
			double total = 0;
			for (int j = 0; j < n; j++) {
				double fA = y[j];
				double fB = y[n + j];
				double fAB = y[(2 + i) * n + j];
				first += fB * (fAB - fA);
				total += (fA - fAB) * (fA - fAB);
			}
			boolean varies = variance > 1e-12;
			indices.add(new SensitivityIndex(inputs.get(i), varies ? first / n / variance : Double.NaN,
					varies ? total / (2.0 * n) / variance : Double.NaN));
		}
		return new SensitivityResult(n, settings.spread(), variance, indices);
	}

	/** Y at one point of the unit cube: the mean absolute rank shift. */
	private static double shift(YearModel model, Settings settings, double[] point, YearModel.Replica replica) {
		double s = settings.spread();
		double[] factors = new double[model.rates];
		for (int i = 0; i < model.rates; i++) {
			factors[i] = 1 - s + 2 * s * point[i];
		}
		int next = model.rates;
		int normalization = (model.normalizationCount() > 1) ? choice(point[next++], model.normalizationCount()) : 0;
		int aggregation = (model.aggregationCount() > 1) ? choice(point[next], model.aggregationCount()) : 0;
		model.score(factors, normalization, aggregation, replica);
		double sum = 0;
		for (int c = 0; c < model.committees; c++) {
			sum += Math.abs(replica.ranks[c] - model.nominalRanks[c]);
		}
		return sum / model.committees;
	}

	private static int choice(double u, int count) {
		return Math.min(count - 1, (int) (u * count));
	}

}
