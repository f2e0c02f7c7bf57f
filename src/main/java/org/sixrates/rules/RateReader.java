package org.sixrates.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Maps the {@code rates:} list: ids, labels, measures, weights and the options of each
 * rate.
 */
final class RateReader {

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

	private static final Set<String> KEYS = new LinkedHashSet<>(List.of("id", "label", "weight", "numerator",
			"denominator", "cap", "when_empty", "target", "normalization"));

	private final TreeReader reader;

	private final MeasureReader measures;

	private final Set<String> ids = new LinkedHashSet<>();

	RateReader(TreeReader reader) {
		this.reader = reader;
		this.measures = new MeasureReader(reader);
	}

	List<RateDefinition> rates(JsonNode node, String path) {
		List<RateDefinition> rates = reader.list(node, path, this::rate);
		if (node.isArray() && node.isEmpty()) {
			reader.valueError(path, null, "expected at least one rate");
		}
		return rates;
	}

	/**
	 * The well-formed ids of the rates read, in rules order, whether or not the rest of
	 * the rate is.
	 */
	Set<String> ids() {
		return ids;
	}

	private RateDefinition rate(JsonNode node, String path) {
		if (!reader.mapping(node, path, KEYS)) {
			return null;
		}
		int before = reader.errors().size();
		String id = id(node, path);
		JsonNode labelNode = reader.get(node, path, "label", true);
		Label label = labelNode != null ? reader.label(labelNode, YamlDocument.child(path, "label")) : null;
		Double weight = optionalNumber(node, path, "weight", Range.WEIGHT);
		Measure numerator = measure(node, path, "numerator");
		Measure denominator = measure(node, path, "denominator");
		Double cap = optionalNumber(node, path, "cap", Range.POSITIVE);
		Double target = optionalNumber(node, path, "target", Range.POSITIVE);
		JsonNode whenEmptyNode = reader.get(node, path, "when_empty", false);
		WhenEmpty whenEmpty = whenEmptyNode == null ? WhenEmpty.ZERO
				: reader.choice(whenEmptyNode, YamlDocument.child(path, "when_empty"), WhenEmpty.class, WhenEmpty::key);
		JsonNode normalizationNode = reader.get(node, path, "normalization", false);
		Normalization normalization = normalizationNode == null ? null : reader.choice(normalizationNode,
				YamlDocument.child(path, "normalization"), Normalization.class, Normalization::key);
		if (reader.errors().size() != before) {
			return null;
		}
		return new RateDefinition(id, label, weight, numerator, denominator, cap, whenEmpty, target, normalization);
	}

	private String id(JsonNode node, String path) {
		JsonNode idNode = reader.get(node, path, "id", true);
		if (idNode == null) {
			return null;
		}
		String idPath = YamlDocument.child(path, "id");
		String id = idNode.isValueNode() ? idNode.asString() : "";
		if (!ID.matcher(id).matches()) {
			reader.valueError(idPath, idNode,
					"expected a rate id in lower-case ASCII: a letter, then letters, digits or _");
			return null;
		}
		if (!ids.add(id)) {
			reader.valueError(idPath, idNode, "a rate with this id is already defined");
			return null;
		}
		return id;
	}

	private Measure measure(JsonNode node, String path, String key) {
		JsonNode measure = reader.get(node, path, key, true);
		return measure != null ? measures.measure(measure, YamlDocument.child(path, key)) : null;
	}

	private Double optionalNumber(JsonNode node, String path, String key, Range range) {
		JsonNode value = reader.get(node, path, key, false);
		return value != null ? reader.number(value, YamlDocument.child(path, key), range) : null;
	}

}
