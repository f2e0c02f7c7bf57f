package org.sixrates.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
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
 *
 * @param text the decoded text, without a BOM
 * @param charset the encoding found
 */
public record CsvText(String text, Charset charset) {

	private static final Charset GB18030 = Charset.forName("GB18030");

	/**
	 * The text of {@code bytes}; a UTF-16 file (Excel's "Unicode text") is refused by
	 * name.
	 */
	public static CsvText decode(String file, byte[] bytes) {
		if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			throw new BadInputException(InputError.of(file, 0, 0, null, null, "input.utf16"));
		}
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			ByteBuffer body = ByteBuffer.wrap(bytes, 3, bytes.length - 3);
			String text = strictly(StandardCharsets.UTF_8, body)
				.orElseThrow(() -> refused(file, bytes, 3, StandardCharsets.UTF_8, "input.encoding.utf8"));
			return withoutNul(file, new CsvText(text, StandardCharsets.UTF_8));
		}
		Optional<String> utf8 = strictly(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes));
		if (utf8.isPresent()) {
			return withoutNul(file, new CsvText(utf8.get(), StandardCharsets.UTF_8));
		}
		String text = strictly(GB18030, ByteBuffer.wrap(bytes))
			.orElseThrow(() -> refused(file, bytes, 0, GB18030, "input.encoding.neither"));
		checkOneEncoding(file, bytes);
		return withoutNul(file, new CsvText(text, GB18030));
	}

	/**
	 * Refuses a GB18030 file with UTF-8 Chinese in it, naming the first line that has
	 * some: a run of three or more Chinese characters whose bytes are UTF-8. GB18030 text
	 * is UTF-8 by chance in a short run (a single 是 is: CA C7 is a two-byte sequence),
	 * practically never in three ideographs of three bytes each.
	 */
	private static void checkOneEncoding(String file, byte[] bytes) {
		int line = 1;
		int run = -1;
		for (int i = 0; i <= bytes.length; i++) {
			boolean high = i < bytes.length && bytes[i] < 0;
			if (high && run < 0) {
				run = i;
			}
			if (!high && run >= 0) {
				if (utf8Chinese(bytes, run, i)) {
					throw new BadInputException(InputError.of(file, line, 0, null, null, "input.encoding.mixed"));
				}
				run = -1;
			}
			if (i < bytes.length && bytes[i] == '\n') {
				line++;
			}
		}
	}

	/**
	 * Whether {@code bytes[from, to)} are UTF-8 for three or more CJK ideographs or
	 * punctuation.
	 */
	private static boolean utf8Chinese(byte[] bytes, int from, int to) {
		if (to - from < 9) {
			return false;
		}
		Optional<String> text = strictly(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, from, to - from));
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

	/**
	 * Where decoding {@code bytes} as {@code charset} from {@code from} first fails, as
	 * an error.
	 */
	private static BadInputException refused(String file, byte[] bytes, int from, Charset charset, String key) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		decoder.decode(in, out, true);
		String before = out.flip().toString();
		int lineStart = before.lastIndexOf('\n') + 1;
		int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
		String written = String.format("0x%02X", bytes[Math.min(in.position(), bytes.length - 1)] & 0xFF);
		return new BadInputException(InputError.of(file, line, before.length() - lineStart + 1, null, written, key));
	}

	private static Optional<String> strictly(Charset charset, ByteBuffer bytes) {
		try {
			return Optional.of(charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString());
		}
		catch (CharacterCodingException notThisOne) {
			return Optional.empty();
		}
	}

	// No spreadsheet writes a NUL into a CSV file, and PostgreSQL cannot store one in a
	// text
	// column: the file is damaged or not text, and is refused where the first NUL is.
	private static CsvText withoutNul(String file, CsvText decoded) {
		String text = decoded.text();
		int at = text.indexOf('\u0000');
		if (at < 0) {
			return decoded;
		}
		int lineStart = text.lastIndexOf('\n', at) + 1;
		int line = 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
		throw new BadInputException(InputError.of(file, line, at - lineStart + 1, null, null, "input.nul"));
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
