package org.sixrates.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Maps {@code grades:} and {@code awards:}, checking their order and every rate or award
 * they name.
 */
final class AwardReader {

	/** Grade and award ids go into CSV cells joined by {@code ;}, so they stay plain. */
	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");

	private static final Set<String> GRADE_KEYS = new LinkedHashSet<>(List.of("id", "label", "min_score"));

	private static final Set<String> AWARD_KEYS = new LinkedHashSet<>(
			List.of("id", "label", "top", "min_score", "veto", "consecutive"));

	/**
	 * More winners than any province has county-level committees (about 2 850 in the
	 * country) is no award.
	 */
	static final int MAX_TOP = 100_000;

	/**
	 * A run of years is checked year by year for every committee, so it is bounded; a
	 * century is more than any assessment keeps.
	 */
	static final int MAX_CONSECUTIVE_YEARS = 100;

	private final TreeReader reader;

	private final Set<String> rateIds;

	AwardReader(TreeReader reader, Set<String> rateIds) {
		this.reader = reader;
		this.rateIds = rateIds;
	}

	List<Grade> grades(JsonNode node, String path) {
		Set<String> ids = new HashSet<>();
		List<Grade> grades = new ArrayList<>();
		Double previous = null;
		for (int i = 0; node.isArray() && i < node.size(); i++) {
			String gradePath = YamlDocument.element(path, i);
			JsonNode grade = node.get(i);
			if (!reader.mapping(grade, gradePath, GRADE_KEYS)) {
				continue;
			}
			String id = id(grade, gradePath, ids, "grade");
			Label label = label(grade, gradePath);
			JsonNode minNode = reader.get(grade, gradePath, "min_score", true);
			Double min = minNode != null
					? reader.number(minNode, YamlDocument.child(gradePath, "min_score"), Range.SCORE) : null;
			if (min != null && previous != null && min >= previous) {
				reader.valueError(YamlDocument.child(gradePath, "min_score"), minNode,
						"grades go highest first: expected a min_score below " + previous);
			}
			previous = min != null ? min : previous;
			if (id != null && label != null && min != null) {
				grades.add(new Grade(id, label, min));
			}
		}
		if (!node.isArray()) {
			reader.valueError(path, node, "expected a list of grades");
		}
		return grades;
	}

	List<Award> awards(JsonNode node, String path) {
		Set<String> ids = new LinkedHashSet<>();
		List<Award> awards = new ArrayList<>();
		for (int i = 0; node.isArray() && i < node.size(); i++) {
			String awardPath = YamlDocument.element(path, i);
			JsonNode award = node.get(i);
			if (!reader.mapping(award, awardPath, AWARD_KEYS)) {
				continue;
			}
			int before = reader.errors().size();
			Set<String> earlier = new LinkedHashSet<>(ids);
			String id = id(award, awardPath, ids, "award");
			Label label = label(award, awardPath);
			Integer top = null;
			JsonNode topNode = reader.get(award, awardPath, "top", false);
			if (topNode != null) {
				top = reader.integer(topNode, YamlDocument.child(awardPath, "top"), 1, MAX_TOP);
			}
			double minScore = 0;
			JsonNode minNode = reader.get(award, awardPath, "min_score", false);
			if (minNode != null) {
				Double min = reader.number(minNode, YamlDocument.child(awardPath, "min_score"), Range.SCORE);
				minScore = min != null ? min : 0;
			}
			Map<String, Double> veto = veto(award, awardPath);
			Consecutive consecutive = consecutive(award, awardPath, earlier);
			if (reader.errors().size() == before) {
				awards.add(new Award(id, label, top, minScore, veto, consecutive));
			}
		}
		if (!node.isArray()) {
			reader.valueError(path, node, "expected a list of awards");
		}
		return awards;
	}

	private Map<String, Double> veto(JsonNode award, String awardPath) {
		Map<String, Double> veto = new LinkedHashMap<>();
		JsonNode node = reader.get(award, awardPath, "veto", false);
		if (node == null) {
			return veto;
		}
		String path = YamlDocument.child(awardPath, "veto");
		if (!node.isObject()) {
			reader.valueError(path, node, "expected a mapping of rate ids to floors");
			return veto;
		}
		for (String rate : node.propertyNames()) {
			String floorPath = YamlDocument.child(path, rate);
			if (!rateIds.contains(rate)) {
				reader.keyError(floorPath, "unknown rate; expected one of " + String.join(", ", rateIds));
				continue;
			}
			Double floor = reader.number(node.get(rate), floorPath, Range.FLOOR);
			if (floor != null) {
				veto.put(rate, floor);
			}
		}
		return veto;
	}

	private Consecutive consecutive(JsonNode award, String awardPath, Set<String> earlier) {
		JsonNode node = reader.get(award, awardPath, "consecutive", false);
		String path = YamlDocument.child(awardPath, "consecutive");
		if (node == null || !reader.mapping(node, path, new LinkedHashSet<>(List.of("award", "years")))) {
			return null;
		}
		JsonNode awardNode = reader.get(node, path, "award", true);
		JsonNode yearsNode = reader.get(node, path, "years", true);
		String named = awardNode != null ? reader.text(awardNode, YamlDocument.child(path, "award")) : null;
		if (named != null && !earlier.contains(named)) {
			reader.valueError(YamlDocument.child(path, "award"), awardNode,
					"expected an award defined earlier in the list"
							+ (earlier.isEmpty() ? "" : ": " + String.join(", ", earlier)));
			named = null;
		}
		Integer years = yearsNode != null
				? reader.integer(yearsNode, YamlDocument.child(path, "years"), 2, MAX_CONSECUTIVE_YEARS) : null;
		return named != null && years != null ? new Consecutive(named, years) : null;
	}

	private String id(JsonNode node, String path, Set<String> ids, String what) {
		JsonNode idNode = reader.get(node, path, "id", true);
		if (idNode == null) {
			return null;
		}
		String idPath = YamlDocument.child(path, "id");
		String id = idNode.isValueNode() ? idNode.asString() : "";
		if (!ID.matcher(id).matches()) {
			reader.valueError(idPath, idNode,
					"expected a " + what + " id in lower-case ASCII: a letter, then letters, digits, _ or -");
			return null;
		}
		if (!ids.add(id)) {
			reader.valueError(idPath, idNode, "a " + what + " with this id is already defined");
			return null;
		}
		return id;
	}

	private Label label(JsonNode node, String path) {
		JsonNode label = reader.get(node, path, "label", true);
		return label != null ? reader.label(label, YamlDocument.child(path, "label")) : null;
	}

}
