package org.sixrates.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;

/**
 * The text of a CSV file whose encoding nobody told us, decoded strictly: UTF-8 with a
 * BOM (the BOM dropped), UTF-8 without one when every byte is UTF-8, otherwise GB18030,
 * which is what Excel and WPS write on a Chinese system. A file that is neither, or whose
 * lines are in both (one pasted from a UTF-8 file into a GB18030 one), is refused where
 * it first goes wrong, never read as mojibake: GB18030 decodes most byte sequences, so a
 * line that is valid UTF-8 in a file that is not tells the mixture apart, as GB18030
 * Chinese text is practically never valid UTF-8.
 * <p>
 * The encoding is found by reading the bytes through in chunks, keeping none of the text
 * ({@link #encoding}), so that a file on disk can then be parsed as it is read, in the
 * encoding found, whatever its size; a text in memory is decoded the same way.
 *
 * @param text the decoded text, without a BOM
 * @param charset the encoding found
 */
public record CsvText(String text, Charset charset) {

	private static final Charset GB18030 = Charset.forName("GB18030");

	/** How many bytes are decoded at a time. */
	static final int CHUNK = 64 * 1024;

	/**
	 * The text of {@code bytes}; a UTF-16 file (Excel's "Unicode text") is refused by
	 * name.
	 */
	public static CsvText decode(String file, byte[] bytes) {
		try {
			Encoding encoding = encoding(file, () -> new ByteArrayInputStream(bytes), CHUNK);
			String text = new String(bytes, encoding.bom(), bytes.length - encoding.bom(), encoding.charset());
			return new CsvText(text, encoding.charset());
		}
		catch (IOException readingAnArray) {
			throw new UncheckedIOException(readingAnArray);
		}
	}

	/**
	 * The encoding of the bytes {@code bytes} opens, each time from their start, read
	 * through once (twice for GB18030) {@code chunk} bytes at a time; the same
	 * {@link BadInputException} as {@link #decode} when they are not text.
	 */
	static Encoding encoding(String file, Bytes bytes, int chunk) throws IOException {
		byte[] head;
		try (InputStream in = bytes.open()) {
			head = in.readNBytes(3);
		}
		if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
			throw new BadInputException(InputError.of(file, 0, 0, null, null, "input.utf16"));
		}
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			if (plainUtf8(bytes, 3, chunk)) {
				return new Encoding(StandardCharsets.UTF_8, 3);
			}
			Scan utf8 = new Scan(StandardCharsets.UTF_8, false);
			if (!utf8.read(bytes, 3, chunk)) {
				throw utf8.refused(file, "input.encoding.utf8");
			}
			utf8.checkNul(file);
			return new Encoding(StandardCharsets.UTF_8, 3);
		}
		if (plainUtf8(bytes, 0, chunk)) {
			return new Encoding(StandardCharsets.UTF_8, 0);
		}
		Scan utf8 = new Scan(StandardCharsets.UTF_8, false);
		if (utf8.read(bytes, 0, chunk)) {
			utf8.checkNul(file);
			return new Encoding(StandardCharsets.UTF_8, 0);
		}
		Scan gb18030 = new Scan(GB18030, true);
		if (!gb18030.read(bytes, 0, chunk)) {
			throw gb18030.refused(file, "input.encoding.neither");
		}
		gb18030.checkOneEncoding(file);
		gb18030.checkNul(file);
		return new Encoding(GB18030, 0);
	}

	/**
	 * Whether every byte after the first {@code skip} is part of a well-formed UTF-8
	 * sequence (RFC 3629, which is what the strict decoder accepts) and none is a NUL: a
	 * check of the bytes alone, with no text decoded, so that the file a user nearly
	 * always gives is read through only once more, to be parsed. Any other file is read
	 * again by a {@link Scan}, which finds where it goes wrong and says so.
	 */
	static boolean plainUtf8(Bytes bytes, int skip, int chunk) throws IOException {
		byte[] buffer = new byte[chunk];
		// the continuation bytes still due, and the range of the next one
		int due = 0;
		int low = 0x80;
		int high = 0xBF;
		try (InputStream stream = bytes.open()) {
			stream.skipNBytes(skip);
			while (true) {
				int read = stream.readNBytes(buffer, 0, chunk);
				for (int i = 0; i < read; i++) {
					int b = buffer[i];
					if (due == 0) {
						if (b > 0) {
							continue;
						}
						b &= 0xFF;
						if (b == 0) {
							return false;
						}
						if (b >= 0xC2 && b <= 0xDF) {
							due = 1;
						}
						else if (b == 0xE0) {
							due = 2;
							low = 0xA0;
						}
						else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
							due = 2;
						}
						else if (b == 0xED) {
							// not a surrogate
							due = 2;
							high = 0x9F;
						}
						else if (b == 0xF0) {
							due = 3;
							low = 0x90;
						}
						else if (b >= 0xF1 && b <= 0xF3) {
							due = 3;
						}
						else if (b == 0xF4) {
							// not above U+10FFFF
							due = 3;
							high = 0x8F;
						}
						else {
							return false;
						}
					}
					else {
						b &= 0xFF;
						if (b < low || b > high) {
							return false;
						}
						low = 0x80;
						high = 0xBF;
						due--;
					}
				}
				if (read < chunk) {
					return due == 0;
				}
			}
		}
	}

	/** Where bytes come from: a file, an array; each call reads them from the start. */
	@FunctionalInterface
	interface Bytes {

		InputStream open() throws IOException;

	}

	/**
	 * The encoding of a text's bytes.
	 *
	 * @param bom how many bytes of a byte order mark come before the text
	 */
	record Encoding(Charset charset, int bom) {

		/**
		 * The text of {@code bytes}, decoded strictly: bytes that changed since the
		 * encoding was found fail the reading rather than turn into mojibake.
		 */
		Reader reader(InputStream bytes) throws IOException {
			bytes.skipNBytes(bom);
			return new InputStreamReader(bytes, strict(charset));
		}

	}

	/**
	 * One pass over the bytes in one encoding, keeping of the text only where it stands:
	 * its line and column, where the first NUL is and, for GB18030, the first line with
	 * UTF-8 Chinese in it.
	 */
	private static final class Scan {

		private final Charset charset;

		private final boolean checkUtf8Lines;

		private int line = 1;

		private int column;

		private int nulLine;

		private int nulColumn;

		private int failedByte;

		private int byteLine = 1;

		private int mixedLine;

		private final ByteArrayOutputStream run = new ByteArrayOutputStream();

		Scan(Charset charset, boolean checkUtf8Lines) {
			this.charset = charset;
			this.checkUtf8Lines = checkUtf8Lines;
		}

		/** Decodes every byte after the first {@code skip}; whether all could be. */
		boolean read(Bytes bytes, int skip, int chunk) throws IOException {
			CharsetDecoder decoder = strict(charset);
			byte[] buffer = new byte[chunk];
			// room for the chunk and the few bytes of a sequence the last one cut
			ByteBuffer in = ByteBuffer.allocate(chunk + 8);
			CharBuffer out = CharBuffer.allocate(chunk + 8);
			try (InputStream stream = bytes.open()) {
				stream.skipNBytes(skip);
				while (true) {
					int read = stream.readNBytes(buffer, 0, chunk);
					boolean end = read < chunk;
					in.put(buffer, 0, read);
					if (checkUtf8Lines) {
						scanBytes(buffer, read, end);
					}
					in.flip();
					CoderResult result = decoder.decode(in, out, end);
					if (!result.isError() && end) {
						result = decoder.flush(out);
					}
					see(out.flip());
					out.clear();
					if (result.isError()) {
						failedByte = in.get(Math.min(in.position(), in.limit() - 1)) & 0xFF;
						return false;
					}
					if (end) {
						return true;
					}
					in.compact();
				}
			}
		}

		private void see(CharBuffer chars) {
			while (chars.hasRemaining()) {
				char c = chars.get();
				if (c == '\n') {
					line++;
					column = 0;
					continue;
				}
				column++;
				if (c == '\u0000' && nulLine == 0) {
					nulLine = line;
					nulColumn = column;
				}
			}
		}

		/**
		 * Notes the first line with a run of high bytes that is UTF-8 Chinese
		 * ({@link #utf8Chinese}).
		 */
		private void scanBytes(byte[] bytes, int length, boolean end) {
			for (int i = 0; i < length; i++) {
				if (bytes[i] < 0) {
					run.write(bytes[i]);
					continue;
				}
				endRun();
				if (bytes[i] == '\n') {
					byteLine++;
				}
			}
			if (end) {
				endRun();
			}
		}

		private void endRun() {
			if (run.size() > 0 && mixedLine == 0 && utf8Chinese(run.toByteArray())) {
				mixedLine = byteLine;
			}
			run.reset();
		}

		/**
		 * The error where decoding failed: the line and column of the first byte that
		 * could not be read, and that byte.
		 */
		BadInputException refused(String file, String key) {
			String written = String.format("0x%02X", failedByte);
			return new BadInputException(InputError.of(file, line, column + 1, null, written, key));
		}

		/**
		 * Refuses a GB18030 file with UTF-8 Chinese in it, naming the first line that has
		 * some.
		 */
		void checkOneEncoding(String file) {
			if (mixedLine > 0) {
				throw new BadInputException(InputError.of(file, mixedLine, 0, null, null, "input.encoding.mixed"));
			}
		}

		// No spreadsheet writes a NUL into a CSV file, and PostgreSQL cannot store one in
		// a text column: the file is damaged or not text, and is refused where the first
		// NUL is.
		void checkNul(String file) {
			if (nulLine > 0) {
				throw new BadInputException(InputError.of(file, nulLine, nulColumn, null, null, "input.nul"));
			}
		}

	}

	/**
	 * Whether a run of high bytes is UTF-8 for three or more CJK ideographs or
	 * punctuation in a row. GB18030 text is UTF-8 by chance in a short run (a single 是
	 * is: CA C7 is a two-byte sequence), practically never in three ideographs of three
	 * bytes each.
	 */
	private static boolean utf8Chinese(byte[] run) {
		if (run.length < 9) {
			return false;
		}
		Optional<String> text = strictly(StandardCharsets.UTF_8, ByteBuffer.wrap(run));
		int chinese = 0;
		if (text.isPresent()) {
			for (char c : text.get().toCharArray()) {
				boolean ideograph = (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3000' && c <= '\u303F')
						|| (c >= '\uFF00' && c <= '\uFFEF');
				chinese = ideograph ? chinese + 1 : 0;
				if (chinese >= 3) {
					return true;
				}
			}
		}
		return false;
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static Optional<String> strictly(Charset charset, ByteBuffer bytes) {
		try {
			return Optional.of(strict(charset).decode(bytes).toString());
		}
		catch (CharacterCodingException notThisOne) {
			return Optional.empty();
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
