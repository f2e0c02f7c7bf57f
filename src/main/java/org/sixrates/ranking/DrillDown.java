package org.sixrates.ranking;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links from a number to the records behind it: {@code /records?committee=…&year=…} and
 * the measure's filter, one parameter per allowed value
 * ({@code kind=PROPOSAL&kind=SOCIAL_OPINION}).
 */
@Component("drillDown")
public class DrillDown {

	/** The records link, or {@code null} when the number is not made of records. */
	public String records(String committee, int year, Map<String, List<String>> filter) {
		if (filter == null) {
			return null;
		}
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/records")
			.queryParam("committee", committee)
			.queryParam("year", year);
		filter.forEach((field, values) -> values.forEach(value -> link.queryParam(field, value)));
		return link.encode().build().toUriString();
	}

	/** All of a committee's records in a year. */
	public String records(String committee, int year) {
		return records(committee, year, Map.of());
	}

}
