package org.sixrates.ranking;

import java.util.List;
import java.util.Map;

import org.sixrates.system.SixRatesProperties;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Review;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links from a number to the records behind it: {@code /records?committee=…&year=…} and
 * the measure's filter, one parameter per allowed value
 * ({@code kind=PROPOSAL&kind=SOCIAL_OPINION}); while only approved records count
 * ({@code sixrates.review.required}), {@code review=APPROVED} too, so that the list holds
 * what the number counts, and the list's review filter shows the pending and returned
 * ones beside it. A link names the number it opens
 * ({@code rate=activity&part=numerator}), so that the list shows that number's own total
 * beside its records; a number that is no records (the committee's members) opens that
 * total and its formula alone.
 */
@Component("drillDown")
public class DrillDown {

	private final boolean approvedOnly;

	DrillDown(SixRatesProperties properties) {
		this.approvedOnly = properties.review().required();
	}

	/** The records link, or {@code null} when the number is not made of records. */
	public String records(String committee, int year, Map<String, List<String>> filter) {
		if (filter == null) {
			return null;
		}
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/records")
			.queryParam("committee", committee)
			.queryParam("year", year);
		filter.forEach((field, values) -> values.forEach(value -> link.queryParam(field, value)));
		if (approvedOnly && !filter.containsKey(RecordField.REVIEW.key())) {
			link.queryParam(RecordField.REVIEW.key(), Review.APPROVED.name());
		}
		return link.encode().build().toUriString();
	}

	/** The records behind a rate's numerator on a committee's page, with its total. */
	public String numerator(CommitteeDetail detail, RateLine line) {
		return measure(detail, line, line.numeratorRecords(), "numerator");
	}

	/** The records behind a rate's denominator on a committee's page, with its total. */
	public String denominator(CommitteeDetail detail, RateLine line) {
		return measure(detail, line, line.denominatorRecords(), "denominator");
	}

	private String measure(CommitteeDetail detail, RateLine line, Map<String, List<String>> filter, String part) {
		String records = (filter == null) ? records(detail.code(), detail.year())
				: records(detail.code(), detail.year(), filter);
		return UriComponentsBuilder.fromUriString(records)
			.queryParam("rate", line.definition().id())
			.queryParam("part", part)
			.build()
			.toUriString();
	}

	/** All of a committee's records in a year, whatever their review. */
	public String records(String committee, int year) {
		return UriComponentsBuilder.fromPath("/records")
			.queryParam("committee", committee)
			.queryParam("year", year)
			.encode()
			.build()
			.toUriString();
	}

}
