package org.sixrates.records;

import org.sixrates.spreadsheet.XlsxResponse;
import org.sixrates.web.Labels;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The records list's workbook for the signed-in browser, in the page's language, as the
 * API's {@code /api/records.xlsx} gives it to scripts (which sign in without a session).
 */
@Controller
class RecordDownloads {

	private final RecordXlsx xlsx;

	RecordDownloads(RecordXlsx xlsx) {
		this.xlsx = xlsx;
	}

	@GetMapping("/records.xlsx")
	ResponseEntity<byte[]> workbook(@RequestParam MultiValueMap<String, String> parameters) {
		return XlsxResponse.of(xlsx.workbook(parameters, Labels.locale()), RecordXlsx.fileName(Labels.locale()));
	}

}
