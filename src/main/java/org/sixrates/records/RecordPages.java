package org.sixrates.records;

import java.util.stream.Stream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sixrates.security.Access;
import org.sixrates.security.Role;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Review;
import org.sixrates.web.Labels;
import org.sixrates.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The records page: a filter form, the filters applied, one page of records. */
@Controller
class RecordPages {

	/** The fields the form offers as selects; the others travel as hidden inputs. */
	static final List<RecordField> FORM_FIELDS = List.of(RecordField.COMMITTEE, RecordField.YEAR, RecordField.KIND,
			RecordField.STATUS, RecordField.LEVEL);

	/** The columns of the list: every field of a record, the committee first. */
	static final List<RecordField> COLUMNS = Stream
		.concat(Stream.of(RecordField.COMMITTEE),
				Arrays.stream(RecordField.values()).filter(field -> field != RecordField.COMMITTEE))
		.toList();

	private final RecordQueries queries;

	private final Labels labels;

	RecordPages(RecordQueries queries, Labels labels) {
		this.queries = queries;
		this.labels = labels;
	}

	@GetMapping("/records")
	String list(@RequestParam MultiValueMap<String, String> parameters, @RequestParam(defaultValue = "1") int page,
			Model model) {
		RecordFilter filter = RecordFilter.of(RecordScope.apply(parameters));
		model.addAttribute("filter", filter);
		model.addAttribute("page", queries.find(filter, Paging.checked(page)));
		// the same records by review state, each a link: what counts, what waits, what
		// went back
		Map<Review, Long> byReview = new LinkedHashMap<>();
		for (Review review : Review.values()) {
			byReview.put(review, queries.count(filter.with(RecordField.REVIEW, review)));
		}
		// every record of the same filter as a workbook, in the page's language
		model.addAttribute("xlsxLink",
				UriComponentsBuilder.fromUriString(filter.link(1)).replacePath("/records.xlsx").build().toUriString());
		model.addAttribute("byReview", byReview);
		model.addAttribute("reviewLinks", Arrays.stream(Review.values())
			.collect(Collectors.toMap(Review::name, review -> filter.with(RecordField.REVIEW, review).link(1))));
		// a clerk's filter offers its own committee only: the others would be refused
		List<RecordQueries.CommitteeName> committees = queries.committees()
			.stream()
			.filter(committee -> Access.maySee(committee.code()))
			.toList();
		model.addAttribute("committees", committees);
		model.addAttribute("appliedLabels", appliedLabels(filter, committees));
		model.addAttribute("years", queries.years());
		model.addAttribute("formFields", FORM_FIELDS);
		model.addAttribute("hiddenFields",
				RecordFilter.FIELDS.stream().filter(field -> !FORM_FIELDS.contains(field)).sorted().toList());
		model.addAttribute("columns", COLUMNS);
		// a clerk adds records to its own committee; the city office to the one committee
		// filtered on
		List<Object> filtered = filter.values(RecordField.COMMITTEE);
		String newRecordCommittee = Access.committeeScope()
			.orElse(filtered.size() == 1 ? (String) filtered.get(0) : null);
		boolean mayEdit = Access.hasRole(Role.ADMIN) || Access.hasRole(Role.CLERK);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("newRecordCommittee", mayEdit ? newRecordCommittee : null);
		return "records/list";
	}

	/**
	 * Each applied field's values as the reader says them: committees by name, terms by
	 * label.
	 */
	private Map<String, String> appliedLabels(RecordFilter filter, List<RecordQueries.CommitteeName> committees) {
		Map<String, String> names = committees.stream()
			.collect(Collectors.toMap(RecordQueries.CommitteeName::code, RecordQueries.CommitteeName::name));
		Map<String, String> applied = new LinkedHashMap<>();
		filter.allowed()
			.forEach((field, values) -> applied.put(field.key(),
					String.join(" / ", values.stream()
						.map(value -> (field == RecordField.COMMITTEE)
								? names.getOrDefault((String) value, (String) value) : labels.value(field, value))
						.toList())));
		return applied;
	}

}
