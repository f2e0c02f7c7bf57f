package org.sixrates.importing;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import org.sixrates.importing.ImportResult;
import org.sixrates.web.Refused;
import org.sixrates.web.UploadLimit;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files of DESIGN §2 posted as {@code text/csv} or as an {@code .xlsx} workbook
 * ({@value #XLSX}); which of the two a body is, its bytes say, whatever its content type.
 * {@code file} names the file in the log and in error messages. A refused file is a 400
 * listing every error, and nothing is imported; a body over the upload limit
 * ({@code spring.servlet.multipart.max-file-size}) is a 413.
 */
@RestController
@RequestMapping(path = "/api", consumes = { "text/csv", ImportApi.XLSX })
class ImportApi {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Imports imports;

	private final UploadLimit limit;

	ImportApi(Imports imports, UploadLimit limit) {
		this.imports = imports;
		this.limit = limit;
	}

	@PostMapping("/committees")
	ImportResult committees(InputStream body, @RequestParam(required = false) String file,
			@RequestParam(required = false) String reason, Principal principal) throws IOException {
		byte[] content = read(body);
		return imports.run(ImportContent.COMMITTEES, ImportContent.COMMITTEES.fileName(file, content), content,
				ImportPages.user(principal), reason);
	}

	@PostMapping("/records")
	ImportResult records(InputStream body, @RequestParam(required = false) String file,
			@RequestParam(required = false) String reason, Principal principal) throws IOException {
		byte[] content = read(body);
		return imports.run(ImportContent.RECORDS, ImportContent.RECORDS.fileName(file, content), content,
				ImportPages.user(principal), reason);
	}

	/**
	 * The body, read no further than the upload limit: a larger one is a 413, not a full
	 * heap.
	 */
	private byte[] read(InputStream body) throws IOException {
		long max = limit.bytes();
		byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		if (content.length > max) {
			throw new Refused(HttpStatus.CONTENT_TOO_LARGE, limit.tooLarge());
		}
		return content;
	}

}
