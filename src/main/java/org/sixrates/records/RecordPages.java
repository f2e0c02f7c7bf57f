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
import org.sixrates.vocabulary.Messages;
import org.sixrates.web.Labels;
import org.sixrates.web.Paging;
import org.sixrates.web.Refused;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Subtype;
import org.springframework.web.util.UriComponentsBuilder;
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
			RecordField.SUBTYPE, RecordField.STATUS, RecordField.LEVEL, RecordField.CONVERTED,
			RecordField.SATISFACTION);

	/** The columns of the list: every field of a record, the committee first. */
	static final List<RecordField> COLUMNS = Stream
		.concat(Stream.of(RecordField.COMMITTEE),
				Arrays.stream(RecordField.values()).filter(field -> field != RecordField.COMMITTEE))
		.toList();

	private final RecordQueries queries;

	private final Labels labels;

	private final DrillTotals totals;

	RecordPages(RecordQueries queries, Labels labels, DrillTotals totals) {
		this.queries = queries;
		this.labels = labels;
		this.totals = totals;
	}

	@GetMapping("/records")
	String list(@RequestParam MultiValueMap<String, String> parameters, @RequestParam(defaultValue = "1") int page,
			Model model) {
		RecordFilter filter = RecordFilter.of(RecordScope.apply(parameters));
		RecordListing listing = new RecordListing(filter, RecordOrder.of(parameters), RateMeasure.of(parameters));
		model.addAttribute("filter", filter);
		model.addAttribute("listing", listing);
		model.addAttribute("page", queries.find(filter, listing.order(), Paging.checked(page)));
		// a drill-down's own number, by its definition, over what is listed
		model.addAttribute("drillTotal", (listing.measure() == null) ? null : totals.total(filter, listing.measure()));
		// the same records by review state, each a link: what counts, what waits, what
		// went back
		Map<Review, Long> byReview = new LinkedHashMap<>();
		for (Review review : Review.values()) {
			byReview.put(review, queries.count(filter.with(RecordField.REVIEW, review)));
		}
		// every record of the same filter, in the same order, as a workbook in the page's
		// language
		model.addAttribute("xlsxLink",
				UriComponentsBuilder.fromUriString(listing.link(1))
					.replacePath("/api/records.xlsx")
					.replaceQueryParam("page")
					.queryParam("lang", Messages.english(Labels.locale()) ? "en" : "zh")
					.build()
					.toUriString());
		model.addAttribute("byReview", byReview);
		model.addAttribute("reviewLinks",
				Arrays.stream(Review.values()).collect(Collectors.toMap(Review::name, listing::inReview)));
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
		// a clerk adds records to its own committee; the city office to any, the one
		// filtered on chosen first
		List<Object> filtered = filter.values(RecordField.COMMITTEE);
		boolean mayEdit = Access.hasRole(Role.ADMIN) || Access.hasRole(Role.CLERK);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("newRecordCommittee", mayEdit ? Access.committeeScope().orElse(null) : null);
		model.addAttribute("chooseNewRecordCommittee", Access.hasRole(Role.ADMIN) && Access.committeeScope().isEmpty());
		model.addAttribute("filteredCommittee", filtered.size() == 1 ? filtered.get(0) : null);
		model.addAttribute("subtypes", Subtype.values());
		return "records/list";
	}

	/**
	 * The new-record chooser's target, so that the office picks the committee in the
	 * form, without JavaScript; a clerk its own, another committee is a 403.
	 */
	@GetMapping("/records/new")
	String newRecord(@RequestParam(required = false) String committee) {
		String chosen = (committee == null || committee.isBlank()) ? Access.committeeScope().orElse(null)
				: committee.strip();
		if (chosen == null) {
			throw Refused.badParameter("committee", "", Message.of("input.parameter.committee"));
		}
		Access.checkEdit(chosen);
		return "redirect:" + UriComponentsBuilder.fromPath("/records/{committee}/new")
			.buildAndExpand(chosen)
			.encode()
			.toUriString();
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
