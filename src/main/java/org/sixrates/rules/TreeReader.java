package org.sixrates.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.sixrates.input.InputError;

import tools.jackson.databind.JsonNode;

/**
 * Reads values out of a {@link YamlDocument} tree and collects, rather than throws, every
 * error with the key's path and line, so that one load reports all that is wrong.
 */
final class TreeReader {

	private final YamlDocument document;

	private final List<InputError> errors = new ArrayList<>();

	TreeReader(YamlDocument document) {
		this.document = document;
	}

	List<InputError> errors() {
		return errors;
	}

	/** An error about the key at {@code path} (unknown, missing, in conflict). */
	void keyError(String path, String expected) {
		int[] at = document.keyLocation(path);
		errors.add(new InputError(document.fileName(), at[0], at[1], field(path), null, expected));
	}

	/** An error about the value at {@code path}. */
	void valueError(String path, JsonNode value, String expected) {
		int[] at = document.valueLocation(path);
		String written = value != null && value.isValueNode() ? document.written(path) : null;
		if (written == null && value != null && value.isValueNode()) {
			written = value.asString();
		}
		errors.add(new InputError(document.fileName(), at[0], at[1], field(path), written, expected));
	}

	private static String field(String path) {
		return path.isEmpty() ? null : path;
	}

	/** Whether a key holds something; YAML's empty value counts as absent. */
	static boolean present(JsonNode node) {
		return node != null && !node.isNull() && !node.isMissingNode();
	}

	/**
	 * The node as a mapping whose keys are all allowed, or {@code false} after reporting.
	 */
	boolean mapping(JsonNode node, String path, Set<String> allowed) {
		if (!node.isObject()) {
			valueError(path, node, "expected a mapping of " + String.join(", ", allowed));
			return false;
		}
		for (String key : node.propertyNames()) {
			if (!allowed.contains(key)) {
				keyError(YamlDocument.child(path, key), "unknown key; expected one of " + String.join(", ", allowed));
			}
		}
		return true;
	}

	/**
	 * The child at {@code key}, reporting it when required and absent; {@code null} if
	 * absent.
	 */
	JsonNode get(JsonNode parent, String path, String key, boolean required) {
		JsonNode child = parent.get(key);
		if (present(child)) {
			return child;
		}
		if (required) {
			keyError(YamlDocument.child(path, key), "missing; it is required here");
		}
		return null;
	}

	/** A scalar as text, or {@code null} after reporting. */
	String text(JsonNode node, String path) {
		if (!node.isValueNode() || node.asString().isBlank()) {
			valueError(path, node, "expected a non-empty text");
			return null;
		}
		return node.asString().strip();
	}

	/**
	 * A number within {@code range}, or {@code null} after reporting; what is not a
	 * number, or too large for a double, is told the range too.
	 */
	Double number(JsonNode node, String path, Range range) {
		Double value = finite(node);
		if (value == null || !range.contains(value)) {
			valueError(path, node, range.expected());
			return null;
		}
		return value;
	}

	/**
	 * The node as a finite double, {@code null} when it is not a number or too large for
	 * one. Through {@link Number}, because {@code JsonNode.doubleValue()} throws on an
	 * integer beyond the double range where {@code BigInteger.doubleValue()} gives
	 * infinity.
	 */
	static Double finite(JsonNode node) {
		if (!node.isNumber()) {
			return null;
		}
		double value = node.numberValue().doubleValue();
		return Double.isFinite(value) ? value : null;
	}

	/**
	 * A whole number from {@code min} to {@code max}, or {@code null} after reporting.
	 */
	Integer integer(JsonNode node, String path, int min, int max) {
		if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
			valueError(path, node, "expected a whole number from " + min + " to " + max);
			return null;
		}
		return node.intValue();
	}

	/** {@code {zh: …, en: …}}, both required; {@code null} after reporting. */
	Label label(JsonNode node, String path) {
		if (!mapping(node, path, Set.of("zh", "en"))) {
			return null;
		}
		JsonNode zh = get(node, path, "zh", true);
		JsonNode en = get(node, path, "en", true);
		String zhText = zh != null ? text(zh, YamlDocument.child(path, "zh")) : null;
		String enText = en != null ? text(en, YamlDocument.child(path, "en")) : null;
		return zhText != null && enText != null ? new Label(zhText, enText) : null;
	}

	/**
	 * The elements of a sequence read one by one, dropping those that failed; reports a
	 * non-sequence.
	 */
	<T> List<T> list(JsonNode node, String path, BiFunction<JsonNode, String, T> element) {
		List<T> read = new ArrayList<>();
		if (!node.isArray()) {
			valueError(path, node, "expected a list");
			return read;
		}
		for (int i = 0; i < node.size(); i++) {
			T value = element.apply(node.get(i), YamlDocument.element(path, i));
			if (value != null) {
				read.add(value);
			}
		}
		return read;
	}

	/** One of an enum's spellings, or {@code null} after reporting. */
	<E extends Enum<E>> E choice(JsonNode node, String path, Class<E> type, Function<E, String> key) {
		String written = node.isValueNode() ? node.asString().strip() : null;
		for (E value : type.getEnumConstants()) {
			if (key.apply(value).equalsIgnoreCase(written)) {
				return value;
			}
		}
		valueError(path, node,
				"expected one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(key).toList()));
		return null;
	}

}
