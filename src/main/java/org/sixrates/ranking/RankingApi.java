package org.sixrates.ranking;

import java.util.List;
import java.util.Locale;
import java.util.SortedSet;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.sixrates.ranking.RankingCsv;
import org.sixrates.ranking.CommitteeDetail;
import org.sixrates.ranking.RankingTable;
import org.sixrates.ranking.RankingService;
import org.sixrates.security.Access;
import org.sixrates.spreadsheet.Letterhead;
import org.sixrates.spreadsheet.XlsxResponse;
import org.sixrates.system.RecentResults;
import org.sixrates.vocabulary.Messages;
import org.sixrates.web.ApiLanguage;
import org.sixrates.web.Refused;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The ranking as JSON, as the command line's CSV and as an Excel workbook. */
@RestController
@RequestMapping("/api")
class RankingApi {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final RankingService rankings;

	private final Counter jsonRequests;

	private final Counter csvRequests;

	private final Counter xlsxRequests;

	private final Letterhead letterhead;

	private final JsonMapper json;

	/**
	 * The JSON of the last tables served, by table: the ranking of 3 000 committees is
	 * about a megabyte, written once per state of the results rather than once per
	 * request.
	 */
	private final RecentResults<RecentResults.Same, byte[]> recentJson = new RecentResults<>(8);

	RankingApi(RankingService rankings, MeterRegistry registry, Letterhead letterhead, JsonMapper json) {
		this.rankings = rankings;
		this.json = json;
		this.jsonRequests = RankingMeters.requests(registry, "json");
		this.csvRequests = RankingMeters.requests(registry, "csv");
		this.xlsxRequests = RankingMeters.requests(registry, "xlsx");
		this.letterhead = letterhead;
	}

	/** Every assessment year, ascending. */
	@GetMapping("/years")
	SortedSet<Integer> years() {
		return rankings.years();
	}

	@GetMapping("/rankings/{year}")
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = RankingTable.class)))
	ResponseEntity<byte[]> ranking(@PathVariable int year) {
		jsonRequests.increment();
		RankingTable ranking = find(year);
		byte[] body = recentJson.get(new RecentResults.Same(ranking), () -> json.writeValueAsBytes(ranking));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/**
	 * The ranking as CSV, UTF-8 behind a byte order mark so that Excel reads it;
	 * {@code lang=zh} writes the header in Chinese.
	 */
	@GetMapping("/rankings/{year}.csv")
	ResponseEntity<byte[]> csv(@PathVariable int year, @RequestParam(defaultValue = "en") String lang) {
		boolean chinese = !Messages.english(ApiLanguage.ofExport(lang));
		csvRequests.increment();
		RankingTable ranking = find(year);
		ContentDisposition attachment = ContentDisposition.attachment()
			.filename("six-rates-" + year + (chinese ? "-zh" : "") + ".csv")
			.build();
		return ResponseEntity.ok()
			.contentType(CSV)
			.headers(headers -> headers.setContentDisposition(attachment))
			.body(RankingCsv.withBom(List.of(ranking), chinese));
	}

	/**
	 * The same ranking as an Excel workbook, headers and labels in English or, with
	 * {@code lang=zh}, Chinese.
	 */
	@GetMapping("/rankings/{year}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable int year, @RequestParam(defaultValue = "en") String lang) {
		Locale locale = ApiLanguage.ofExport(lang);
		xlsxRequests.increment();
		RankingTable ranking = find(year);
		return XlsxResponse.of(RankingXlsx.write(ranking, locale, letterhead), RankingXlsx.fileName(year, locale));
	}

	@GetMapping("/committees/{code}/{year}")
	CommitteeDetail committee(@PathVariable String code, @PathVariable int year) {
		Access.checkSee(code);
		return rankings.detail(code, year).orElseThrow(() -> Refused.notFound("problem.notAssessed", code, year));
	}

	private RankingTable find(int year) {
		return rankings.ranking(year).orElseThrow(() -> Refused.notFound("problem.noRanking", year));
	}

}
