package org.sixrates.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.sixrates.input.InputError;

/**
 * The rows of a file to import, whatever its format: a CSV text or the first worksheet of
 * an {@code .xlsx} workbook, in memory, or a CSV file on disk. All go through the same
 * {@link FileTable}, so that a file's format can never change what a valid row is.
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

	/**
	 * A CSV file on disk, parsed as it is read, never held whole, in the encoding a first
	 * pass over it found ({@link CsvText#encoding}), a few batches of rows ahead of the
	 * rows' checks ({@link CsvFile#readAhead}).
	 */
	record CsvPath(String file, Path path, CsvText.Encoding encoding) implements RowSource {

		@Override
		public void read(Consumer<RawRow> action, List<InputError> errors) {
			try (InputStream bytes = Files.newInputStream(path); Reader text = encoding.reader(bytes)) {
				CsvFile.readAhead(file, text, action, errors);
			}
			catch (IOException ex) {
				errors.add(InputError.of(file, 0, 0, null, null, "input.file.unreadable", ex.getMessage()));
			}
		}

	}

}
