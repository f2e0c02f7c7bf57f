package org.sixrates.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Texts;

/**
 * What an uploaded evidence file is, judged by its bytes and never by its name, and
 * whether a record may take it: a PDF ({@code %PDF-}), an OFD (a ZIP whose entries
 * include {@code OFD.xml} at the root), a JPEG ({@code FF D8 FF}) or a PNG (its
 * eight-byte signature), of at least one byte and at most the limit, under a plain name.
 * <p>
 * The name is the user's and is kept as given, never cleaned: a name with a folder in it
 * ({@code /}, {@code \}, {@code :}, or just {@code .} or {@code ..}), a control character
 * or a bidirectional override (which makes {@code gpj.exe} read as {@code exe.jpg}), or
 * more than {@value #NAME_LENGTH} characters is refused. An extension the name declares
 * (one to eight ASCII letters and digits, at least one a letter, after the last dot) must
 * be one of the sniffed kind's: {@code x.png} holding a PDF is refused, {@code 决议v1.5}
 * has no extension and is taken.
 */
public final class FileKinds {

	/** The length of {@code evidence.file_name}. */
	public static final int NAME_LENGTH = 255;

	/**
	 * The ZIP entries read for {@code OFD.xml} before a ZIP is taken not to be an OFD.
	 */
	static final int ZIP_ENTRIES = 1_000;

	/** The bytes a ZIP's entries may inflate to while {@code OFD.xml} is looked for. */
	static final long ZIP_INFLATED = 64L * 1024 * 1024;

	/** What an upload is called when it has no name, in its errors. */
	static final String UNNAMED = "file";

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final List<byte[]> PROGRAMS = List.of(new byte[] { 'M', 'Z' }, new byte[] { 0x7F, 'E', 'L', 'F' },
			new byte[] { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE },
			new byte[] { (byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE },
			new byte[] { (byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF },
			new byte[] { (byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE },
			new byte[] { (byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE }, new byte[] { '#', '!' });

	private final long maxSize;

	/**
	 * @param maxSize the largest file taken, in bytes
	 * ({@code sixrates.review.max-evidence-size})
	 */
	public FileKinds(long maxSize) {
		if (maxSize < 1) {
			throw new IllegalArgumentException("the largest evidence file must have at least one byte: " + maxSize);
		}
		this.maxSize = maxSize;
	}

	/** The largest file taken, in bytes. */
	public long maxSize() {
		return maxSize;
	}

	/**
	 * The file checked: its name as given and its kind as its bytes say.
	 * @throws BadInputException listing everything wrong with the name and the bytes
	 */
	public Checked check(String fileName, byte[] bytes) {
		String shown = shown(fileName);
		List<InputError> errors = new ArrayList<>(nameErrors(fileName, shown));
		FileKind kind = null;
		if (bytes.length == 0) {
			errors.add(error(shown, null, "input.evidence.empty"));
		}
		else if (bytes.length > maxSize) {
			errors.add(error(shown, null, "input.evidence.tooLarge", size(maxSize), size(bytes.length)));
		}
		else {
			kind = sniff(bytes).orElse(null);
			if (kind == null) {
				errors.add(startsWith(bytes, ZIP) ? error(shown, null, "input.evidence.notOfd")
						: error(shown, null, "input.evidence.type", Message.of(seen(bytes))));
			}
			else {
				String extension = extension(fileName);
				if (extension != null && !kind.declaredBy(extension)) {
					errors.add(error(shown, "." + extension, "input.evidence.extension", kind.label(),
							"." + kind.extensions().get(0), "." + extension));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new BadInputException(errors);
		}
		return new Checked(fileName, kind, bytes);
	}

	/**
	 * A file that may be stored.
	 *
	 * @param fileName its name as the user gave it
	 * @param kind what its bytes are
	 * @param bytes the file
	 */
	public record Checked(String fileName, FileKind kind, byte[] bytes) {
	}

	/** The kind the bytes are, or empty when they are none of the four. */
	public static Optional<FileKind> sniff(byte[] bytes) {
		if (startsWith(bytes, PDF)) {
			return Optional.of(FileKind.PDF);
		}
		if (startsWith(bytes, PNG)) {
			return Optional.of(FileKind.PNG);
		}
		if (startsWith(bytes, JPEG)) {
			return Optional.of(FileKind.JPEG);
		}
		if (startsWith(bytes, ZIP) && hasOfdXml(bytes)) {
			return Optional.of(FileKind.OFD);
		}
		return Optional.empty();
	}

	/**
	 * A size as the pages and messages write it: {@code 10MB} or {@code 512KB} for a
	 * whole number of them, else tenths rounded up, so that a file one byte over a limit
	 * of {@code 10MB} reads {@code 10.1MB}, or {@code 12B}.
	 */
	public static String size(long bytes) {
		long kilo = 1024;
		long mega = kilo * kilo;
		if (bytes >= mega) {
			return in(bytes, mega, "MB");
		}
		if (bytes >= kilo) {
			return in(bytes, kilo, "KB");
		}
		return bytes + "B";
	}

	private static String in(long bytes, long unit, String name) {
		if (bytes % unit == 0) {
			return bytes / unit + name;
		}
		long tenths = (bytes * 10 + unit - 1) / unit;
		return tenths / 10 + "." + tenths % 10 + name;
	}

	private static List<InputError> nameErrors(String name, String shown) {
		if (name == null || name.isBlank()) {
			return List.of(error(shown, null, "input.evidence.name.missing"));
		}
		List<InputError> errors = new ArrayList<>();
		if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0 || name.equals(".")
				|| name.equals("..")) {
			errors.add(error(shown, null, "input.evidence.name.path"));
		}
		if (name.codePoints().anyMatch(FileKinds::control)) {
			errors.add(error(shown, null, "input.evidence.name.control"));
		}
		if (name.length() > NAME_LENGTH) {
			errors.add(error(shown, null, "input.evidence.name.tooLong", NAME_LENGTH, name.length()));
		}
		return errors;
	}

	/**
	 * The extension the name declares: after its last dot, one to eight ASCII letters and
	 * digits with at least one letter; {@code null} where it declares none.
	 */
	static String extension(String name) {
		if (name == null) {
			return null;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot < 0) ? "" : name.substring(dot + 1);
		boolean plain = !extension.isEmpty() && extension.length() <= 8
				&& extension.chars()
					.allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
				&& extension.chars().anyMatch(Character::isLetter);
		return plain ? extension : null;
	}

	// C0, DEL and C1 controls, the line and paragraph separators, and the marks and
	// overrides of bidirectional text
	private static boolean control(int c) {
		return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F
				|| (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
	}

	/**
	 * The name as an error shows it: a control character as its code, at most 255
	 * characters.
	 */
	private static String shown(String name) {
		if (name == null || name.isBlank()) {
			return UNNAMED;
		}
		StringBuilder shown = new StringBuilder();
		name.codePoints()
			.forEach(c -> shown.append(control(c) ? String.format(Locale.ROOT, "\\u%04X", c) : Character.toString(c)));
		return Texts.cut(shown.toString(), NAME_LENGTH);
	}

	private static InputError error(String file, String value, String key, Object... arguments) {
		return InputError.of(file, 0, 0, null, value, key, arguments);
	}

	/** What a file that is none of the four looks like, for its message. */
	private static String seen(byte[] bytes) {
		if (PROGRAMS.stream().anyMatch(signature -> startsWith(bytes, signature))) {
			return "input.evidence.seen.program";
		}
		int at = startsWith(bytes, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }) ? 3 : 0;
		while (at < bytes.length && at < 1024
				&& (bytes[at] == ' ' || bytes[at] == '\t' || bytes[at] == '\r' || bytes[at] == '\n')) {
			at++;
		}
		return (at < bytes.length && bytes[at] == '<') ? "input.evidence.seen.markup" : "input.evidence.seen.other";
	}

	/**
	 * Whether the ZIP has an entry {@code OFD.xml} at its root, read entry by entry and
	 * no further than {@value #ZIP_ENTRIES} entries or {@value #ZIP_INFLATED} inflated
	 * bytes, so that a ZIP bomb costs a bounded time. Names not flagged UTF-8 are read as
	 * Latin-1 (a Chinese tool writes GBK names), which never fails and keeps
	 * {@code OFD.xml} as it is.
	 */
	static boolean hasOfdXml(byte[] bytes) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1)) {
			byte[] buffer = new byte[8192];
			long inflated = 0;
			for (int entries = 0; entries < ZIP_ENTRIES; entries++) {
				ZipEntry entry = zip.getNextEntry();
				if (entry == null) {
					return false;
				}
				if (!entry.isDirectory() && entry.getName().equals("OFD.xml")) {
					return true;
				}
				for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
					inflated += read;
					if (inflated > ZIP_INFLATED) {
						return false;
					}
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException damaged) {
			return false;
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
