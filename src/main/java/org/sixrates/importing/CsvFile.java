package org.sixrates.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sixrates.input.InputError;

/**
 * The records of an RFC 4180 text, streamed, each with the physical line it starts on: a
 * quoted line break inside a field makes every later record start further down than its
 * record number. Rows whose fields are all blank are skipped (Excel writes {@code ,,,,}
 * for a cleared row).
 */
final class CsvFile {

	// Empty lines are kept so that a record's character position is where its text
	// starts;
	// blank rows are dropped below instead.
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setIgnoreEmptyLines(false)
		.setIgnoreSurroundingSpaces(true)
		.get();

	private CsvFile() {
	}

	/**
	 * Hands every non-blank record of {@code text} to {@code action}; text that is not
	 * valid CSV (a quote never closed, text after a closing quote) adds an error and ends
	 * the reading.
	 */
	static void read(String file, String text, Consumer<RawRow> action, List<InputError> errors) {
		LineIndex lines = new LineIndex(text);
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			int nextLine = 1;
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						return;
					}
					record = records.next();
				}
				catch (UncheckedIOException malformed) {
					errors.add(InputError.of(file, nextLine, 0, null, null, "input.csv"));
					return;
				}
				nextLine = (int) parser.getCurrentLineNumber() + 1;
				RawRow row = new RawRow(lines.lineAt(record.getCharacterPosition()), record.toList());
				if (!row.blank()) {
					action.accept(row);
				}
			}
		}
		catch (IOException readingAString) {
			throw new UncheckedIOException(readingAString);
		}
	}

	/**
	 * Maps character positions, asked for in increasing order, to 1-based line numbers.
	 */
	private static final class LineIndex {

		private final String text;

		private int position;

		private int line = 1;

		LineIndex(String text) {
			this.text = text;
		}

		int lineAt(long target) {
			while (position < target && position < text.length()) {
				char c = text.charAt(position++);
				if (c == '\n' || (c == '\r' && (position >= text.length() || text.charAt(position) != '\n'))) {
					line++;
				}
			}
			return line;
		}

	}

}
