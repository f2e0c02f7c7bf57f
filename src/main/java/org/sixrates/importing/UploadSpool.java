package org.sixrates.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.sixrates.web.Refused;
import org.sixrates.web.UploadLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Where the page and the API put a file as it arrives: a temporary file in the system's
 * temporary directory ({@code java.io.tmpdir}), no larger than the upload limit
 * ({@link UploadLimit}). A larger one is a 413 as soon as the limit is passed, and
 * nothing of it is kept. A file is deleted once its import is done; those a server killed
 * in the middle of an import left behind are deleted when the next one starts, once they
 * are a day old (a younger one may be another server's, still arriving).
 */
@Component
class UploadSpool {

	private final UploadLimit limit;

	private final Path directory;

	/** How old a spooled file must be to count as left behind. */
	static final Duration LEFT_BEHIND = Duration.ofDays(1);

	UploadSpool(UploadLimit limit, @Value("${java.io.tmpdir}") String directory) {
		this.limit = limit;
		this.directory = Path.of(directory);
		sweep(this.directory, Instant.now().minus(LEFT_BEHIND));
	}

	/**
	 * Deletes the spooled files in {@code directory} last written before {@code before}.
	 */
	static void sweep(Path directory, Instant before) {
		try (DirectoryStream<Path> spooled = Files.newDirectoryStream(directory, Upload.SPOOLED)) {
			for (Path file : spooled) {
				try {
					if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
						Files.deleteIfExists(file);
					}
				}
				catch (IOException gone) {
					// deleted meanwhile, or not ours to delete: left as it is
				}
			}
		}
		catch (IOException unreadable) {
			// a temporary directory that cannot be listed: nothing to sweep
		}
	}

	/**
	 * {@code content} read to its end, under the name {@code name}; closed by the caller.
	 */
	Upload spool(String name, InputStream content) throws IOException {
		try {
			return Upload.spool(name, content, directory, limit.bytes());
		}
		catch (Upload.TooLarge ex) {
			throw new Refused(HttpStatus.CONTENT_TOO_LARGE, limit.tooLarge());
		}
	}

}
