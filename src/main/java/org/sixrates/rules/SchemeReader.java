package org.sixrates.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Maps a scheme's tree into a {@link Scheme} by hand, so that every message is in the
 * words of the rules file, and checks what spans several keys: weights, tie-breaks,
 * targets.
 */
final class SchemeReader {

	private static final Set<String> KEYS = new LinkedHashSet<>(List.of("scheme", "title", "rates", "normalization",
			"aggregation", "weights", "tie_break", "grades", "awards", "evidence"));

	/**
	 * How far explicit weights may stray from a sum of 1 (rounding in a decimal file).
	 */
	private static final double WEIGHT_SUM_TOLERANCE = 1e-9;

	private final TreeReader reader;

	SchemeReader(TreeReader reader) {
		this.reader = reader;
	}

	/** The scheme, or {@code null} when the reader has collected errors. */
	Scheme read(JsonNode root, String sha256, String fileName) {
		if (!TreeReader.present(root) || !reader.mapping(root, "", KEYS)) {
			if (!TreeReader.present(root)) {
				reader.keyError("scheme", "the file is empty; expected a scheme");
			}
			return null;
		}
		JsonNode idNode = reader.get(root, "", "scheme", true);
		String id = idNode != null ? reader.text(idNode, "scheme") : null;
		JsonNode titleNode = reader.get(root, "", "title", true);
		Label title = titleNode != null ? reader.label(titleNode, "title") : null;
		JsonNode ratesNode = reader.get(root, "", "rates", true);
		RateReader rateReader = new RateReader(reader);
		List<RateDefinition> rates = ratesNode != null ? rateReader.rates(ratesNode, "rates") : List.of();
		// a rate with an error elsewhere still has its id, so that naming it is no second
		// error
		Set<String> rateIds = rateReader.ids();
		int rateCount = ratesNode != null && ratesNode.isArray() ? ratesNode.size() : rates.size();
		JsonNode normalizationNode = reader.get(root, "", "normalization", false);
		Normalization normalization = normalizationNode == null ? Normalization.NONE
				: reader.choice(normalizationNode, "normalization", Normalization.class, Normalization::key);
		JsonNode aggregationNode = reader.get(root, "", "aggregation", false);
		Aggregation aggregation = aggregationNode == null ? Aggregation.ARITHMETIC
				: reader.choice(aggregationNode, "aggregation", Aggregation.class, Aggregation::key);
		JsonNode weightsNode = reader.get(root, "", "weights", false);
		WeightMethod weights = weightsNode != null ? new WeightReader(reader).method(weightsNode, "weights", rateCount)
				: null;
		boolean ratesComplete = ratesNode != null && ratesNode.isArray() && rates.size() == ratesNode.size();
		if (ratesComplete) {
			checkWeights(rates, weightsNode != null);
			checkTargets(rates, normalization);
		}
		List<String> tieBreak = tieBreak(root, rateIds);
		AwardReader awardReader = new AwardReader(reader, rateIds);
		JsonNode gradesNode = reader.get(root, "", "grades", false);
		List<Grade> grades = gradesNode != null ? awardReader.grades(gradesNode, "grades") : List.of();
		JsonNode awardsNode = reader.get(root, "", "awards", false);
		List<Award> awards = awardsNode != null ? awardReader.awards(awardsNode, "awards") : List.of();
		JsonNode evidenceNode = reader.get(root, "", "evidence", false);
		Filter evidence = evidenceNode != null ? new MeasureReader(reader).filter(evidenceNode, "evidence") : null;
		if (!reader.errors().isEmpty()) {
			return null;
		}
		return new Scheme(id, title, rates, normalization, aggregation, weights, tieBreak, grades, awards, evidence,
				sha256, fileName);
	}

	private void checkWeights(List<RateDefinition> rates, boolean derived) {
		double sum = 0;
		boolean complete = true;
		for (int i = 0; i < rates.size(); i++) {
			String path = YamlDocument.element("rates", i);
			Double weight = rates.get(i).weight();
			if (derived && weight != null) {
				reader.keyError(YamlDocument.child(path, "weight"),
						"a weight on a rate conflicts with weights: (derived weights); give one or the other");
			}
			else if (!derived && weight == null) {
				reader.keyError(YamlDocument.child(path, "weight"),
						"missing; every rate needs a weight unless weights: derives them");
				complete = false;
			}
			else if (!derived) {
				sum += weight;
			}
		}
		if (!derived && complete && Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
			reader.valueError("rates", null,
					String.format(Locale.ROOT, "the weights of the rates add up to %s; expected 1",
							trim(new BigDecimal(sum).round(new MathContext(12)).doubleValue())));
		}
	}

	private void checkTargets(List<RateDefinition> rates, Normalization normalization) {
		for (int i = 0; i < rates.size(); i++) {
			RateDefinition rate = rates.get(i);
			Normalization effective = rate.normalization() != null ? rate.normalization() : normalization;
			if (effective == Normalization.TARGET && rate.target() == null) {
				String path = YamlDocument.element("rates", i);
				reader.keyError(rate.normalization() != null ? YamlDocument.child(path, "normalization") : path,
						"normalization target needs a positive target: on this rate");
			}
		}
	}

	private List<String> tieBreak(JsonNode root, Set<String> rateIds) {
		List<String> tieBreak = new ArrayList<>();
		JsonNode node = reader.get(root, "", "tie_break", false);
		if (node == null) {
			return tieBreak;
		}
		List<String> named = reader.list(node, "tie_break", reader::text);
		for (int i = 0; i < named.size() && named.size() == node.size(); i++) {
			String path = YamlDocument.element("tie_break", i);
			String id = named.get(i);
			if (!rateIds.contains(id)) {
				reader.valueError(path, node.get(i), "unknown rate; expected one of " + String.join(", ", rateIds));
			}
			else if (tieBreak.contains(id)) {
				reader.valueError(path, node.get(i), "this rate already breaks ties earlier in the list");
			}
			else {
				tieBreak.add(id);
			}
		}
		return tieBreak;
	}

	static String trim(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
