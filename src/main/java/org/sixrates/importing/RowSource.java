package org.sixrates.importing;

import java.util.List;
import java.util.function.Consumer;

import org.sixrates.input.InputError;

/**
 * The rows of a file to import, whatever its format: a CSV text or the first worksheet of
 * an {@code .xlsx} workbook. Both go through the same {@link FileTable}, so that a file's
 * format can never change what a valid row is.
 */
interface RowSource {

	/** The file's name as the user knows it. */
	String file();

	/**
	 * Hands every non-blank row to {@code action}, in order; a file that cannot be read
	 * further adds an error and ends the reading.
	 */
	void read(Consumer<RawRow> action, List<InputError> errors);

	/**
	 * An error at a line and column of this file, placed as the format places it: in a
	 * worksheet, at its cell.
	 */
	default InputError located(InputError error) {
		return error;
	}

	/** A CSV text. */
	record Csv(String file, String text) implements RowSource {

		@Override
		public void read(Consumer<RawRow> action, List<InputError> errors) {
			CsvFile.read(file, text, action, errors);
		}

	}

}
