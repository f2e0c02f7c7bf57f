package org.sixrates.importview;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import org.sixrates.importing.ImportResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The files of DESIGN §2 posted as {@code text/csv}; {@code file} names the file in the
 * log and in error messages. A refused file is a 400 listing every error, and nothing is
 * imported; a body over the upload limit ({@code spring.servlet.multipart.max-file-size})
 * is a 413.
 */
@RestController
@RequestMapping(path = "/api", consumes = "text/csv")
class ImportApi {

	private final Imports imports;

	private final DataSize limit;

	ImportApi(Imports imports, @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize limit) {
		this.imports = imports;
		this.limit = limit;
	}

	@PostMapping("/committees")
	ImportResult committees(InputStream body, @RequestParam(required = false) String file, Principal principal)
			throws IOException {
		return imports.run(Content.COMMITTEES, name(file, Content.COMMITTEES), read(body), ImportPages.user(principal));
	}

	@PostMapping("/records")
	ImportResult records(InputStream body, @RequestParam(required = false) String file, Principal principal)
			throws IOException {
		return imports.run(Content.RECORDS, name(file, Content.RECORDS), read(body), ImportPages.user(principal));
	}

	/**
	 * The body, read no further than the upload limit: a larger one is a 413, not a full
	 * heap.
	 */
	private byte[] read(InputStream body) throws IOException {
		long max = limit.toBytes();
		byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		if (content.length > max) {
			throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLarge(limit));
		}
		return content;
	}

	/** What a 413 says, on the API and on the error page alike. */
	static String tooLarge(DataSize limit) {
		return "The file is larger than the limit of " + UploadLimitFilter.megabytes(limit) + "; nothing was imported.";
	}

	private static String name(String file, Content content) {
		return (file == null || file.isBlank()) ? content.defaultFileName() : file.strip();
	}

}
