package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sixrates.input.InputError;

/**
 * The records {@link CsvFile} reads are those Commons CSV reads in its RFC 4180 format
 * with surrounding spaces ignored, for any text of commas, quotes, line ends, white space
 * (ASCII and not) and other characters, whatever the size of the buffer and of each read:
 * the same fields, each record on the physical line where it starts, and a text that is
 * not CSV refused at the line of the record that is wrong, after the same records.
 */
class CsvFileParsingTests {

	private static final CSVFormat COMMONS = CSVFormat.RFC4180.builder()
		.setIgnoreEmptyLines(false)
		.setIgnoreSurroundingSpaces(true)
		.get();

	@Property(tries = 3000)
	void readsAsCommonsCsvReads(@ForAll("texts") String text, @ForAll @IntRange(min = 2, max = 9) int buffer,
			@ForAll @IntRange(min = 1, max = 5) int chunk) throws IOException {
		List<String> read = new ArrayList<>();
		List<InputError> errors = new ArrayList<>();

		CsvFile.read("f.csv", new Chunks(text, chunk), buffer,
				row -> read.add(row.line() + " " + String.join("|", row.values())), errors);

		List<String> expected = new ArrayList<>();
		Integer refusedAt = commons(text, expected);
		assertThat(read).isEqualTo(expected);
		assertThat(errors).extracting(InputError::line)
			.containsExactlyElementsOf((refusedAt == null) ? List.of() : List.of(refusedAt));
	}

	@Property(tries = 300)
	void readsAStringAsItsReaderIsRead(@ForAll("texts") String text) {
		List<String> read = new ArrayList<>();
		List<InputError> errors = new ArrayList<>();

		CsvFile.read("f.csv", text, row -> read.add(row.line() + " " + String.join("|", row.values())), errors);

		List<String> expected = new ArrayList<>();
		Integer refusedAt = commons(text, expected);
		assertThat(read).isEqualTo(expected);
		assertThat(errors).hasSize((refusedAt == null) ? 0 : 1);
	}

	@Test
	void parsedAheadTheRowsAndTheErrorComeInTheSameOrder() throws IOException {
		// 10 000 rows (ten batches), a blank one, then a quote never closed
		StringBuilder text = new StringBuilder("id,title\n");
		for (int i = 1; i <= 10_000; i++) {
			text.append(i).append(",\"t ").append(i).append("\"\n");
		}
		text.append(",\n").append("x,\"open\n");
		List<String> direct = new ArrayList<>();
		List<InputError> directErrors = new ArrayList<>();
		CsvFile.read("f.csv", text.toString(), row -> direct.add(row.line() + " " + row.values()), directErrors);
		List<String> ahead = new ArrayList<>();
		List<InputError> aheadErrors = new ArrayList<>();

		CsvFile.readAhead("f.csv", new StringReader(text.toString()), row -> ahead.add(row.line() + " " + row.values()),
				aheadErrors);

		assertThat(ahead).hasSize(10_001).isEqualTo(direct);
		assertThat(aheadErrors).extracting(InputError::line).containsExactly(10_003);
		assertThat(aheadErrors).isEqualTo(directErrors);
	}

	@Test
	void whatTheRowsActionThrowsEndsTheReadingAhead() {
		String text = "a\n".repeat(50_000);
		List<String> seen = new ArrayList<>();

		assertThatThrownBy(() -> CsvFile.readAhead("f.csv", new StringReader(text), row -> {
			seen.add(row.values().get(0));
			if (seen.size() == 3000) {
				throw new IllegalStateException("enough");
			}
		}, new ArrayList<>())).hasMessage("enough");
		assertThat(seen).hasSize(3000);
		assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("six-rates-csv");
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries
			.of("a", "bc", "中文", " ", "\t", "\u3000", "\u00A0", "\u001F", ",", ",", "\"", "\"", "\"\"", "\r", "\n",
					"\r\n", "\n\n")
			.list()
			.ofMaxSize(30)
			.map(parts -> String.join("", parts));
	}

	/**
	 * The non-blank records Commons CSV reads, each as its line and fields, into
	 * {@code records}; the line it refuses the text at, if any: the one after the lines
	 * its last record took, as the reader of a file was told before.
	 */
	private static Integer commons(String text, List<String> records) {
		try (CSVParser parser = CSVParser.parse(new StringReader(text), COMMONS)) {
			Iterator<CSVRecord> iterator = parser.iterator();
			int nextLine = 1;
			while (true) {
				CSVRecord record;
				try {
					if (!iterator.hasNext()) {
						return null;
					}
					record = iterator.next();
				}
				catch (UncheckedIOException malformed) {
					return nextLine;
				}
				nextLine = (int) parser.getCurrentLineNumber() + 1;
				List<String> values = record.toList();
				if (!values.stream().allMatch(String::isBlank)) {
					records.add(lineAt(text, record.getCharacterPosition()) + " " + String.join("|", values));
				}
			}
		}
		catch (IOException closing) {
			throw new UncheckedIOException(closing);
		}
	}

	/** One more than the line ends (LF, CRLF, a lone CR) before {@code position}. */
	private static int lineAt(String text, long position) {
		int line = 1;
		for (int i = 0; i < position; i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				line++;
			}
		}
		return line;
	}

	/** A reader that hands over at most {@code chunk} characters per read. */
	private static final class Chunks extends Reader {

		private final String text;

		private final int chunk;

		private int position;

		Chunks(String text, int chunk) {
			this.text = text;
			this.chunk = chunk;
		}

		@Override
		public int read(char[] buffer, int offset, int length) {
			if (position >= text.length()) {
				return -1;
			}
			int n = Math.min(Math.min(length, chunk), text.length() - position);
			text.getChars(position, position + n, buffer, offset);
			position += n;
			return n;
		}

		@Override
		public void close() {
		}

	}

}
