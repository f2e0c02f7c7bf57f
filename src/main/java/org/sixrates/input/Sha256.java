package org.sixrates.input;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a file's bytes, the fingerprint kept beside every import and every
 * result: of bytes in memory, or of bytes fed to a {@link #digest()} as they arrive.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** Lower-case hex, 64 characters. */
	public static String hex(byte[] bytes) {
		MessageDigest digest = digest();
		digest.update(bytes);
		return hex(digest);
	}

	/**
	 * A digest to feed a file's bytes as they are read, for {@link #hex(MessageDigest)}.
	 */
	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException everyJavaHasIt) {
			throw new IllegalStateException(everyJavaHasIt);
		}
	}

	/** Lower-case hex, 64 characters, of the bytes {@code digest} was fed. */
	public static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

}
