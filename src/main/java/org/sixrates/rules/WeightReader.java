package org.sixrates.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * Maps {@code weights: {method: …, matrix: …}} and checks an AHP matrix: n×n for n rates,
 * on Saaty's scale (1/9 to 9), reciprocal ({@code a[j][i] = 1 / a[i][j]} within 1e-6, so
 * that {@code 0.333333} passes for 1/3; a fraction may also be written {@code "1/3"}) and
 * consistent (CR ≤ 0.10).
 */
final class WeightReader {

	static final double RECIPROCAL_TOLERANCE = 1e-6;

	static final double MAX_CONSISTENCY_RATIO = 0.10;

	private final TreeReader reader;

	WeightReader(TreeReader reader) {
		this.reader = reader;
	}

	WeightMethod method(JsonNode node, String path, int rates) {
		if (!reader.mapping(node, path, new LinkedHashSet<>(List.of("method", "matrix")))) {
			return null;
		}
		JsonNode methodNode = reader.get(node, path, "method", true);
		WeightMethod.Method method = methodNode == null ? null : reader.choice(methodNode,
				YamlDocument.child(path, "method"), WeightMethod.Method.class, WeightMethod.Method::key);
		JsonNode matrixNode = reader.get(node, path, "matrix", false);
		String matrixPath = YamlDocument.child(path, "matrix");
		if (method == null) {
			return null;
		}
		if (method != WeightMethod.Method.AHP) {
			if (matrixNode != null) {
				reader.keyError(matrixPath, "a matrix goes only with method: ahp");
			}
			return new WeightMethod(method, List.of(), null);
		}
		if (matrixNode == null) {
			reader.keyError(matrixPath, "missing; method ahp needs the pairwise comparison matrix of the rates");
			return null;
		}
		double[][] matrix = matrix(matrixNode, matrixPath, rates);
		if (matrix == null || !reciprocal(matrix, matrixNode, matrixPath)) {
			return null;
		}
		Ahp ahp = Ahp.of(matrix);
		if (ahp.consistencyRatio() > MAX_CONSISTENCY_RATIO) {
			reader.valueError(matrixPath, null,
					String.format(Locale.ROOT,
							"the comparisons are inconsistent: consistency ratio CR = %.4f, expected at most 0.10",
							ahp.consistencyRatio()));
			return null;
		}
		List<List<Double>> rows = new ArrayList<>();
		for (double[] row : matrix) {
			rows.add(Arrays.stream(row).boxed().toList());
		}
		return new WeightMethod(method, rows, ahp);
	}

	private double[][] matrix(JsonNode node, String path, int n) {
		String shape = "expected a " + n + "×" + n + " matrix (one row and one column per rate, in rate order)";
		if (!node.isArray() || node.size() != n) {
			reader.valueError(path, node, shape);
			return null;
		}
		double[][] matrix = new double[n][n];
		boolean good = true;
		for (int i = 0; i < n; i++) {
			JsonNode row = node.get(i);
			String rowPath = YamlDocument.element(path, i);
			if (!row.isArray() || row.size() != n) {
				reader.valueError(rowPath, row, shape);
				good = false;
				continue;
			}
			for (int j = 0; j < n; j++) {
				Double value = entry(row.get(j));
				if (value == null || !Range.SAATY.contains(value)) {
					reader.valueError(YamlDocument.element(rowPath, j), row.get(j),
							"expected a comparison on Saaty's scale from 1/9 to 9, such as 3 or 1/3");
					good = false;
				}
				else {
					matrix[i][j] = value;
				}
			}
		}
		return good ? matrix : null;
	}

	/**
	 * A number, or a fraction {@code a/b} of decimal numbers; {@code null} for anything
	 * else. The parts are read as decimals, so Java's {@code NaN}, {@code Infinity},
	 * {@code 1d} and {@code 0x1p3} are no numbers here.
	 */
	private static Double entry(JsonNode node) {
		if (node.isNumber()) {
			return TreeReader.finite(node);
		}
		if (!node.isString()) {
			return null;
		}
		String[] parts = node.asString().strip().split("/", -1);
		try {
			if (parts.length == 1) {
				return new BigDecimal(parts[0].strip()).doubleValue();
			}
			if (parts.length == 2) {
				double denominator = new BigDecimal(parts[1].strip()).doubleValue();
				return denominator == 0 ? null : new BigDecimal(parts[0].strip()).doubleValue() / denominator;
			}
		}
		catch (NumberFormatException ex) {
			return null;
		}
		return null;
	}

	private boolean reciprocal(double[][] matrix, JsonNode node, String path) {
		boolean good = true;
		for (int i = 0; i < matrix.length; i++) {
			for (int j = i; j < matrix.length; j++) {
				if (Math.abs(matrix[j][i] - 1 / matrix[i][j]) > RECIPROCAL_TOLERANCE) {
					String at = YamlDocument.element(YamlDocument.element(path, j), i);
					reader.valueError(at, node.get(j).get(i),
							String.format(Locale.ROOT, "expected the reciprocal of %s%s: 1/%s",
									YamlDocument.element(YamlDocument.element("matrix", i), j),
									i == j ? " (the diagonal is 1)" : "", SchemeReader.trim(matrix[i][j])));
					good = false;
				}
			}
		}
		return good;
	}

}
