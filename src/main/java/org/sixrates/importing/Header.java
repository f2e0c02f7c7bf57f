package org.sixrates.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sixrates.input.InputError;
import org.sixrates.vocabulary.Field;
import org.sixrates.vocabulary.Messages;

/**
 * Where each field is in a file: header names as {@link Field#headerNames()} accepts them
 * (the key, the labels in both languages and the aliases), any case, any order,
 * surrounding spaces ignored. An unknown name is an error (most likely a typo, and its
 * values would otherwise be lost without a word), and so is a field named twice or a
 * required field missing. A header that is the other kind of file's (a committees file
 * given as records) is one error, not one per column.
 *
 * @param <F> the fields of the kind of file
 */
final class Header<F extends Enum<F> & Field> {

	private final int line;

	private final int size;

	private final Map<F, Integer> positions;

	private final Map<F, String> written;

	private final boolean misplaced;

	private Header(int line, int size, Map<F, Integer> positions, Map<F, String> written, boolean misplaced) {
		this.line = line;
		this.size = size;
		this.positions = positions;
		this.written = written;
		this.misplaced = misplaced;
	}

	/**
	 * The header in {@code row}, adding an error for every name that is wrong or missing.
	 */
	static <F extends Enum<F> & Field> Header<F> read(RowSource source, RawRow row, ImportContent content,
			Class<F> type, List<InputError> errors) {
		String file = source.file();
		List<InputError> found = new ArrayList<>(row.refused());
		Map<String, F> byName = new HashMap<>();
		for (F field : type.getEnumConstants()) {
			field.headerNames().forEach(name -> byName.put(name, field));
		}
		Map<F, Integer> positions = new EnumMap<>(type);
		Map<F, String> written = new EnumMap<>(type);
		List<String> names = row.values();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).strip();
			F field = byName.get(name.toLowerCase(Locale.ROOT));
			if (field == null) {
				found.add(source.located(InputError.of(file, row.line(), i + 1, null, name, "input.column.unknown",
						Messages.list(Arrays.stream(type.getEnumConstants()).map(Field::described).toList()))));
			}
			else if (positions.containsKey(field)) {
				found.add(source.located(InputError.of(file, row.line(), i + 1, null, name, "input.column.twice",
						positions.get(field) + 1, written.get(field), field)));
			}
			else {
				positions.put(field, i);
				written.put(field, name);
			}
		}
		for (F field : type.getEnumConstants()) {
			if (field.required() && !positions.containsKey(field)) {
				found.add(source.located(InputError.of(file, row.line(), 0, field.key(), null, "input.column.missing",
						field.described())));
			}
		}
		ImportContent other = content.other();
		boolean misplaced = !found.isEmpty() && other.isHeader(names);
		if (misplaced) {
			errors.add(source.located(InputError.of(file, row.line(), 0, null, null, "input.misplaced." + other.tag(),
					String.join(",", names.stream().map(String::strip).toList()))));
		}
		else {
			errors.addAll(found);
		}
		return new Header<>(row.line(), names.size(), positions, written, misplaced);
	}

	/** Whether the header is the other kind of file's, reported as such. */
	boolean misplaced() {
		return misplaced;
	}

	int line() {
		return line;
	}

	/** The number of fields every row must have. */
	int size() {
		return size;
	}

	/** The 0-based position of {@code field}, or -1 when the file does not have it. */
	int index(F field) {
		return positions.getOrDefault(field, -1);
	}

	/** The field's name as the header writes it, or its key when absent. */
	String written(F field) {
		return written.getOrDefault(field, field.key());
	}

	/** The name written at a 0-based position, or {@code null} for an unknown column. */
	String nameAt(int index) {
		return positions.entrySet()
			.stream()
			.filter(entry -> entry.getValue() == index)
			.map(entry -> written.get(entry.getKey()))
			.findFirst()
			.orElse(null);
	}

}
