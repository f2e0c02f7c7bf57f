package org.sixrates.rules;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Maps a numerator or denominator, with its filter and weighting, from the tree. */
final class MeasureReader {

	private static final Set<String> KEYS = new LinkedHashSet<>(
			List.of("count", "sum", "where", "committee", "weight_by", "times"));

	private static final String FIELDS = "kind, subtype, level, status, converted, satisfaction";

	private final TreeReader reader;

	MeasureReader(TreeReader reader) {
		this.reader = reader;
	}

	/**
	 * The measure at {@code path}, or {@code null} after reporting what is wrong with it.
	 */
	Measure measure(JsonNode node, String path) {
		if (!reader.mapping(node, path, KEYS)) {
			return null;
		}
		int before = reader.errors().size();
		JsonNode count = reader.get(node, path, "count", false);
		JsonNode sum = reader.get(node, path, "sum", false);
		JsonNode committee = reader.get(node, path, "committee", false);
		JsonNode where = reader.get(node, path, "where", false);
		int kinds = (count != null ? 1 : 0) + (sum != null ? 1 : 0) + (committee != null ? 1 : 0);
		if (kinds != 1) {
			reader.keyError(path, "expected exactly one of count, sum, committee");
			return null;
		}
		if (where != null && sum == null) {
			reader.keyError(YamlDocument.child(path, "where"), "where goes with sum; count takes its filter itself");
		}
		Measure.Source source = Measure.Source.COUNT;
		Filter filter = Filter.ANY;
		if (count != null) {
			filter = filter(count, YamlDocument.child(path, "count"));
		}
		else if (sum != null) {
			source = sumSource(sum, YamlDocument.child(path, "sum"));
			filter = where != null ? filter(where, YamlDocument.child(path, "where")) : Filter.ANY;
		}
		else {
			source = Measure.Source.MEMBERS;
			String committeePath = YamlDocument.child(path, "committee");
			if (!committee.isValueNode() || !"members".equals(committee.asString().strip())) {
				reader.valueError(committeePath, committee, "expected members (the committee's number of members)");
			}
		}
		Map<FilterField, Map<String, Double>> weightBy = Map.of();
		JsonNode weights = reader.get(node, path, "weight_by", false);
		if (weights != null) {
			String weightsPath = YamlDocument.child(path, "weight_by");
			if (source == Measure.Source.MEMBERS) {
				reader.keyError(weightsPath, "weight_by weighs records; committee members has none");
			}
			else {
				weightBy = weightBy(weights, weightsPath);
			}
		}
		double times = 1;
		JsonNode timesNode = reader.get(node, path, "times", false);
		if (timesNode != null) {
			Double value = reader.number(timesNode, YamlDocument.child(path, "times"), Range.POSITIVE);
			times = value != null ? value : 1;
		}
		return reader.errors().size() == before ? new Measure(source, filter, weightBy, times) : null;
	}

	private Measure.Source sumSource(JsonNode sum, String path) {
		String field = sum.isValueNode() ? sum.asString().strip() : "";
		if (field.equals("quantity")) {
			return Measure.Source.QUANTITY;
		}
		if (field.equals("score")) {
			return Measure.Source.SCORE;
		}
		reader.valueError(path, sum, "expected quantity or score");
		return Measure.Source.QUANTITY;
	}

	/** A filter: field → list of allowed values; every field and value checked. */
	Filter filter(JsonNode node, String path) {
		if (!node.isObject()) {
			reader.valueError(path, node, "expected a mapping of " + FIELDS + " to lists of values");
			return Filter.ANY;
		}
		Map<FilterField, Set<String>> allowed = new EnumMap<>(FilterField.class);
		for (String key : node.propertyNames()) {
			String fieldPath = YamlDocument.child(path, key);
			Optional<FilterField> field = FilterField.ofKey(key);
			if (field.isEmpty()) {
				reader.keyError(fieldPath, "unknown field; expected one of " + FIELDS);
				continue;
			}
			JsonNode values = node.get(key);
			Set<String> canonical = new LinkedHashSet<>();
			if (TreeReader.present(values) && values.isValueNode()) {
				// a single value stands for the list of that one value: {kind: PROPOSAL}
				value(field.get(), values, fieldPath).ifPresent(canonical::add);
				allowed.put(field.get(), canonical);
				continue;
			}
			if (!TreeReader.present(values) || !values.isArray() || values.isEmpty()) {
				reader.valueError(fieldPath, values, "expected a value or a non-empty list of values");
				continue;
			}
			for (int i = 0; i < values.size(); i++) {
				value(field.get(), values.get(i), YamlDocument.element(fieldPath, i)).ifPresent(canonical::add);
			}
			allowed.put(field.get(), canonical);
		}
		return new Filter(allowed);
	}

	private Map<FilterField, Map<String, Double>> weightBy(JsonNode node, String path) {
		Map<FilterField, Map<String, Double>> weightBy = new EnumMap<>(FilterField.class);
		if (!node.isObject() || node.isEmpty()) {
			reader.valueError(path, node, "expected a mapping of a field to {value: weight}");
			return weightBy;
		}
		for (String key : node.propertyNames()) {
			String fieldPath = YamlDocument.child(path, key);
			Optional<FilterField> field = FilterField.ofKey(key);
			if (field.isEmpty()) {
				reader.keyError(fieldPath, "unknown field; expected one of " + FIELDS);
				continue;
			}
			JsonNode factors = node.get(key);
			if (!TreeReader.present(factors) || !factors.isObject() || factors.isEmpty()) {
				reader.valueError(fieldPath, factors, "expected a mapping of values to weights");
				continue;
			}
			Map<String, Double> weights = new LinkedHashMap<>();
			for (String written : factors.propertyNames()) {
				String valuePath = YamlDocument.child(fieldPath, written);
				Optional<String> value = field.get().canonical(written);
				if (value.isEmpty()) {
					reader.keyError(valuePath, field.get().refusal());
					continue;
				}
				Double weight = reader.number(factors.get(written), valuePath, Range.FACTOR);
				if (weight != null && weights.put(value.get(), weight) != null) {
					reader.keyError(valuePath, "the same " + key + " is weighted twice");
				}
			}
			weightBy.put(field.get(), weights);
		}
		return weightBy;
	}

	private Optional<String> value(FilterField field, JsonNode node, String path) {
		Optional<String> value = node.isValueNode() ? field.canonical(node.asString()) : Optional.empty();
		if (value.isEmpty()) {
			reader.valueError(path, node, field.refusal());
		}
		return value;
	}

}
