package org.sixrates.importing;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.sixrates.input.InputError;

/**
 * The records of an RFC 4180 text, streamed, each with the physical line it starts on: a
 * quoted line break inside a field makes every later record start further down than its
 * record number. Rows whose fields are all blank are skipped (Excel writes {@code ,,,,}
 * for a cleared row). The text may be a string or a reader of a file: only the record
 * being parsed is held.
 * <p>
 * A field is read as Commons CSV reads it in its RFC 4180 format with surrounding spaces
 * ignored: white space ({@link Character#isWhitespace}) before a field and after an
 * unquoted one is dropped, a quoted field keeps all it holds and {@code ""} in it is one
 * quote, a quote inside an unquoted field is a character like any other, a line ends at
 * LF, CRLF or a lone CR, and an empty line is a record of one empty field (so blank). The
 * records are scanned straight from a buffer of characters, each field cut out of it
 * once, rather than character by character through a general parser: the text of a
 * national file is read once per import, so its parsing is the import's floor.
 */
final class CsvFile {

	private static final int BUFFER = 64 * 1024;

	/** How many rows the parser hands over at a time, and how many batches ahead. */
	private static final int BATCH = 1024;

	private static final int AHEAD = 8;

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
	 * ends the reading with an error at the line of the record it was reading.
	 */
	static void read(String file, Reader text, Consumer<RawRow> action, List<InputError> errors) throws IOException {
		read(file, text, BUFFER, action, errors);
	}

	/**
	 * Like {@link #read(String, Reader, Consumer, List)}, the text parsed on a thread of
	 * its own a few batches of rows ahead of {@code action}, which runs on the caller's:
	 * the rows and errors are handed over in the same order, and the reading has ended
	 * when this returns, whatever {@code action} throws. A file on disk is parsed while
	 * its earlier rows are checked.
	 */
	static void readAhead(String file, Reader text, Consumer<RawRow> action, List<InputError> errors)
			throws IOException {
		BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(AHEAD);
		Thread parser = new Thread(() -> parse(file, text, batches), "six-rates-csv");
		parser.setDaemon(true);
		parser.start();
		try {
			while (true) {
				Batch batch = batches.take();
				batch.rows().forEach(action);
				if (batch.last()) {
					errors.addAll(batch.errors());
					if (batch.failed() instanceof IOException failed) {
						throw failed;
					}
					if (batch.failed() instanceof RuntimeException failed) {
						throw failed;
					}
					if (batch.failed() instanceof Error failed) {
						throw failed;
					}
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while " + file + " was read");
		}
		finally {
			// the parser stops at its next batch if the rows are no longer wanted
			parser.interrupt();
			try {
				parser.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static void parse(String file, Reader text, BlockingQueue<Batch> batches) {
		List<RawRow> rows = new ArrayList<>(BATCH);
		List<InputError> found = new ArrayList<>();
		Throwable failed = null;
		try {
			read(file, text, BUFFER, row -> {
				rows.add(row);
				if (rows.size() == BATCH) {
					hand(batches, new Batch(List.copyOf(rows), List.of(), null, false));
					rows.clear();
				}
			}, found);
		}
		catch (Unwanted stop) {
			return;
		}
		catch (IOException | RuntimeException | Error ex) {
			failed = ex;
		}
		try {
			hand(batches, new Batch(rows, found, failed, true));
		}
		catch (Unwanted stop) {
			// nobody reads the last batch
		}
	}

	private static void hand(BlockingQueue<Batch> batches, Batch batch) {
		try {
			batches.put(batch);
		}
		catch (InterruptedException ex) {
			throw new Unwanted();
		}
	}

	/** Rows parsed ahead; the last with the errors of the text, or what failed. */
	private record Batch(List<RawRow> rows, List<InputError> errors, Throwable failed, boolean last) {
	}

	/** The rows parsed ahead are no longer wanted. */
	private static final class Unwanted extends RuntimeException {

		Unwanted() {
			super(null, null, false, false);
		}

	}

	/** Like {@link #read(String, Reader, Consumer, List)}, with a buffer's first size. */
	static void read(String file, Reader text, int buffer, Consumer<RawRow> action, List<InputError> errors)
			throws IOException {
		Scanner scanner = new Scanner(text, buffer);
		while (true) {
			int line = scanner.line;
			String[] fields;
			try {
				fields = scanner.record();
			}
			catch (IOException | Malformed malformed) {
				errors.add(InputError.of(file, line, 0, null, null, "input.csv"));
				return;
			}
			if (fields == null) {
				return;
			}
			RawRow row = new RawRow(line, Arrays.asList(fields));
			if (!row.blank()) {
				action.accept(row);
			}
		}
	}

	/** A quote never closed, or text after a closing quote. */
	private static final class Malformed extends Exception {

		Malformed() {
			super(null, null, false, false);
		}

	}

	/**
	 * The records of a text, from a buffer that holds at least the field being read: the
	 * fields before it are cut out already, so a refill keeps only its start onwards and
	 * a field longer than the buffer grows it.
	 */
	private static final class Scanner {

		private static final int END = -1;

		private final Reader text;

		private char[] buffer;

		/** The next character to read. */
		private int position;

		/** The end of the characters read into the buffer. */
		private int limit;

		/** Where the field being read starts: the buffer keeps it from there. */
		private int mark;

		private boolean ended;

		/** The line the next record starts on: 1 + the line ends read so far. */
		private int line = 1;

		/** The fields of the record being read. */
		private String[] fields = new String[16];

		private int count;

		Scanner(Reader text, int size) {
			this.text = text;
			this.buffer = new char[Math.max(2, size)];
		}

		/** The next record's fields, or {@code null} at the end of the text. */
		String[] record() throws IOException, Malformed {
			count = 0;
			if (peek() == END) {
				return null;
			}
			while (true) {
				// a field: white space before it skipped, up to its delimiter or line end
				mark = position;
				int c = peek();
				while (c != END && c != ',' && c != '\r' && c != '\n' && whitespace((char) c)) {
					mark = ++position;
					c = peek();
				}
				if (c == '"') {
					position++;
					add(quoted());
				}
				else {
					add(plain());
				}
				c = peek();
				if (c == ',') {
					position++;
					continue;
				}
				if (c != END) {
					endOfLine();
				}
				return Arrays.copyOf(fields, count);
			}
		}

		/** An unquoted field, up to a delimiter, a line end or the end of the text. */
		private String plain() throws IOException {
			mark = position;
			while (true) {
				if (position == limit && !fill()) {
					break;
				}
				char c = buffer[position];
				if (c == ',' || c == '\r' || c == '\n') {
					break;
				}
				position++;
			}
			int end = position;
			while (end > mark && whitespace(buffer[end - 1])) {
				end--;
			}
			return new String(buffer, mark, end - mark);
		}

		/**
		 * A quoted field after its opening quote, up to its closing one, {@code ""} in it
		 * written over in place as one quote, then the white space up to a delimiter, a
		 * line end or the end of the text.
		 */
		private String quoted() throws IOException, Malformed {
			mark = position;
			// the field's characters are moved down over each doubled quote's first; a
			// refill moves the field, so its length is kept, not where it ends
			int length = 0;
			while (true) {
				if (position == limit && !fill()) {
					throw new Malformed();
				}
				char c = buffer[position++];
				if (c == '"') {
					if (peek() == '"') {
						position++;
					}
					else {
						break;
					}
				}
				else if (c == '\r') {
					if (peek() != '\n') {
						line++;
					}
				}
				else if (c == '\n') {
					line++;
				}
				buffer[mark + length++] = c;
			}
			String field = new String(buffer, mark, length);
			while (true) {
				int c = peek();
				if (c == END || c == ',' || c == '\r' || c == '\n') {
					return field;
				}
				if (!whitespace((char) c)) {
					throw new Malformed();
				}
				position++;
			}
		}

		/** Reads the line end at {@link #position}: LF, CR, or CR LF as one. */
		private void endOfLine() throws IOException {
			char c = buffer[position++];
			if (c == '\r' && peek() == '\n') {
				position++;
			}
			line++;
		}

		private void add(String field) {
			if (count == fields.length) {
				fields = Arrays.copyOf(fields, 2 * count);
			}
			fields[count++] = field;
		}

		/** The character at {@link #position}, or {@link #END}. */
		private int peek() throws IOException {
			if (position == limit && !fill()) {
				return END;
			}
			return buffer[position];
		}

		/**
		 * Reads more of the text after {@link #limit}, keeping the buffer from
		 * {@link #mark} on (moved to its start); whether any was read.
		 */
		private boolean fill() throws IOException {
			if (ended) {
				return false;
			}
			int keep = mark;
			if (keep > 0) {
				System.arraycopy(buffer, keep, buffer, 0, limit - keep);
				limit -= keep;
				position -= keep;
				mark -= keep;
			}
			if (limit == buffer.length) {
				buffer = Arrays.copyOf(buffer, 2 * buffer.length);
			}
			int read = text.read(buffer, limit, buffer.length - limit);
			while (read == 0) {
				read = text.read(buffer, limit, buffer.length - limit);
			}
			if (read < 0) {
				ended = true;
				return false;
			}
			limit += read;
			return true;
		}

		/** Commons CSV's white space, looked up only outside printable ASCII. */
		private static boolean whitespace(char c) {
			return (c <= ' ' || c >= 0x7F) && Character.isWhitespace(c);
		}

	}

}
