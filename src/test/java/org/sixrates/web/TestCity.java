package org.sixrates.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sixrates.ranking.AwardLine;
import org.sixrates.ranking.CommitteeDetail;
import org.sixrates.vocabulary.Named;
import org.sixrates.ranking.RateColumn;
import org.sixrates.ranking.RateLine;
import org.sixrates.ranking.RankingTable;
import org.sixrates.ranking.RankingRow;
import org.sixrates.ranking.RankingService;
import org.sixrates.ranking.SchemeSummary;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A small city written out by hand: four committees, assessed in 2024, three of them in
 * 2023 too, under the six rates weighted 0.20, 0.20 and 0.15 for the other four.
 *
 * <p>
 * 东湖区 (DH) 2024 is worked out in full, normalization none so n = r: endorsement 8/10 =
 * 0.8 → 0.20 × 0.8 × 100 = 16.00; completion 27/30 = 0.9 → 18.00; conversion 6/10 = 0.6 →
 * 0.15 × 0.6 × 100 = 9.00; activity 108/120 = 0.9 → 13.50; publication 14/20 = 0.7 →
 * 10.50; contribution 190/200 = 0.95 → 14.25; score 81.25. In 2023 it was third with
 * 76.00: up 2 places and 5.25 points.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestCity {

	public static final Named NOTICE = new Named("notice", "通报表彰", "Commended by notice");

	public static final Named PLENARY = new Named("plenary", "全会表彰", "Commended at the plenary");

	public static final Named GOOD = new Named("good", "良好", "Good");

	public static final Named PASS = new Named("pass", "合格", "Pass");

	public static final Named FAIL = new Named("fail", "不合格", "Fail");

	public static final SchemeSummary SCHEME = new SchemeSummary("six-rates", "政协工作“六率”考评", "Six-rates assessment",
			"rules/six-rates.yaml", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

	static final Named ENDORSEMENT = new Named("endorsement", "批示率", "Endorsement");

	static final Named COMPLETION = new Named("completion", "办结率", "Completion");

	static final Named CONVERSION = new Named("conversion", "转化率", "Conversion");

	static final Named ACTIVITY = new Named("activity", "活动率", "Activity");

	static final Named PUBLICATION = new Named("publication", "刊载率", "Publication");

	static final Named CONTRIBUTION = new Named("contribution", "贡献率", "Contribution");

	@Bean
	@Primary
	RankingService testCityRankings() {
		return rankings();
	}

	/** The city's rankings and DH's 2024 detail. */
	public static FixedRankings rankings() {
		return new FixedRankings(List.of(ranking2023(), ranking2024()), List.of(eastLake2024()));
	}

	static List<RateColumn> columns(Double... means) {
		List<Named> rates = List.of(ENDORSEMENT, COMPLETION, CONVERSION, ACTIVITY, PUBLICATION, CONTRIBUTION);
		double[] weights = { 0.20, 0.20, 0.15, 0.15, 0.15, 0.15 };
		return List.of(new RateColumn(rates.get(0), weights[0], means[0]),
				new RateColumn(rates.get(1), weights[1], means[1]), new RateColumn(rates.get(2), weights[2], means[2]),
				new RateColumn(rates.get(3), weights[3], means[3]), new RateColumn(rates.get(4), weights[4], means[4]),
				new RateColumn(rates.get(5), weights[5], means[5]));
	}

	/**
	 * 2024. City means over the committees that have the rate: endorsement (0.8 + 0.7 +
	 * 0.12345 + 0.4) / 4 = 0.5058625; publication is excluded for 西山县, so (0.7 + 0.6 +
	 * 0.3) / 3.
	 */
	public static RankingTable ranking2024() {
		List<RateColumn> columns = columns(0.5058625, 0.85, 0.45, 0.75, 1.6 / 3, 0.8);
		List<RankingRow> rows = List.of(
				new RankingRow(1, "DH", "东湖区政协", rates(0.8, 0.9, 0.6, 0.9, 0.7, 0.95), 81.25, GOOD,
						List.of(NOTICE, PLENARY), 3, 76.00),
				new RankingRow(2, "NJ", "南江市政协", rates(0.7, 0.95, 0.5, 0.8, 0.6, 0.85), 78.50, GOOD, List.of(NOTICE), 1,
						80.00),
				new RankingRow(3, "XS", "西山县政协", rates(0.12345, 1.0, 0.4, 0.7, null, 0.8), 65.26, PASS, List.of(), 2,
						77.10),
				new RankingRow(4, "BL", "北岭县政协", rates(0.4, 0.6, 0.3, 0.6, 0.3, 0.6), 58.00, FAIL, List.of(), null,
						null));
		return new RankingTable(2024, List.of(2023, 2024), SCHEME, columns, rows);
	}

	static RankingTable ranking2023() {
		List<RateColumn> columns = columns(0.6, 0.8, 0.4, 0.7, 0.5, 0.8);
		List<RankingRow> rows = List.of(
				new RankingRow(1, "NJ", "南江市政协", rates(0.7, 0.9, 0.5, 0.8, 0.6, 0.85), 80.00, GOOD, List.of(NOTICE),
						null, null),
				new RankingRow(2, "XS", "西山县政协", rates(0.6, 0.8, 0.4, 0.7, 0.5, 0.8), 77.10, GOOD, List.of(NOTICE),
						null, null),
				new RankingRow(3, "DH", "东湖区政协", rates(0.5, 0.7, 0.3, 0.6, 0.4, 0.75), 76.00, GOOD, List.of(NOTICE),
						null, null));
		return new RankingTable(2023, List.of(2023, 2024), SCHEME, columns, rows);
	}

	/** 东湖区 2024, as worked out in the class comment. */
	public static CommitteeDetail eastLake2024() {
		Map<String, List<String>> endorsed = sorted("kind",
				List.of("ADVISORY_PROPOSAL", "RESEARCH_REPORT", "PLENARY_SPEECH", "SOCIAL_OPINION"), "level",
				List.of("COUNTY", "CITY", "PROVINCE", "NATIONAL"));
		Map<String, List<String>> endorsable = sorted("kind",
				List.of("ADVISORY_PROPOSAL", "RESEARCH_REPORT", "PLENARY_SPEECH", "SOCIAL_OPINION"));
		List<RateLine> lines = List.of(new RateLine(ENDORSEMENT, 8, 10, 0.8, 0.8, 0.20, 16.00, endorsed, endorsable),
				new RateLine(COMPLETION, 27, 30, 0.9, 0.9, 0.20, 18.00,
						sorted("kind", List.of("PROPOSAL", "SOCIAL_OPINION"), "status", List.of("COMPLETED")),
						Map.of("kind", List.of("PROPOSAL", "SOCIAL_OPINION"))),
				new RateLine(CONVERSION, 6, 10, 0.6, 0.6, 0.15, 9.00, Map.of("converted", List.of("true")),
						Map.of("kind", List.of("PROPOSAL", "ADVISORY_PROPOSAL"))),
				// activity: members taking part over the committee's members, which are
				// no records
				new RateLine(ACTIVITY, 108, 120, 0.9, 0.9, 0.15, 13.50, Map.of("kind", List.of("ACTIVITY")), null),
				new RateLine(PUBLICATION, 14, 20, 0.7, 0.7, 0.15, 10.50,
						sorted("kind", List.of("PUBLICATION"), "level", List.of("CITY", "PROVINCE", "NATIONAL")),
						Map.of("kind", List.of("PUBLICATION"))),
				new RateLine(CONTRIBUTION, 190, 200, 0.95, 0.95, 0.15, 14.25, Map.of("kind", List.of("FEEDBACK")),
						Map.of("kind", List.of("FEEDBACK"))));
		List<AwardLine> awards = List.of(
				new AwardLine(NOTICE, true, "第 1 名，得分 81.25 ≥ 75，办结率 90.00% ≥ 50%",
						"rank 1, score 81.25 ≥ 75, completion 90.00% ≥ 50%"),
				new AwardLine(PLENARY, true, "2023、2024 年连续获得通报表彰", "commended by notice in 2023 and 2024"));
		return new CommitteeDetail(2024, "DH", "东湖区政协", 120, SCHEME, lines, 81.25, 1, 4, GOOD, awards);
	}

	private static Map<String, List<String>> sorted(String field, List<String> values, Object... more) {
		Map<String, List<String>> filter = new TreeMap<>();
		filter.put(field, values);
		for (int i = 0; i < more.length; i += 2) {
			@SuppressWarnings("unchecked")
			List<String> next = (List<String>) more[i + 1];
			filter.put((String) more[i], next);
		}
		return filter;
	}

	private static List<Double> rates(Double... rates) {
		return Arrays.asList(rates);
	}

}
