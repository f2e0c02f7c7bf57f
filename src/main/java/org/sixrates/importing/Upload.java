package org.sixrates.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

import org.sixrates.input.Sha256;

/**
 * A file to import: the name its user gave it (or none), its size, its SHA-256, and its
 * bytes, which an import reads as often as it needs, each time from the start. A file
 * uploaded or posted to the API is spooled to a temporary file as it arrives, hashed and
 * counted in the same pass, and read from there, so that no more of it is in memory than
 * a buffer, whatever its size; closing the upload deletes that file. Bytes already in
 * memory (the demo city, tests) are an upload too, and closing them does nothing.
 */
public final class Upload implements AutoCloseable {

	private static final String SPOOLED_PREFIX = "sixrates-upload-";

	private static final String SPOOLED_SUFFIX = ".part";

	/** The names of spooled files, as a glob. */
	static final String SPOOLED = SPOOLED_PREFIX + "*" + SPOOLED_SUFFIX;

	/** Enough of a file's start to tell a workbook from a text ({@link Workbooks}). */
	private static final int HEAD = 8;

	private static final int BUFFER = 64 * 1024;

	private final String name;

	private final long size;

	private final String sha256;

	private final byte[] head;

	private final byte[] bytes;

	private final Path file;

	private Upload(String name, long size, String sha256, byte[] head, byte[] bytes, Path file) {
		this.name = name;
		this.size = size;
		this.sha256 = sha256;
		this.head = head;
		this.bytes = bytes;
		this.file = file;
	}

	/** Bytes in memory, under the name {@code name}. */
	public static Upload of(String name, byte[] content) {
		return new Upload(name, content.length, Sha256.hex(content),
				Arrays.copyOf(content, Math.min(HEAD, content.length)), content, null);
	}

	/**
	 * The bytes of {@code content}, read to its end into a new file in {@code directory}.
	 * @throws TooLarge when there are more than {@code limit}: the reading stops there,
	 * and nothing is left in {@code directory}
	 */
	static Upload spool(String name, InputStream content, Path directory, long limit) throws IOException {
		Path file = Files.createTempFile(directory, SPOOLED_PREFIX, SPOOLED_SUFFIX);
		boolean spooled = false;
		try (OutputStream out = Files.newOutputStream(file)) {
			MessageDigest digest = Sha256.digest();
			byte[] head = new byte[HEAD];
			byte[] buffer = new byte[BUFFER];
			long size = 0;
			for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
				if (size < HEAD) {
					System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(read, HEAD - size));
				}
				size += read;
				if (size > limit) {
					throw new TooLarge(limit);
				}
				digest.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
			spooled = true;
			return new Upload(name, size, Sha256.hex(digest), Arrays.copyOf(head, (int) Math.min(HEAD, size)), null,
					file);
		}
		finally {
			if (!spooled) {
				Files.deleteIfExists(file);
			}
		}
	}

	/** The name the user gave the file; {@code null} or blank when none. */
	public String name() {
		return name;
	}

	public long size() {
		return size;
	}

	/** Lower-case hex, as {@link Sha256#hex(byte[])} gives it. */
	public String sha256() {
		return sha256;
	}

	/** The bytes from the start, to be closed by the caller. */
	public InputStream open() throws IOException {
		return (file != null) ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
	}

	/** The first bytes, up to eight. */
	byte[] head() {
		return head.clone();
	}

	/**
	 * The file the bytes are in, for a reader that seeks in it (a workbook's ZIP
	 * directory); empty when they are in memory.
	 */
	Optional<Path> file() {
		return Optional.ofNullable(file);
	}

	/** Deletes the spooled file, if any. */
	@Override
	public void close() {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** More bytes than the limit: nothing was kept. */
	static final class TooLarge extends IOException {

		TooLarge(long limit) {
			super("more than " + limit + " bytes");
		}

	}

}
