package org.sixrates.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sixrates.input.Cells;
import org.sixrates.scoring.CommitteeUncertainty;
import org.sixrates.scoring.RateAudit;
import org.sixrates.scoring.SensitivityResult;
import org.sixrates.scoring.UncertaintyResult;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * How far a year's ranking can be trusted (DESIGN §9): the Monte Carlo rank intervals and
 * award odds, the sensitivity indices and the statistical audit, as JSON and the
 * intervals also as CSV. Whoever may read the ranking may read these.
 */
@RestController
@RequestMapping("/api/rankings/{year}")
class TrustApi {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final TrustAnalyses analyses;

	TrustApi(TrustAnalyses analyses) {
		this.analyses = analyses;
	}

	@GetMapping("/uncertainty")
	UncertaintyResult uncertainty(@PathVariable int year,
			@RequestParam(defaultValue = "" + TrustAnalyses.DEFAULT_REPLICATIONS) int n,
			@RequestParam(defaultValue = "" + TrustAnalyses.DEFAULT_SPREAD) double spread,
			@RequestParam(defaultValue = "1") long seed, @RequestParam(required = false) String normalizations,
			@RequestParam(required = false) String aggregations) {
		return analyses.uncertainty(year, n, spread, seed, TrustAnalyses.Choices.parse(normalizations, aggregations));
	}

	/**
	 * The same as CSV, UTF-8 behind a byte order mark:
	 * {@code committee,nominalRank,medianRank,p5Rank,p95Rank}, then
	 * {@code awardShares.<award id>} in rules order and {@code gradeShares.<grade id>}
	 * highest first, shares with 4 decimals.
	 */
	@GetMapping("/uncertainty.csv")
	ResponseEntity<byte[]> uncertaintyCsv(@PathVariable int year,
			@RequestParam(defaultValue = "" + TrustAnalyses.DEFAULT_REPLICATIONS) int n,
			@RequestParam(defaultValue = "" + TrustAnalyses.DEFAULT_SPREAD) double spread,
			@RequestParam(defaultValue = "1") long seed, @RequestParam(required = false) String normalizations,
			@RequestParam(required = false) String aggregations) {
		UncertaintyResult result = uncertainty(year, n, spread, seed, normalizations, aggregations);
		ContentDisposition attachment = ContentDisposition.attachment()
			.filename("six-rates-" + year + "-uncertainty.csv")
			.build();
		return ResponseEntity.ok()
			.contentType(CSV)
			.headers(headers -> headers.setContentDisposition(attachment))
			.body(Cells.withBom(csv(result)));
	}

	@GetMapping("/sensitivity")
	SensitivityJson sensitivity(@PathVariable int year,
			@RequestParam(defaultValue = "" + TrustAnalyses.DEFAULT_BASE_SAMPLE) int n,
			@RequestParam(defaultValue = "" + TrustAnalyses.DEFAULT_SPREAD) double spread,
			@RequestParam(required = false) String normalizations,
			@RequestParam(required = false) String aggregations) {
		return SensitivityJson
			.of(analyses.sensitivity(year, n, spread, TrustAnalyses.Choices.parse(normalizations, aggregations)));
	}

	@GetMapping("/statistics")
	StatisticsJson statistics(@PathVariable int year) {
		return StatisticsJson.of(analyses.audit(year));
	}

	static String csv(UncertaintyResult result) {
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("committee", "nominalRank", "medianRank", "p5Rank", "p95Rank"));
		if (!result.committees().isEmpty()) {
			CommitteeUncertainty first = result.committees().get(0);
			first.awardShares().keySet().forEach(id -> header.add(Cells.inert("awardShares." + id)));
			first.gradeShares().keySet().forEach(id -> header.add(Cells.inert("gradeShares." + id)));
		}
		rows.add(header);
		for (CommitteeUncertainty committee : result.committees()) {
			List<String> cells = new ArrayList<>(List.of(Cells.inert(committee.committee()),
					Integer.toString(committee.nominalRank()), Integer.toString(committee.medianRank()),
					Integer.toString(committee.p5Rank()), Integer.toString(committee.p95Rank())));
			committee.awardShares().values().forEach(share -> cells.add(share(share)));
			committee.gradeShares().values().forEach(share -> cells.add(share(share)));
			rows.add(cells);
		}
		return Cells.csv(rows);
	}

	private static String share(double share) {
		return new java.math.BigDecimal(Double.toString(share)).setScale(4, java.math.RoundingMode.HALF_UP)
			.toPlainString();
	}

	/** A number, or {@code null} where it is undefined: JSON has no NaN. */
	static Double defined(double value) {
		return Double.isNaN(value) ? null : value;
	}

	static Double[][] defined(double[][] matrix) {
		return Arrays.stream(matrix)
			.map(row -> Arrays.stream(row).mapToObj(TrustApi::defined).toArray(Double[]::new))
			.toArray(Double[][]::new);
	}

	/** The sensitivity indices; an index is {@code null} when nothing moves a rank. */
	record SensitivityJson(int n, double spread, double variance, List<Index> indices) {

		record Index(String input, Double firstOrder, Double total) {
		}

		static SensitivityJson of(SensitivityResult result) {
			return new SensitivityJson(result.baseSample(), result.spread(), result.variance(),
					result.indices()
						.stream()
						.map(index -> new Index(index.input(), defined(index.firstOrder()), defined(index.total())))
						.toList());
		}

	}

	/**
	 * The statistical audit in the shape DESIGN §9 gives it; a statistic is {@code null}
	 * where it is undefined (too few committees, no spread).
	 */
	record StatisticsJson(List<Rate> rates, Double[][] pearson, Double[][] spearman, Double cronbachAlpha,
			Map<String, Double> effectiveWeights) {

		record Rate(String id, int coverage, Double mean, Double sd, Double min, Double max, Double skewness,
				Double kurtosis, boolean flagged) {
		}

		static StatisticsJson of(RateAudit.Audit audit) {
			List<Rate> rates = audit.rates()
				.stream()
				.map(r -> new Rate(r.id(), r.coverage(), defined(r.mean()), defined(r.sd()), defined(r.min()),
						defined(r.max()), defined(r.skewness()), defined(r.kurtosis()), r.flagged()))
				.toList();
			Map<String, Double> effective = new LinkedHashMap<>();
			audit.effectiveWeights().forEach((id, weight) -> effective.put(id, defined(weight)));
			return new StatisticsJson(rates, defined(audit.pearson()), defined(audit.spearman()),
					defined(audit.cronbachAlpha()), effective);
		}

	}

}
