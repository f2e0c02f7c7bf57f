package org.sixrates.vocabulary;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A row's values, one per field of {@code F}, each of the Java type its {@link ValueType}
 * reads ({@code String}, {@code Integer}, {@code Double}, {@code Boolean},
 * {@code LocalDate} or a {@link Term}); an empty optional value is the type's
 * {@link ValueType#whenEmpty()}.
 *
 * @param <F> the fields: {@link RecordField} or {@link CommitteeField}
 */
public final class Values<F extends Enum<F> & Field> {

	private final Class<F> fields;

	private final Map<F, Object> values;

	private Values(Class<F> fields, Map<F, Object> values) {
		this.fields = fields;
		this.values = Collections.unmodifiableMap(values);
	}

	/**
	 * The values of {@code values}, every field of {@code fields} present (an absent one
	 * is empty).
	 */
	public static <F extends Enum<F> & Field> Values<F> of(Class<F> fields, Map<F, ?> values) {
		if (values instanceof EnumMap<F, ?> every && every.size() == fields.getEnumConstants().length) {
			// a row read from a file has every field: copied as it is, an array's copy
			return new Values<>(fields, new EnumMap<>(every));
		}
		Map<F, Object> all = new EnumMap<>(fields);
		for (F field : fields.getEnumConstants()) {
			all.put(field, values.containsKey(field) ? values.get(field) : field.type().whenEmpty());
		}
		return new Values<>(fields, all);
	}

	/** The value of {@code field}; {@code null} where the type allows none. */
	public Object get(F field) {
		return values.get(field);
	}

	/** The value of {@code field} as {@code type}. */
	public <T> T get(F field, Class<T> type) {
		return type.cast(values.get(field));
	}

	/** The same values with {@code field} set to {@code value}. */
	public Values<F> with(F field, Object value) {
		Map<F, Object> changed = new EnumMap<>(values);
		changed.put(field, value);
		return new Values<>(fields, changed);
	}

	/** The value as a file or a form writes it. */
	public String text(F field) {
		return field.type().text(get(field));
	}

	/** The value as a reader reads it. */
	public String label(F field, Locale locale) {
		return field.type().label(get(field), locale);
	}

	/** Every field by its key, in field order, as JSON writes them. */
	public Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		values.forEach((field, value) -> json.put(field.key(), field.type().json(value)));
		return json;
	}

	/**
	 * The fields that are not part of the key, as the audit trail writes a row's before
	 * and after.
	 */
	public Map<String, Object> content() {
		Map<String, Object> json = new LinkedHashMap<>();
		values.forEach((field, value) -> {
			if (!field.identifies()) {
				json.put(field.key(), field.type().json(value));
			}
		});
		return json;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Values<?> that && fields.equals(that.fields) && values.equals(that.values);
	}

	@Override
	public int hashCode() {
		return Objects.hash(fields, values);
	}

	@Override
	public String toString() {
		return json().toString();
	}

}
