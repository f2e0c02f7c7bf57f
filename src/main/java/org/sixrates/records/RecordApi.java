package org.sixrates.records;

import java.util.Locale;

import org.sixrates.spreadsheet.XlsxResponse;
import org.sixrates.web.ApiLanguage;
import org.sixrates.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The records as JSON, filtered like the page: {@code committee}, {@code year},
 * {@code kind}, {@code subtype}, {@code level}, {@code status}, {@code converted},
 * {@code satisfaction}, {@code review}, each repeatable, {@code q} (a text the title
 * contains), {@code sort} and {@code dir} (a column, {@code asc} or {@code desc}) and
 * {@code page} (1-based, 50 records a page); and every record of the same filter as an
 * Excel workbook.
 */
@RestController
class RecordApi {

	private final RecordQueries queries;

	private final RecordXlsx xlsx;

	RecordApi(RecordQueries queries, RecordXlsx xlsx) {
		this.queries = queries;
		this.xlsx = xlsx;
	}

	@GetMapping("/api/records")
	RecordPage records(@RequestParam MultiValueMap<String, String> parameters,
			@RequestParam(defaultValue = "1") int page) {
		return queries.find(RecordFilter.of(RecordScope.apply(parameters)), RecordOrder.of(parameters),
				Paging.checked(page));
	}

	/**
	 * Every record the filter selects, all pages, as an Excel workbook; headers and
	 * labels in English or, with {@code lang=zh}, Chinese. A clerk's records are its own
	 * committee's, as in the list.
	 */
	@GetMapping("/api/records.xlsx")
	ResponseEntity<byte[]> workbook(@RequestParam MultiValueMap<String, String> parameters,
			@RequestParam(defaultValue = "en") String lang) {
		Locale locale = ApiLanguage.ofExport(lang);
		return XlsxResponse.of(xlsx.workbook(parameters, locale), RecordXlsx.fileName(locale));
	}

}
