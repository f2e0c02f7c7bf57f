package org.sixrates.ranking;

import org.sixrates.spreadsheet.Letterhead;
import org.sixrates.spreadsheet.XlsxResponse;
import org.sixrates.web.Labels;
import org.sixrates.web.Refused;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The ranking's workbook for the signed-in browser, in the page's language: the API's
 * {@code /api/rankings/{year}.xlsx} answers scripts (HTTP Basic or a token, no session),
 * so the page's button downloads it here, on the pages' own sign-in.
 */
@Controller
class RankingDownloads {

	private final RankingService rankings;

	private final Letterhead letterhead;

	RankingDownloads(RankingService rankings, Letterhead letterhead) {
		this.rankings = rankings;
		this.letterhead = letterhead;
	}

	@GetMapping("/rankings/{year}.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable int year) {
		RankingTable ranking = rankings.ranking(year).orElseThrow(() -> Refused.notFound("problem.noRanking", year));
		return XlsxResponse.of(RankingXlsx.write(ranking, Labels.locale(), letterhead),
				RankingXlsx.fileName(year, Labels.locale()));
	}

}
