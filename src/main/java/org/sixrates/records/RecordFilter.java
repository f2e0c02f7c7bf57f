package org.sixrates.records;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.ValueType;
import org.sixrates.web.Refused;
import org.springframework.util.MultiValueMap;

/**
 * Which records to list: per field the allowed values, OR within a field, AND across
 * fields, like a rule's filter (DESIGN §3); no values allow everything. Each value is
 * read by its field's type, as in the files: English or Chinese,
 * {@code 是}/{@code yes}/{@code 1} alike. A search text ({@code q}) keeps the records
 * whose title contains it, ignoring case; {@code %} and {@code _} are plain characters.
 *
 * @param allowed field → the values allowed, in {@link #FIELDS} order
 * @param title the text searched for in the titles, {@code null} for none
 */
public record RecordFilter(Map<RecordField, List<Object>> allowed, String title) {

	/** The query parameter of the title search. */
	public static final String SEARCH = "q";

	/**
	 * The fields a list may be filtered on, in this order, as the drill-down links write
	 * them.
	 */
	public static final Set<RecordField> FIELDS = Set.of(RecordField.COMMITTEE, RecordField.YEAR, RecordField.KIND,
			RecordField.SUBTYPE, RecordField.LEVEL, RecordField.STATUS, RecordField.CONVERTED, RecordField.SATISFACTION,
			RecordField.REVIEW);

	/** No filter: every record. */
	public static final RecordFilter NONE = new RecordFilter(Map.of());

	/** A filter without a title search. */
	public RecordFilter(Map<RecordField, List<Object>> allowed) {
		this(allowed, null);
	}

	public RecordFilter {
		Map<RecordField, List<Object>> copy = new EnumMap<>(RecordField.class);
		allowed.forEach((field, values) -> {
			if (!values.isEmpty()) {
				copy.put(field, List.copyOf(values));
			}
		});
		allowed = Collections.unmodifiableMap(copy);
		title = (title == null || title.isBlank()) ? null : title.strip();
	}

	/**
	 * The filter of a request's parameters; blank values (a form's "all") are ignored,
	 * other parameters such as {@code page} too. A value that means nothing is a 400.
	 */
	public static RecordFilter of(MultiValueMap<String, String> parameters) {
		Map<RecordField, List<Object>> allowed = new EnumMap<>(RecordField.class);
		for (RecordField field : RecordField.values()) {
			if (!FIELDS.contains(field)) {
				continue;
			}
			List<Object> values = new ArrayList<>();
			for (String text : parameters.getOrDefault(field.key(), List.of())) {
				if (text != null && !text.isBlank()) {
					Object value = value(field, text.strip());
					if (!values.contains(value)) {
						values.add(value);
					}
				}
			}
			allowed.put(field, values);
		}
		return new RecordFilter(allowed, parameters.getFirst(SEARCH));
	}

	/** The values allowed for {@code field}, empty for any. */
	public List<Object> values(RecordField field) {
		return allowed.getOrDefault(field, List.of());
	}

	/** The values of each field that has any, by key, for the page. */
	public Map<String, List<Object>> applied() {
		Map<String, List<Object>> applied = new LinkedHashMap<>();
		allowed.forEach((field, values) -> applied.put(field.key(), values));
		return applied;
	}

	/** The values of one field as query parameter values. */
	public List<String> parameters(String key) {
		return RecordField.ofKey(key)
			.map(field -> values(field).stream().map(value -> field.type().text(value)).toList())
			.orElse(List.of());
	}

	/** The same filter without one field. */
	public RecordFilter without(String key) {
		Map<RecordField, List<Object>> fewer = new EnumMap<>(RecordField.class);
		allowed.forEach((field, values) -> {
			if (!field.key().equals(key)) {
				fewer.put(field, values);
			}
		});
		return new RecordFilter(fewer, title);
	}

	/** The same filter with one field's values replaced by {@code value}. */
	public RecordFilter with(RecordField field, Object value) {
		Map<RecordField, List<Object>> changed = new EnumMap<>(RecordField.class);
		changed.putAll(allowed);
		changed.put(field, List.of(value));
		return new RecordFilter(changed, title);
	}

	/** The records page of this filter: {@code /records?kind=PROPOSAL&page=2}. */
	public String link(int page) {
		List<Map.Entry<String, String>> query = new ArrayList<>(query());
		if (page > 1) {
			query.add(Map.entry("page", Integer.toString(page)));
		}
		return link(query);
	}

	/** This filter's query parameters, name and value, in {@link #FIELDS} order. */
	public List<Map.Entry<String, String>> query() {
		List<Map.Entry<String, String>> query = new ArrayList<>();
		allowed.forEach((field, values) -> values
			.forEach(value -> query.add(Map.entry(field.key(), field.type().text(value)))));
		if (title != null) {
			query.add(Map.entry(SEARCH, title));
		}
		return query;
	}

	/**
	 * {@code /records} with these parameters, each value encoded whole (a search text may
	 * hold {@code %}, {@code &}, {@code +} or braces).
	 */
	static String link(List<Map.Entry<String, String>> query) {
		StringBuilder link = new StringBuilder("/records");
		char separator = '?';
		for (Map.Entry<String, String> parameter : query) {
			link.append(separator)
				.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
			separator = '&';
		}
		return link.toString();
	}

	private static Object value(RecordField field, String text) {
		if (field == RecordField.COMMITTEE) {
			return text;
		}
		ValueType.Parsed parsed = field.type().parse(text);
		if (parsed.failed()) {
			throw Refused.badParameter(field.key(), text, parsed.error());
		}
		return parsed.value();
	}

}
