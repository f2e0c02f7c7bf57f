package org.sixrates.rules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;

/**
 * Reads and validates a scheme (DESIGN §3). Everything wrong with the file is reported at
 * once, each error with the file, line, column and key path
 * ({@code rates[2].numerator.count.kind}); a scheme that loads can be scored without
 * surprise.
 */
public final class SchemeLoader {

	private SchemeLoader() {
	}

	/** The scheme in a file, named in errors by the file's name. */
	public static Scheme load(Path file) {
		String name = file.getFileName() != null ? file.getFileName().toString() : file.toString();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new BadInputException(new InputError(name, 0, 0, null, null, "cannot be read: " + ex.getMessage()));
		}
		return parse(name, bytes);
	}

	/**
	 * The scheme in {@code yaml} (UTF-8), named {@code fileName} in errors and in the
	 * result.
	 */
	public static Scheme parse(String fileName, byte[] yaml) {
		String text = decode(fileName, yaml);
		YamlDocument document = YamlDocument.read(fileName, text);
		TreeReader reader = new TreeReader(document);
		Scheme scheme = new SchemeReader(reader).read(document.root(), sha256(yaml), fileName);
		if (!reader.errors().isEmpty()) {
			throw new BadInputException(reader.errors());
		}
		return scheme;
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

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
