package org.sixrates.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.input.Sha256;

/**
 * Reads and validates a scheme (DESIGN §3). Everything wrong with the file is reported at
 * once, each error with the file, line, column and key path
 * ({@code rates[2].numerator.count.kind}); a scheme that loads can be scored without
 * surprise.
 */
public final class SchemeLoader {

	private SchemeLoader() {
	}

	/**
	 * The largest rules file: a scheme is a page of text, and YAML parsing takes time and
	 * memory out of proportion to a file of megabytes (one comment line of 10 MB took 48
	 * s and 1.8 GB).
	 */
	public static final int MAX_BYTES = 1024 * 1024;

	/** The longest line of a rules file, in characters. */
	public static final int MAX_LINE = 10_000;

	/** The scheme in a file, named in errors by the file's name. */
	public static Scheme load(Path file) {
		String name = file.getFileName() != null ? file.getFileName().toString() : file.toString();
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = readAtMostTheLimit(in);
		}
		catch (IOException ex) {
			throw new BadInputException(new InputError(name, 0, 0, null, null, "cannot be read: " + ex.getMessage()));
		}
		return parse(name, bytes);
	}

	/**
	 * The bytes of a stream up to one more than {@link #MAX_BYTES}: enough for
	 * {@link #parse} to refuse a file too large, without reading all of one that is far
	 * too large.
	 */
	static byte[] readAtMostTheLimit(InputStream in) throws IOException {
		return in.readNBytes(MAX_BYTES + 1);
	}

	/**
	 * The scheme in {@code yaml} (UTF-8), named {@code fileName} in errors and in the
	 * result. A file over {@link #MAX_BYTES} or with a line over {@link #MAX_LINE}
	 * characters is refused before it is parsed.
	 */
	public static Scheme parse(String fileName, byte[] yaml) {
		if (yaml.length > MAX_BYTES) {
			throw new BadInputException(new InputError(fileName, 0, 0, null, null,
					"the file is larger than 1 MB (1 048 576 bytes); a rules file is at most that"));
		}
		String text = decode(fileName, yaml);
		checkLines(fileName, text);
		YamlDocument document = YamlDocument.read(fileName, text);
		TreeReader reader = new TreeReader(document);
		Scheme scheme = new SchemeReader(reader).read(document.root(), Sha256.hex(yaml), fileName);
		if (!reader.errors().isEmpty()) {
			throw new BadInputException(reader.errors());
		}
		return scheme;
	}

	/**
	 * Refuses the first line longer than {@link #MAX_LINE}; a line ends at LF, CR or
	 * CRLF.
	 */
	private static void checkLines(String fileName, String text) {
		int line = 1;
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			boolean end = i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
			if (!end) {
				continue;
			}
			int length = text.codePointCount(start, i);
			if (length > MAX_LINE) {
				throw new BadInputException(new InputError(fileName, line, MAX_LINE + 1, null, null, String
					.format(Locale.ROOT, "this line is %d characters long; a line is at most 10 000", length)));
			}
			if (i < text.length() - 1 && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
				i++;
			}
			line++;
			start = i + 1;
		}
	}

	private static String decode(String fileName, byte[] yaml) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(yaml))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new BadInputException(new InputError(fileName, 0, 0, null, null, "expected a UTF-8 text file"));
		}
	}

}
