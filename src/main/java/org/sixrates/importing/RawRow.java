package org.sixrates.importing;

import java.util.List;

import org.sixrates.input.InputError;

/**
 * One row of a file as written, before its header gives the values a meaning: a CSV
 * record or a worksheet row.
 *
 * @param line the physical line of the file where the record starts, or the sheet's row
 * number (1-based)
 * @param values the fields in file order, not yet stripped
 * @param refused the cells that hold no value to read (a worksheet cell showing
 * {@code #DIV/0!}), each with its error; their values are empty
 */
record RawRow(int line, List<String> values, List<InputError> refused) {

	RawRow(int line, List<String> values) {
		this(line, values, List.of());
	}

	boolean blank() {
		return refused.isEmpty() && values.stream().allMatch(String::isBlank);
	}

	/** Whether the cell at a 1-based column was refused already. */
	boolean refusedAt(int column) {
		// asked of every cell of every row: a CSV row refuses none
		if (refused.isEmpty()) {
			return false;
		}
		return refused.stream().anyMatch(error -> error.column() == column);
	}

}
