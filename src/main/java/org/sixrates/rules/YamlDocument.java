package org.sixrates.rules;

import java.util.HashMap;
import java.util.Map;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML file read twice: once as a tree to map by hand, once as a token stream that
 * notes the line and column of every key and value by its path
 * ({@code rates[2].numerator.count.kind}), so that an error found while mapping the tree
 * can still name its line.
 */
final class YamlDocument {

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final String fileName;

	private final JsonNode root;

	private final Map<String, int[]> keys = new HashMap<>();

	private final Map<String, int[]> values = new HashMap<>();

	/** The scalars as written, so that a message quotes {@code 1e308}, not 1.0E308. */
	private final Map<String, String> written = new HashMap<>();

	private YamlDocument(String fileName, String text) {
		this.fileName = fileName;
		locate(text);
		this.root = tree(text);
	}

	/**
	 * The tree; YAML's {@code .inf} and {@code .nan}, which the parser takes for numbers
	 * it then cannot read, are refused at their key like any other number out of range.
	 */
	private JsonNode tree(String text) {
		try {
			return MAPPER.readTree(text);
		}
		catch (StreamReadException ex) {
			String message = ex.getOriginalMessage();
			TokenStreamLocation location = ex.getLocation();
			if (message == null || !message.startsWith("Malformed numeric value") || location == null) {
				throw ex;
			}
			String path = valueBefore(location.getLineNr(), location.getColumnNr());
			int[] at = path != null ? values.get(path) : new int[] { location.getLineNr(), location.getColumnNr() };
			throw new BadInputException(
					new InputError(fileName, at[0], at[1], path, path != null ? written.get(path) : null,
							"expected a number written in digits, such as 0.5, 3 or 1e6"));
		}
	}

	/**
	 * The path of the last value that starts on {@code line} at or before {@code column}.
	 */
	private String valueBefore(int line, int column) {
		String found = null;
		int foundColumn = 0;
		for (Map.Entry<String, int[]> value : values.entrySet()) {
			int[] at = value.getValue();
			if (at[0] == line && at[1] <= column && at[1] >= foundColumn) {
				found = value.getKey();
				foundColumn = at[1];
			}
		}
		return found;
	}

	/** The document, or the syntax error (a duplicate key among them) with its line. */
	static YamlDocument read(String fileName, String text) {
		try {
			return new YamlDocument(fileName, text);
		}
		catch (JacksonException ex) {
			throw new BadInputException(syntaxError(fileName, ex));
		}
	}

	/**
	 * Where the YAML parser saw the problem and what it was, without its multi-line
	 * excerpt.
	 */
	private static InputError syntaxError(String fileName, JacksonException ex) {
		if (ex.getCause() instanceof MarkedYamlEngineException yaml && yaml.getProblemMark().isPresent()) {
			Mark mark = yaml.getProblemMark().get();
			String context = yaml.getContext() != null ? " (" + yaml.getContext().strip() + ")" : "";
			return new InputError(fileName, mark.getLine() + 1, mark.getColumn() + 1, null, null,
					"not valid YAML: " + yaml.getProblem().strip() + context);
		}
		TokenStreamLocation location = ex.getLocation();
		int line = location != null ? Math.max(location.getLineNr(), 0) : 0;
		int column = location != null ? Math.max(location.getColumnNr(), 0) : 0;
		return new InputError(fileName, line, column, null, null, "not valid YAML: " + ex.getOriginalMessage().strip());
	}

	/** The scalar at {@code path} as the file writes it, or {@code null}. */
	String written(String path) {
		return written.get(path);
	}

	String fileName() {
		return fileName;
	}

	/** The root node; a missing node for an empty file. */
	JsonNode root() {
		return root;
	}

	/**
	 * {@code {line, column}} of the key at {@code path}, else of its value, else of the
	 * nearest enclosing one.
	 */
	int[] keyLocation(String path) {
		for (String at = path; at != null; at = parent(at)) {
			int[] location = keys.getOrDefault(at, values.get(at));
			if (location != null) {
				return location;
			}
		}
		return new int[] { 1, 1 };
	}

	/**
	 * {@code {line, column}} of the value at {@code path}, else of its key, else of the
	 * nearest enclosing one.
	 */
	int[] valueLocation(String path) {
		int[] location = values.get(path);
		return location != null ? location : keyLocation(path);
	}

	static String child(String path, String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

	static String element(String path, int index) {
		return path + "[" + index + "]";
	}

	private static String parent(String path) {
		if (path.isEmpty()) {
			return null;
		}
		int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
		return cut < 0 ? "" : path.substring(0, cut);
	}

	private void locate(String text) {
		try (JsonParser parser = MAPPER.createParser(text)) {
			int documents = 0;
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
					continue;
				}
				TokenStreamLocation location = parser.currentTokenLocation();
				int[] at = { location.getLineNr(), location.getColumnNr() };
				TokenStreamContext context = parser.streamReadContext();
				String path = path(context);
				if (token == JsonToken.PROPERTY_NAME) {
					keys.putIfAbsent(path, at);
				}
				else {
					values.putIfAbsent(path, at);
					if (token.isScalarValue()) {
						written.putIfAbsent(path, parser.getString());
					}
				}
				boolean startsDocument = token.isStructStart()
						? context.getParent() != null && context.getParent().inRoot() : context.inRoot();
				if (startsDocument && ++documents > 1) {
					// the tree would silently keep the first document only
					throw new BadInputException(new InputError(fileName, at[0], at[1], null, null,
							"a second YAML document; a rules file holds one scheme"));
				}
			}
		}
		catch (StreamReadException ex) {
			if (ex.getMessage() != null && ex.getMessage().startsWith("Duplicate")) {
				TokenStreamLocation location = ex.getLocation();
				JsonParser parser = ex.processor();
				String path = parser != null ? path(parser.streamReadContext()) : "";
				throw new BadInputException(new InputError(fileName, location.getLineNr(), location.getColumnNr(),
						path.isEmpty() ? null : path, null, "this key appears twice in the same mapping"));
			}
			throw ex;
		}
	}

	private static String path(TokenStreamContext context) {
		if (context == null || context.inRoot()) {
			return "";
		}
		String parent = path(context.getParent());
		if (context.inArray()) {
			return context.hasCurrentIndex() ? element(parent, context.getCurrentIndex()) : parent;
		}
		return context.currentName() != null ? child(parent, context.currentName()) : parent;
	}

}
