package org.sixrates.records;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sixrates.web.Paging;

/**
 * The records as JSON, filtered like the page: {@code committee}, {@code year},
 * {@code kind}, {@code subtype}, {@code level}, {@code status}, {@code converted},
 * {@code satisfaction}, {@code review}, each repeatable, {@code q} (a text the title
 * contains), {@code sort} and {@code dir} (a column, {@code asc} or {@code desc}) and
 * {@code page} (1-based, 50 records a page).
 */
@RestController
class RecordApi {

	private final RecordQueries queries;

	RecordApi(RecordQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/records")
	RecordPage records(@RequestParam MultiValueMap<String, String> parameters,
			@RequestParam(defaultValue = "1") int page) {
		return queries.find(RecordFilter.of(RecordScope.apply(parameters)), RecordOrder.of(parameters),
				Paging.checked(page));
	}

}
