package org.sixrates.importing;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import org.sixrates.importing.ImportResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files of DESIGN §2 posted as {@code text/csv} or as an {@code .xlsx} workbook
 * ({@value #XLSX}); which of the two a body is, its bytes say, whatever its content type.
 * {@code file} names the file in the log and in error messages. A refused file is a 400
 * listing every error, and nothing is imported; a body over the upload limit
 * ({@code spring.servlet.multipart.max-file-size}) is a 413. A body is spooled to disk as
 * it arrives ({@link UploadSpool}), never held in memory.
 */
@RestController
@RequestMapping(path = "/api", consumes = { "text/csv", ImportApi.XLSX })
class ImportApi {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Imports imports;

	private final UploadSpool spool;

	ImportApi(Imports imports, UploadSpool spool) {
		this.imports = imports;
		this.spool = spool;
	}

	@PostMapping("/committees")
	ImportResult committees(InputStream body, @RequestParam(required = false) String file,
			@RequestParam(required = false) String reason, Principal principal) throws IOException {
		return run(ImportContent.COMMITTEES, body, file, reason, principal);
	}

	@PostMapping("/records")
	ImportResult records(InputStream body, @RequestParam(required = false) String file,
			@RequestParam(required = false) String reason, Principal principal) throws IOException {
		return run(ImportContent.RECORDS, body, file, reason, principal);
	}

	/**
	 * The body spooled to a temporary file as it is read, no further than the upload
	 * limit (a larger one is a 413, not a full disk or heap), imported from there, and
	 * deleted whatever the import's outcome.
	 */
	private ImportResult run(ImportContent content, InputStream body, String file, String reason, Principal principal)
			throws IOException {
		try (Upload upload = spool.spool(file, body)) {
			return imports.run(content, upload, ImportPages.user(principal), reason);
		}
	}

}
