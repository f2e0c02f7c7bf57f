package org.sixrates.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jooq.DSLContext;
import org.sixrates.importing.Importer;
import org.sixrates.importing.RecordRow;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.review.RecordEvidence;
import org.sixrates.security.Access;
import org.sixrates.security.Role;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.web.Labels;
import org.sixrates.web.Refused;
import org.sixrates.years.AssessmentYear;
import org.sixrates.years.YearState;
import org.sixrates.years.YearStates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The form of one record, new or stored, for the city office and the clerk of its
 * committee. It is checked by the importer's own rules; errors are shown beside their
 * fields, and a saved record goes to the audit trail in the transaction that saves it,
 * then is shown on its own page ({@link StoredRecordPages}). A new record's year is the
 * latest still open for entry.
 */
@Controller
class RecordEditPages {

	/**
	 * The form's fields: every field of a record but its committee, which the path names,
	 * and its review, which the city office decides in the review queue.
	 */
	static final List<RecordField> FIELDS = Arrays.stream(RecordField.values())
		.filter(field -> field != RecordField.COMMITTEE && field != RecordField.REVIEW)
		.toList();

	/**
	 * The form's field for the city office's reason of a change in a closed year (DESIGN
	 * §7): not a field of the record.
	 */
	static final String REASON = "reason";

	private final Importer importer;

	private final RecordQueries queries;

	private final RecordEvidence evidence;

	private final YearStates yearStates;

	private final DSLContext dsl;

	RecordEditPages(Importer importer, RecordQueries queries, RecordEvidence evidence, YearStates yearStates,
			DSLContext dsl) {
		this.importer = importer;
		this.queries = queries;
		this.evidence = evidence;
		this.yearStates = yearStates;
		this.dsl = dsl;
	}

	@GetMapping("/records/{committee}/new")
	String blank(@PathVariable String committee, Model model) {
		Access.checkEdit(committee);
		if (!importer.hasCommittee(committee)) {
			throw Refused.notFound("problem.noCommittee", committee);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (RecordField field : FIELDS) {
			fields.put(field.key(), field.type().text(field.type().whenEmpty()));
		}
		Integer year = entryYear(queries.years());
		fields.put(RecordField.YEAR.key(), (year == null) ? "" : year.toString());
		return form(committee, null, fields, List.of(), model);
	}

	/**
	 * The year a new record most likely belongs to: the latest of the years still open
	 * for entry (DESIGN §7), else the latest year, else none.
	 */
	private Integer entryYear(List<Integer> years) {
		LocalDate today = yearStates.today();
		List<Integer> open = yearStates.all(dsl)
			.stream()
			.filter(year -> year.state() == YearState.OPEN
					&& (year.closesOn() == null || year.closesOn().isAfter(today)))
			.map(AssessmentYear::year)
			.filter(years::contains)
			.toList();
		if (!open.isEmpty()) {
			return open.get(open.size() - 1);
		}
		return years.isEmpty() ? null : years.get(years.size() - 1);
	}

	@PostMapping("/records/{committee}/new")
	String create(@PathVariable String committee, @RequestParam Map<String, String> fields, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return save(committee, null, fields, model, redirect, response);
	}

	@GetMapping("/records/{committee}/{id}/edit")
	String stored(@PathVariable String committee, @PathVariable String id, Model model) {
		Access.checkEdit(committee);
		Map<String, String> fields = importer.record(committee, id)
			.orElseThrow(() -> Refused.notFound("problem.noRecord", committee, id));
		return form(committee, id, fields, List.of(), model);
	}

	@PostMapping("/records/{committee}/{id}/edit")
	String edit(@PathVariable String committee, @PathVariable String id, @RequestParam Map<String, String> fields,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return save(committee, id, fields, model, redirect, response);
	}

	private String save(String committee, String id, Map<String, String> fields, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Access.checkEdit(committee);
		Map<String, String> values = new LinkedHashMap<>(fields);
		String reason = values.remove(REASON);
		try {
			RecordRow saved = importer.saveRecord(committee, id, values, Access.userName(), Access.hasRole(Role.ADMIN),
					reason);
			// the record as saved, rather than a list in which to look for it
			redirect.addFlashAttribute("saved", saved.committee() + " / " + saved.id());
			return "redirect:" + UriComponentsBuilder.fromPath("/records/{committee}/{id}")
				.buildAndExpand(saved.committee(), saved.id())
				.encode()
				.toUriString();
		}
		catch (BadInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("reason", reason);
			return form(committee, id, values, ex.errors(), model);
		}
	}

	private String form(String committee, String id, Map<String, String> fields, List<InputError> errors, Model model) {
		Locale locale = Labels.locale();
		Map<RecordField, String> fieldErrors = new LinkedHashMap<>();
		List<String> otherErrors = new ArrayList<>();
		for (InputError error : errors) {
			RecordField field = (error.field() == null) ? null : RecordField.ofKey(error.field()).orElse(null);
			String text = ((error.value() == null || error.value().isEmpty()) ? "" : "“" + error.value() + "”: ")
					+ error.expected(locale);
			if (field != null && FIELDS.contains(field)) {
				fieldErrors.merge(field, text, (a, b) -> a + "; " + b);
			}
			else {
				otherErrors.add(text);
			}
		}
		List<Integer> years = queries.years();
		model.addAttribute("committee", committee);
		model.addAttribute("committeeName", queries.committeeName(committee));
		model.addAttribute("recordId", id);
		model.addAttribute("formFields",
				FIELDS.stream()
					.map(field -> FormField.of(field, fields, fieldErrors.get(field), id != null, years, locale))
					.toList());
		model.addAttribute("subtypeLists", FormField.subtypeLists(locale));
		model.addAttribute("fieldErrors", fieldErrors);
		model.addAttribute("otherErrors", otherErrors);
		if (id != null) {
			// a stored record's evidence files (org.sixrates.review.EvidencePages)
			model.addAttribute("evidence", evidence.shown(committee, id));
			model.addAttribute("evidenceLimit", evidence.limit());
		}
		return "records/edit";
	}

}
