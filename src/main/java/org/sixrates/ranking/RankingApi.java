package org.sixrates.ranking;

import java.util.List;
import java.util.SortedSet;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.sixrates.ranking.RankingCsv;
import org.sixrates.ranking.CommitteeDetail;
import org.sixrates.ranking.RankingTable;
import org.sixrates.ranking.RankingService;
import org.sixrates.security.Access;
import org.sixrates.vocabulary.Message;
import org.sixrates.web.Refused;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ranking as JSON and as the command line's CSV. */
@RestController
@RequestMapping("/api")
class RankingApi {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final RankingService rankings;

	private final Counter jsonRequests;

	private final Counter csvRequests;

	RankingApi(RankingService rankings, MeterRegistry registry) {
		this.rankings = rankings;
		this.jsonRequests = RankingMeters.requests(registry, "json");
		this.csvRequests = RankingMeters.requests(registry, "csv");
	}

	/** Every assessment year, ascending. */
	@GetMapping("/years")
	SortedSet<Integer> years() {
		return rankings.years();
	}

	@GetMapping("/rankings/{year}")
	RankingTable ranking(@PathVariable int year) {
		jsonRequests.increment();
		return find(year);
	}

	/**
	 * The ranking as CSV, UTF-8 behind a byte order mark so that Excel reads it;
	 * {@code lang=zh} writes the header in Chinese.
	 */
	@GetMapping("/rankings/{year}.csv")
	ResponseEntity<byte[]> csv(@PathVariable int year, @RequestParam(defaultValue = "en") String lang) {
		if (!"en".equals(lang) && !"zh".equals(lang)) {
			throw Refused.badParameter("lang", lang, Message.of("input.parameter.lang"));
		}
		csvRequests.increment();
		RankingTable ranking = find(year);
		ContentDisposition attachment = ContentDisposition.attachment()
			.filename("six-rates-" + year + ("zh".equals(lang) ? "-zh" : "") + ".csv")
			.build();
		return ResponseEntity.ok()
			.contentType(CSV)
			.headers(headers -> headers.setContentDisposition(attachment))
			.body(RankingCsv.withBom(List.of(ranking), "zh".equals(lang)));
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
