package org.sixrates.recordsview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.sixrates.records.Kind;
import org.sixrates.records.Level;
import org.sixrates.records.Satisfaction;
import org.sixrates.records.Status;
import org.sixrates.records.Subtypes;
import org.sixrates.records.Vocabulary;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which records to list: per field the allowed values, OR within a field, AND across
 * fields, like a rule's filter (DESIGN §3); an empty list allows everything. Values are
 * read in English or Chinese, as in the files.
 */
public record RecordFilter(List<String> committee, List<Integer> year, List<Kind> kind, List<String> subtype,
		List<Level> level, List<Status> status, List<Boolean> converted, List<Satisfaction> satisfaction) {

	/** The query parameters, in this order, as the drill-down links write them. */
	public static final List<String> FIELDS = List.of("committee", "year", "kind", "subtype", "level", "status",
			"converted", "satisfaction");

	/** No filter: every record. */
	public static final RecordFilter NONE = new RecordFilter(List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of(), List.of(), List.of());

	/**
	 * The filter of a request's parameters; blank values (a form's "all") are ignored,
	 * other parameters such as {@code page} too. A value that means nothing is a 400.
	 */
	public static RecordFilter of(MultiValueMap<String, String> parameters) {
		return new RecordFilter(values(parameters, "committee", String::strip),
				values(parameters, "year", RecordFilter::year),
				values(parameters, "kind", text -> term(Kind.class, "kind", text)),
				values(parameters, "subtype", Subtypes::canonical),
				values(parameters, "level", text -> term(Level.class, "level", text)),
				values(parameters, "status", text -> term(Status.class, "status", text)),
				values(parameters, "converted", RecordFilter::yesNo),
				values(parameters, "satisfaction", text -> term(Satisfaction.class, "satisfaction", text)));
	}

	/** The values of each field that has any, in {@link #FIELDS} order. */
	public Map<String, List<?>> applied() {
		Map<String, List<?>> applied = new LinkedHashMap<>();
		List<List<?>> all = List.of(committee, year, kind, subtype, level, status, converted, satisfaction);
		for (int i = 0; i < FIELDS.size(); i++) {
			if (!all.get(i).isEmpty()) {
				applied.put(FIELDS.get(i), all.get(i));
			}
		}
		return applied;
	}

	/** The values of one field as query parameter values. */
	public List<String> parameters(String field) {
		List<?> values = applied().getOrDefault(field, List.of());
		return values.stream().map(RecordFilter::parameter).toList();
	}

	/** The same filter without one field. */
	public RecordFilter without(String field) {
		return new RecordFilter(drop(field, "committee", committee), drop(field, "year", year),
				drop(field, "kind", kind), drop(field, "subtype", subtype), drop(field, "level", level),
				drop(field, "status", status), drop(field, "converted", converted),
				drop(field, "satisfaction", satisfaction));
	}

	/** The records page of this filter: {@code /records?kind=PROPOSAL&page=2}. */
	public String link(int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/records");
		applied().forEach((field, values) -> values.forEach(value -> link.queryParam(field, parameter(value))));
		if (page > 1) {
			link.queryParam("page", page);
		}
		return link.encode().build().toUriString();
	}

	private static String parameter(Object value) {
		return (value instanceof Enum<?> constant) ? constant.name() : String.valueOf(value);
	}

	private static <T> List<T> drop(String dropped, String field, List<T> values) {
		return dropped.equals(field) ? List.of() : values;
	}

	private static <T> List<T> values(MultiValueMap<String, String> parameters, String field,
			Function<String, T> parse) {
		List<T> values = new ArrayList<>();
		for (String text : parameters.getOrDefault(field, List.of())) {
			if (text != null && !text.isBlank()) {
				T value = parse.apply(text);
				if (!values.contains(value)) {
					values.add(value);
				}
			}
		}
		return List.copyOf(values);
	}

	private static <E extends Enum<E> & Vocabulary> E term(Class<E> type, String field, String text) {
		return Vocabulary.parse(type, text).orElseThrow(() -> bad(field, text, "one of " + Vocabulary.describe(type)));
	}

	private static Integer year(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw bad("year", text, "a year such as 2024");
		}
	}

	private static Boolean yesNo(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "true", "是" -> true;
			case "false", "否" -> false;
			default -> throw bad("converted", text, "true (是) or false (否)");
		};
	}

	private static ResponseStatusException bad(String field, String text, String expected) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST,
				"Parameter " + field + ": \"" + text + "\" — expected " + expected);
	}

}
