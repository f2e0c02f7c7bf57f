package org.sixrates.importing;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sixrates.input.InputError;

/**
 * Where each column is in a file: header names in English or Chinese, any case, any
 * order, surrounding spaces ignored. An unknown name is an error (most likely a typo, and
 * its values would otherwise be lost without a word), and so is a column named twice or a
 * required column missing.
 *
 * @param <C> the columns of the kind of file
 */
final class Header<C extends Enum<C> & Column> {

	private final int line;

	private final int size;

	private final Map<C, Integer> positions;

	private final Map<C, String> written;

	private Header(int line, int size, Map<C, Integer> positions, Map<C, String> written) {
		this.line = line;
		this.size = size;
		this.positions = positions;
		this.written = written;
	}

	/**
	 * The header in {@code row}, adding an error for every name that is wrong or missing.
	 */
	static <C extends Enum<C> & Column> Header<C> read(String file, CsvRow row, Class<C> type,
			List<InputError> errors) {
		Map<String, C> byName = new HashMap<>();
		for (C column : type.getEnumConstants()) {
			column.names().forEach(name -> byName.put(name, column));
		}
		Map<C, Integer> positions = new EnumMap<>(type);
		Map<C, String> written = new EnumMap<>(type);
		List<String> names = row.values();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).strip();
			C column = byName.get(name.toLowerCase(Locale.ROOT));
			if (column == null) {
				errors.add(new InputError(file, row.line(), i + 1, null, name, "a column named one of "
						+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Column::describe).toList())));
			}
			else if (positions.containsKey(column)) {
				errors.add(new InputError(file, row.line(), i + 1, null, name,
						"each column once; column " + (positions.get(column) + 1) + " (" + written.get(column) + ") is "
								+ column.names().get(0) + " already"));
			}
			else {
				positions.put(column, i);
				written.put(column, name);
			}
		}
		for (C column : type.getEnumConstants()) {
			if (column.required() && !positions.containsKey(column)) {
				errors.add(new InputError(file, row.line(), 0, column.names().get(0), null,
						"a column " + column.describe() + " in the header"));
			}
		}
		return new Header<>(row.line(), names.size(), positions, written);
	}

	int line() {
		return line;
	}

	/** The number of fields every row must have. */
	int size() {
		return size;
	}

	/** The 0-based position of {@code column}, or -1 when the file does not have it. */
	int index(C column) {
		return positions.getOrDefault(column, -1);
	}

	/** The column's name as the header writes it, or its English name when absent. */
	String written(C column) {
		return written.getOrDefault(column, column.names().get(0));
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
