package org.sixrates.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;

/**
 * The text of a CSV file whose encoding nobody told us: UTF-8 with a BOM (the BOM
 * dropped), UTF-8 without one when the bytes decode strictly, otherwise GB18030, which is
 * what Excel and WPS write on a Chinese system. Strict UTF-8 decoding rarely succeeds on
 * GB18030 Chinese text, so the order is safe for the files clerks actually send.
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
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return withoutNul(file, new CsvText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
					StandardCharsets.UTF_8));
		}
		if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			throw new BadInputException(InputError.of(file, 0, 0, null, null, "input.utf16"));
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return withoutNul(file, new CsvText(text, StandardCharsets.UTF_8));
		}
		catch (CharacterCodingException notUtf8) {
			return withoutNul(file, new CsvText(new String(bytes, GB18030), GB18030));
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
