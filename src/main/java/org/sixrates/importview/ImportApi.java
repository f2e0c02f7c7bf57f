package org.sixrates.importview;

import java.security.Principal;

import org.sixrates.importing.ImportResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files of DESIGN §2 posted as {@code text/csv}; {@code file} names the file in the log and
 * in error messages. A refused file is a 400 listing every error, and nothing is imported.
 */
@RestController
@RequestMapping(path = "/api", consumes = "text/csv")
class ImportApi {

	private final Imports imports;

	ImportApi(Imports imports) {
		this.imports = imports;
	}

	@PostMapping("/committees")
	ImportResult committees(@RequestBody byte[] content, @RequestParam(required = false) String file,
			Principal principal) {
		return imports.run(Content.COMMITTEES, name(file, Content.COMMITTEES), content, ImportPages.user(principal));
	}

	@PostMapping("/records")
	ImportResult records(@RequestBody byte[] content, @RequestParam(required = false) String file,
			Principal principal) {
		return imports.run(Content.RECORDS, name(file, Content.RECORDS), content, ImportPages.user(principal));
	}

	private static String name(String file, Content content) {
		return (file == null || file.isBlank()) ? content.defaultFileName() : file.strip();
	}

}
