package org.sixrates.importing;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sixrates.importing.ImportLog;
import org.sixrates.input.ForeignRowsException;
import org.sixrates.importing.ImportResult;
import org.sixrates.input.BadInputException;
import org.sixrates.security.Access;
import org.sixrates.security.Role;
import org.sixrates.vocabulary.Field;
import org.sixrates.vocabulary.Messages;
import org.sixrates.web.Labels;
import org.sixrates.system.SixRatesProperties;
import org.sixrates.web.UploadLimit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page: two upload forms and the log. A success redirects back with the
 * counts; a refusal is shown at once, every error in a table, with status 400.
 */
@Controller
class ImportPages {

	static final int LOG_LINES = 50;

	private final Imports imports;

	private final ImportLog log;

	private final SixRatesProperties properties;

	private final UploadLimit uploadLimit;

	private final UploadSpool spool;

	ImportPages(Imports imports, ImportLog log, SixRatesProperties properties, UploadLimit uploadLimit,
			UploadSpool spool) {
		this.imports = imports;
		this.log = log;
		this.properties = properties;
		this.uploadLimit = uploadLimit;
		this.spool = spool;
	}

	/**
	 * {@code ?tooLarge}: where {@link UploadLimitFilter} sends an upload over the limit.
	 */
	@GetMapping("/import")
	String page(@RequestParam(required = false) String tooLarge, Model model) {
		if (tooLarge != null) {
			model.addAttribute("tooLarge", uploadLimit.described());
		}
		return page(model);
	}

	String page(Model model) {
		// a clerk sees its own imports only: other committees' file names are theirs
		model.addAttribute("log", Access.committeeScope().isPresent() ? log.recentBy(Access.userName(), LOG_LINES)
				: log.recent(LOG_LINES));
		// the log keeps instants; people read them in the city office's time zone
		model.addAttribute("zone", properties.zone());
		model.addAttribute("accept", ".csv,.xlsx,text/csv," + ImportApi.XLSX);
		// the headers a file may have, in the page's language and as keys
		Locale locale = Labels.locale();
		for (ImportContent content : ImportContent.values()) {
			List<Field> fields = TemplatePages.fields(content, Access.hasRole(Role.ADMIN));
			String tag = content.tag();
			model.addAttribute(tag + "Headers", String.join(Messages.english(locale) ? ", " : "、",
					fields.stream().map(field -> field.label(locale)).toList()));
			model.addAttribute(tag + "Keys", String.join(", ", fields.stream().map(Field::key).toList()));
		}
		return "import/import";
	}

	@PostMapping("/import/{content:committees|records}")
	String upload(@PathVariable String content, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String reason, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		ImportContent kind = ImportContent.valueOf(content.toUpperCase(Locale.ROOT));
		// the container keeps a large part on disk; it is spooled once more from there,
		// hashed on the way, and read from the spooled file by the import
		try (InputStream part = file.getInputStream(); Upload upload = spool.spool(file.getOriginalFilename(), part)) {
			try {
				ImportResult result = imports.run(kind, upload, user(principal), reason);
				redirect.addFlashAttribute("result", result);
				redirect.addFlashAttribute("content", content);
				return "redirect:/import";
			}
			catch (BadInputException ex) {
				response.setStatus((ex instanceof ForeignRowsException) ? HttpServletResponse.SC_FORBIDDEN
						: HttpServletResponse.SC_BAD_REQUEST);
				model.addAttribute("refused", ex.errors());
				model.addAttribute("refusedFile", kind.fileName(upload));
				// a workbook's errors name their cells (记录!D17), a text file's its lines
				// and columns
				model.addAttribute("refusedCells", ex.errors().stream().anyMatch(error -> error.sheet() != null));
				model.addAttribute("content", content);
				return page(model);
			}
		}
	}

	/** Who imports: the signed-in user, or {@code anonymous} where no one signs in. */
	static String user(Principal principal) {
		return (principal == null) ? "anonymous" : principal.getName();
	}

}
