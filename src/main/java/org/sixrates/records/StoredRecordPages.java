package org.sixrates.records;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.sixrates.importing.Importer;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.security.Access;
import org.sixrates.security.Role;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Review;
import org.sixrates.web.Labels;
import org.sixrates.web.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One stored record's page, for whoever may read its committee's records: its fields, its
 * review state and a clerk's change waiting beside it; where the record was just saved,
 * the page confirms it. Those who may edit it may delete it here, after ticking a
 * confirmation, under the rules of an edit ({@link Importer#deleteRecord}).
 */
@Controller
class StoredRecordPages {

	/** The confirmation a deletion must carry. */
	static final String CONFIRM = "confirm";

	private final Importer importer;

	private final RecordQueries queries;

	StoredRecordPages(Importer importer, RecordQueries queries) {
		this.importer = importer;
		this.queries = queries;
	}

	@GetMapping("/records/{committee}/{id}")
	String shown(@PathVariable String committee, @PathVariable String id, Model model) {
		Access.checkSee(committee);
		return page(committee, id, List.of(), model);
	}

	@PostMapping("/records/{committee}/{id}/delete")
	String delete(@PathVariable String committee, @PathVariable String id,
			@RequestParam(name = CONFIRM, defaultValue = "") String confirm,
			@RequestParam(name = RecordEditPages.REASON, required = false) String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Access.checkEdit(committee);
		try {
			if (!confirm.equals("yes")) {
				throw new BadInputException(InputError.of("form", 0, 0, CONFIRM, "", "record.delete.unconfirmed"));
			}
			Map<String, String> deleted = importer
				.deleteRecord(committee, id, Access.userName(), Access.hasRole(Role.ADMIN), reason)
				.orElseThrow(() -> Refused.notFound("problem.noRecord", committee, id));
			redirect.addFlashAttribute("deleted", committee + " / " + id);
			return "redirect:" + UriComponentsBuilder.fromPath("/records")
				.queryParam(RecordField.COMMITTEE.key(), committee)
				.queryParam(RecordField.YEAR.key(), deleted.get(RecordField.YEAR.key()))
				.build()
				.toUriString();
		}
		catch (BadInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("reason", reason);
			return page(committee, id, ex.errors(), model);
		}
	}

	private String page(String committee, String id, List<InputError> deleteErrors, Model model) {
		Map<String, String> stored = importer.record(committee, id)
			.orElseThrow(() -> Refused.notFound("problem.noRecord", committee, id));
		Optional<Map<String, String>> pending = importer.pendingChange(committee, id);
		Locale locale = Labels.locale();
		model.addAttribute("committee", committee);
		model.addAttribute("committeeName", queries.committeeName(committee));
		model.addAttribute("recordId", id);
		model.addAttribute("shownFields", ShownField.all(stored, pending.orElse(null), locale));
		model.addAttribute("pendingChange", pending.isPresent());
		model.addAttribute("review", ShownField.review(stored, locale));
		model.addAttribute("mayEdit", Access.mayEdit(committee));
		// an approved record counts: a clerk asks the city office to take it out
		model.addAttribute("mayDelete", Access.hasRole(Role.ADMIN) || !importer.reviewRequired()
				|| !Review.APPROVED.name().equals(stored.get(RecordField.REVIEW.key())));
		model.addAttribute("deleteErrors", deleteErrors.stream().map(error -> error.expected(locale)).toList());
		return "records/record";
	}

}
