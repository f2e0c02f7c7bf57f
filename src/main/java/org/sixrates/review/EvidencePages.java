package org.sixrates.review;

import java.util.Locale;

import org.sixrates.input.BadInputException;
import org.sixrates.web.Labels;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The evidence section of a record's edit page: an upload, a download and a deletion,
 * each by the rules of {@link RecordEvidence}. An upload or a deletion goes back to the
 * record's page, which says what was done, or why a file was refused.
 */
@Controller
class EvidencePages {

	private final RecordEvidence evidence;

	EvidencePages(RecordEvidence evidence) {
		this.evidence = evidence;
	}

	@PostMapping("/records/{committee}/{id}/evidence")
	String upload(@PathVariable String committee, @PathVariable String id, @RequestParam MultipartFile file,
			RedirectAttributes redirect) {
		try {
			EvidenceStore.Added added = evidence.add(committee, id, file);
			redirect.addFlashAttribute(added.stored() ? "evidenceAdded" : "evidenceKnown", added.file().fileName());
		}
		catch (BadInputException refused) {
			Locale locale = Labels.locale();
			redirect.addFlashAttribute("evidenceRefused",
					refused.errors().stream().map(error -> error.message(locale)).toList());
		}
		return back(committee, id);
	}

	@GetMapping("/records/{committee}/{id}/evidence/{sha256}")
	ResponseEntity<byte[]> download(@PathVariable String committee, @PathVariable String id,
			@PathVariable String sha256) {
		return Download.of(evidence.read(committee, id, sha256));
	}

	@PostMapping("/records/{committee}/{id}/evidence/{sha256}/delete")
	String delete(@PathVariable String committee, @PathVariable String id, @PathVariable String sha256,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("evidenceDeleted", evidence.delete(committee, id, sha256).fileName());
		return back(committee, id);
	}

	/** The record's edit page, where the evidence section is. */
	static String back(String committee, String id) {
		return "redirect:" + UriComponentsBuilder.fromPath("/records/{committee}/{id}/edit")
			.buildAndExpand(committee, id)
			.encode()
			.toUriString() + "#evidence";
	}

}
