package org.sixrates.importing;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sixrates.input.InputError;
import org.sixrates.vocabulary.Field;
import org.sixrates.vocabulary.Localizable;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.ValueType;
import org.sixrates.vocabulary.Values;

/**
 * One data row read through its header. Each field's cell is read by its
 * {@link ValueType}; a value that cannot be read adds an error naming the cell, so that
 * one pass over a file finds all its errors. An empty cell of a required field is an
 * error; of an optional field it gives the type's empty value.
 *
 * @param <F> the fields of the kind of file
 */
final class Fields<F extends Enum<F> & Field> {

	private final RowSource source;

	private final RawRow row;

	private final Header<F> header;

	private final List<InputError> errors;

	private final int errorsBefore;

	private final Map<F, Object> values;

	Fields(Class<F> type, RowSource source, RawRow row, Header<F> header, List<InputError> errors) {
		this.source = source;
		this.row = row;
		this.header = header;
		this.errors = errors;
		this.errorsBefore = errors.size();
		this.values = new EnumMap<>(type);
		errors.addAll(row.refused());
	}

	/**
	 * Reads every field's cell; called once the row is known to have the header's shape.
	 */
	void read(Class<F> type) {
		for (F field : type.getEnumConstants()) {
			values.put(field, read(field));
		}
	}

	/** Orders this row's errors by column, as a reader goes through the row. */
	void sortErrors() {
		if (errors.size() - errorsBefore < 2) {
			return;
		}
		List<InputError> mine = errors.subList(errorsBefore, errors.size());
		List<InputError> sorted = mine.stream().sorted(Comparator.comparingInt(InputError::column)).toList();
		for (int i = 0; i < sorted.size(); i++) {
			mine.set(i, sorted.get(i));
		}
	}

	int line() {
		return row.line();
	}

	/** Whether no field of this row has an error so far. */
	boolean valid() {
		return errors.size() == errorsBefore;
	}

	/** The value read for {@code field}, {@code null} when it could not be read. */
	Object get(F field) {
		return values.get(field);
	}

	/** Every field's value; call when {@link #valid()}. */
	Values<F> values(Class<F> type) {
		return Values.of(type, values);
	}

	/** Replaces the value read for {@code field} (a committee's name by its code). */
	void set(F field, Object value) {
		values.put(field, value);
	}

	/** The cell stripped, or {@code ""} when the file has no such column. */
	String text(F field) {
		int index = header.index(field);
		return (index < 0 || index >= row.values().size()) ? "" : row.values().get(index).strip();
	}

	/**
	 * Adds an error about this row's cell of {@code field}, quoting what is written
	 * there, and returns it.
	 */
	InputError reject(F field, Localizable expected) {
		InputError error = source.located(new InputError(source.file(), row.line(), header.index(field) + 1,
				header.written(field), text(field), expected));
		errors.add(error);
		return error;
	}

	InputError reject(F field, String key, Object... arguments) {
		return reject(field, Message.of(key, arguments));
	}

	/** Whether this row's field count differs from the header's, reporting it if so. */
	boolean misshapen() {
		int size = row.values().size();
		if (size == header.size()) {
			return false;
		}
		int column = Math.min(size, header.size()) + 1;
		errors.add(source.located(InputError.of(source.file(), row.line(), column, header.nameAt(column - 1), null,
				"input.fieldCount", header.size(), header.line(), size)));
		return true;
	}

	private Object read(F field) {
		if (row.refusedAt(header.index(field) + 1)) {
			return null;
		}
		String text = text(field);
		if (text.isEmpty()) {
			if (field.required()) {
				// a required column absent from the header was reported once, with the
				// header
				if (header.index(field) >= 0) {
					reject(field, "input.required", field);
				}
				return null;
			}
			return field.type().whenEmpty();
		}
		ValueType.Parsed parsed = field.type().parse(text);
		if (parsed.failed()) {
			reject(field, parsed.error());
			return null;
		}
		return parsed.value();
	}

}
