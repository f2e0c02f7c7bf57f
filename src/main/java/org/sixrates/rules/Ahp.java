package org.sixrates.rules;

import java.util.Arrays;
import java.util.List;

/**
 * Analytic hierarchy process weights from a positive reciprocal pairwise comparison
 * matrix A. The weights are the principal eigenvector of A, found by power iteration
 * ({@code w ← A·w / Σ(A·w)} from {@code w = 1/n} until no component moves by more than
 * 1e-15), {@code λmax = (1/n) Σᵢ (A·w)ᵢ / wᵢ}, {@code CI = (λmax − n) / (n − 1)} and
 * {@code CR = CI / RI(n)} with Saaty's random index RI (0 for n ≤ 2, where every
 * reciprocal matrix is consistent, so CR = 0).
 *
 * @param weights summing to 1, in rate order
 */
public record Ahp(List<Double> weights, double lambdaMax, double consistencyIndex, double consistencyRatio) {

	/** Saaty's random index for n = 1 … 15; larger matrices use the value for 15. */
	private static final double[] RANDOM_INDEX = { 0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48,
			1.56, 1.57, 1.59 };

	private static final int MAX_ITERATIONS = 10_000;

	public Ahp {
		weights = List.copyOf(weights);
	}

	/** The weights and consistency of a square positive matrix (not checked here). */
	public static Ahp of(double[][] matrix) {
		int n = matrix.length;
		double[] w = new double[n];
		Arrays.fill(w, 1.0 / n);
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double[] next = normalized(multiply(matrix, w));
			double moved = 0;
			for (int i = 0; i < n; i++) {
				moved = Math.max(moved, Math.abs(next[i] - w[i]));
			}
			w = next;
			if (moved <= 1e-15) {
				break;
			}
		}
		double[] aw = multiply(matrix, w);
		double lambda = 0;
		for (int i = 0; i < n; i++) {
			lambda += aw[i] / w[i];
		}
		lambda /= n;
		double ci = n > 1 ? (lambda - n) / (n - 1) : 0;
		double ri = RANDOM_INDEX[Math.min(n, RANDOM_INDEX.length - 1)];
		double cr = ri > 0 ? ci / ri : 0;
		return new Ahp(Arrays.stream(w).boxed().toList(), lambda, ci, cr);
	}

	private static double[] multiply(double[][] matrix, double[] vector) {
		double[] product = new double[vector.length];
		for (int i = 0; i < vector.length; i++) {
			for (int j = 0; j < vector.length; j++) {
				product[i] += matrix[i][j] * vector[j];
			}
		}
		return product;
	}

	private static double[] normalized(double[] vector) {
		double sum = Arrays.stream(vector).sum();
		return Arrays.stream(vector).map(value -> value / sum).toArray();
	}

}
