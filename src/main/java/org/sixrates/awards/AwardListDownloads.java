package org.sixrates.awards;

import org.sixrates.spreadsheet.Letterhead;
import org.sixrates.spreadsheet.Xlsx;
import org.sixrates.spreadsheet.XlsxResponse;
import org.sixrates.web.Labels;
import org.sixrates.web.Refused;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The award list's workbook for the signed-in browser, in the page's language, as the
 * API's {@code /api/awards/{year}.xlsx} gives it to scripts (which sign in without a
 * session).
 */
@Controller
class AwardListDownloads {

	private final AwardDecisions decisions;

	private final Letterhead letterhead;

	AwardListDownloads(AwardDecisions decisions, Letterhead letterhead) {
		this.decisions = decisions;
		this.letterhead = letterhead;
	}

	@GetMapping("/awards/{year}/list.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable int year) {
		byte[] workbook = decisions.listSheet(year, Labels.locale(), letterhead)
			.map(Xlsx::write)
			.orElseThrow(() -> Refused.notFound("problem.noRanking", year));
		return XlsxResponse.of(workbook, AwardListXlsx.fileName(year, Labels.locale()));
	}

}
