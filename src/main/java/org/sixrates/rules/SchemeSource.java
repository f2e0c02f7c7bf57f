package org.sixrates.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;

/**
 * Finds the bytes of a scheme file. The default scheme is also packaged in the jar, so
 * the product runs from any folder; a file of that name in the working directory takes
 * precedence.
 */
public final class SchemeSource {

	/** The scheme used when none is named. */
	public static final String DEFAULT = "rules/six-rates.yaml";

	private SchemeSource() {
	}

	/**
	 * Loads the scheme at {@code location}: a file, or for the default a packaged copy.
	 */
	public static Scheme load(String location) {
		return SchemeLoader.parse(location, read(location));
	}

	/**
	 * The file at {@code location} as read, for a snapshot to keep its exact bytes; not
	 * yet checked.
	 */
	public static SchemeFile file(String location) {
		return new SchemeFile(location, read(location));
	}

	/**
	 * The file's bytes, though never more than one past the size {@link SchemeLoader}
	 * accepts, so that a huge file is refused without being read.
	 */
	static byte[] read(String location) {
		Path file = Path.of(location);
		try (InputStream in = Files.newInputStream(file)) {
			return SchemeLoader.readAtMostTheLimit(in);
		}
		catch (NoSuchFileException ex) {
			if (DEFAULT.equals(location)) {
				try (InputStream packaged = SchemeSource.class.getClassLoader().getResourceAsStream(DEFAULT)) {
					if (packaged != null) {
						return SchemeLoader.readAtMostTheLimit(packaged);
					}
				}
				catch (IOException packagedEx) {
					throw unreadable(location, packagedEx);
				}
			}
			throw new BadInputException(new InputError(location, 0, 0, null, null, "no such file"));
		}
		catch (IOException ex) {
			throw unreadable(location, ex);
		}
	}

	private static BadInputException unreadable(String location, IOException ex) {
		return new BadInputException(new InputError(location, 0, 0, null, null, "cannot be read: " + ex.getMessage()));
	}

}
