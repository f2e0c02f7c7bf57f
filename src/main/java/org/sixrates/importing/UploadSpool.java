package org.sixrates.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.sixrates.web.Refused;
import org.sixrates.web.UploadLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Where the page and the API put a file as it arrives: a temporary file in the system's
 * temporary directory ({@code java.io.tmpdir}), no larger than the upload limit
 * ({@link UploadLimit}). A larger one is a 413 as soon as the limit is passed, and
 * nothing of it is kept.
 */
@Component
class UploadSpool {

	private final UploadLimit limit;

	private final Path directory;

	UploadSpool(UploadLimit limit, @Value("${java.io.tmpdir}") String directory) {
		this.limit = limit;
		this.directory = Path.of(directory);
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
