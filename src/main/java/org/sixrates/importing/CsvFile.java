package org.sixrates.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
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
 * for a cleared row). The text may be a string or a reader of a file: only the record
 * being parsed is held.
 */
final class CsvFile {

	// Empty lines are kept so that a record's character position is where its text
	// starts; blank rows are dropped below instead.
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
		try {
			read(file, new StringReader(text), action, errors);
		}
		catch (IOException readingAString) {
			throw new UncheckedIOException(readingAString);
		}
	}

	/**
	 * Like {@link #read(String, String, Consumer, List)}, for a text read as it is
	 * parsed. A reader that fails (bytes that changed since their encoding was found)
	 * ends the reading with an error at the line reached.
	 */
	static void read(String file, Reader text, Consumer<RawRow> action, List<InputError> errors) throws IOException {
		LineIndex lines = new LineIndex(text);
		try (CSVParser parser = CSVParser.parse(lines, FORMAT)) {
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
	}

	/**
	 * The text as the parser reads it, mapping character positions, asked for in
	 * increasing order, to 1-based line numbers: a line ends at LF, CRLF or a lone CR.
	 * Only the line ends the parser has read ahead of the position asked for are kept.
	 */
	private static final class LineIndex extends FilterReader {

		/** Where the line ends read and not yet passed are, in increasing order. */
		private final ArrayDeque<Long> ends = new ArrayDeque<>();

		private long position;

		private boolean afterCr;

		private int line = 1;

		LineIndex(Reader text) {
			super(text);
		}

		@Override
		public int read() throws IOException {
			int c = super.read();
			if (c < 0) {
				atEnd();
			}
			else {
				see((char) c);
			}
			return c;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read < 0) {
				atEnd();
			}
			for (int i = 0; i < read; i++) {
				see(buffer[offset + i]);
			}
			return read;
		}

		@Override
		public long skip(long n) {
			throw new UnsupportedOperationException("every character is counted");
		}

		@Override
		public boolean markSupported() {
			return false;
		}

		@Override
		public void mark(int limit) throws IOException {
			throw new IOException("every character is counted once");
		}

		private void see(char c) {
			if (afterCr && c != '\n') {
				ends.add(position - 1);
			}
			afterCr = c == '\r';
			if (c == '\n') {
				ends.add(position);
			}
			position++;
		}

		private void atEnd() {
			if (afterCr) {
				ends.add(position - 1);
				afterCr = false;
			}
		}

		int lineAt(long target) {
			while (!ends.isEmpty() && ends.peekFirst() < target) {
				ends.pollFirst();
				line++;
			}
			return line;
		}

	}

}
