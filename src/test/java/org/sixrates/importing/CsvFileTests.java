package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sixrates.input.InputError;

/**
 * The records of a CSV text and the physical lines they start on, from a string and from
 * a reader that hands over one character at a time (a file read as it is parsed, its line
 * ends split across reads), alike.
 */
class CsvFileTests {

	@Test
	void recordsStartOnTheirPhysicalLineWhateverTheLineEnds() throws IOException {
		// line 1 a,b (CRLF); lines 2–3 c,"x⏎y" (LF inside the quotes, then a lone CR);
		// line 4 d,e (LF); line 5 empty, skipped; line 6 f,g without a line end
		String text = "a,b\r\nc,\"x\ny\"\rd,e\n\nf,g";

		assertThat(lines(text, false)).containsExactly("1 [a, b]", "2 [c, x\ny]", "4 [d, e]", "6 [f, g]");
		assertThat(lines(text, true)).containsExactly("1 [a, b]", "2 [c, x\ny]", "4 [d, e]", "6 [f, g]");
	}

	@Test
	void loneCarriageReturnsEndLinesToTheEnd() throws IOException {
		// a, an empty line, b, then a CR at the very end
		String text = "a\r\rb\r";

		assertThat(lines(text, false)).containsExactly("1 [a]", "3 [b]");
		assertThat(lines(text, true)).containsExactly("1 [a]", "3 [b]");
	}

	@Test
	void anUnclosedQuoteIsAnErrorAtTheLineReached() throws IOException {
		List<InputError> errors = new ArrayList<>();
		List<String> rows = new ArrayList<>();

		CsvFile.read("f.csv", new Trickle("a,b\nc,\"d\n"), row -> rows.add(row.line() + " " + row.values()), errors);

		assertThat(rows).containsExactly("1 [a, b]");
		assertThat(errors).extracting(InputError::line).containsExactly(2);
	}

	private static List<String> lines(String text, boolean trickle) throws IOException {
		List<InputError> errors = new ArrayList<>();
		List<String> rows = new ArrayList<>();
		Reader reader = trickle ? new Trickle(text) : new StringReader(text);
		CsvFile.read("f.csv", reader, row -> rows.add(row.line() + " " + row.values()), errors);
		assertThat(errors).isEmpty();
		return rows;
	}

	/** A reader that hands over one character per read. */
	private static final class Trickle extends Reader {

		private final String text;

		private int position;

		Trickle(String text) {
			this.text = text;
		}

		@Override
		public int read(char[] buffer, int offset, int length) {
			if (position >= text.length()) {
				return -1;
			}
			if (length == 0) {
				return 0;
			}
			buffer[offset] = text.charAt(position++);
			return 1;
		}

		@Override
		public void close() {
		}

	}

}
