package org.sixrates.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sixrates.rules.Award;
import org.sixrates.rules.RateDefinition;
import org.sixrates.rules.Scheme;
import org.sixrates.scoring.CommitteeUncertainty;
import org.sixrates.scoring.RankSensitivity;
import org.sixrates.scoring.SensitivityIndex;
import org.sixrates.scoring.SensitivityResult;
import org.sixrates.scoring.UncertaintyResult;
import org.sixrates.scoring.YearInput;
import org.sixrates.system.RecentResults;
import org.sixrates.vocabulary.Decimals;
import org.sixrates.vocabulary.Message;
import org.sixrates.web.Labels;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rank intervals and sensitivity chart the ranking page shows in a section of its own
 * ({@code ${@trustViews.of(ranking)}} from {@code rankings/trust.html}), with the
 * analyses' defaults: 10 000 replications, spread 0.25, seed 1, base sample 1 000.
 */
@Component("trustViews")
public class TrustViews {

	private final TrustAnalyses analyses;

	private final JsonMapper json;

	/**
	 * The views of the last analyses shown, by language: 3 000 rows of intervals and
	 * award shares are written out once per state of the results, not once per page.
	 */
	private final RecentResults<List<Object>, View> recentViews = new RecentResults<>(8);

	TrustViews(TrustAnalyses analyses, JsonMapper json) {
		this.analyses = analyses;
		this.json = json;
	}

	/**
	 * @param awards the awards' labels in the reader's language, in rules order
	 * @param rows in rank order
	 * @param chartJson the sensitivity indices for the bar chart
	 */
	public record View(int replications, String spread, List<String> awards, List<Row> rows, String chartJson) {

		/**
		 * The view with the rows of {@code codes} only, in their order: the committees a
		 * page of the ranking shows.
		 */
		public View of(List<String> codes) {
			Map<String, Row> byCode = new HashMap<>();
			rows.forEach(row -> byCode.put(row.code(), row));
			List<Row> shown = codes.stream().map(byCode::get).filter(Objects::nonNull).toList();
			return new View(replications, spread, awards, shown, chartJson);
		}

	}

	/**
	 * One committee's interval: P5–P95 and the median rank; award shares in percent, in
	 * rules order.
	 */
	public record Row(String code, String name, int nominalRank, int medianRank, int p5Rank, int p95Rank,
			List<String> awardShares) {

		/** Whether the interval is a single rank. */
		public boolean certain() {
			return p5Rank == p95Rank;
		}

	}

	/**
	 * The view of the ranking's year with the rows of {@code codes} only, in their order;
	 * {@code null} when there are no results to analyse.
	 */
	public View of(RankingTable ranking, List<String> codes) {
		View view = of(ranking);
		return (view == null) ? null : view.of(codes);
	}

	/**
	 * The view of the ranking's year, {@code null} when there are no results to analyse.
	 */
	public View of(RankingTable ranking) {
		YearInput input = analyses.find(ranking.year()).orElse(null);
		if (input == null) {
			return null;
		}
		UncertaintyResult uncertainty = analyses.uncertainty(ranking.year(), TrustAnalyses.DEFAULT_REPLICATIONS,
				TrustAnalyses.DEFAULT_SPREAD, 1, TrustAnalyses.Choices.none());
		SensitivityResult sensitivity = analyses.sensitivity(ranking.year(), TrustAnalyses.DEFAULT_BASE_SAMPLE,
				TrustAnalyses.DEFAULT_SPREAD, TrustAnalyses.Choices.none());
		return recentViews.get(
				List.of(new RecentResults.Same(uncertainty), new RecentResults.Same(sensitivity),
						new RecentResults.Same(ranking.rows()), Labels.locale()),
				() -> view(input, ranking, uncertainty, sensitivity));
	}

	private View view(YearInput input, RankingTable ranking, UncertaintyResult uncertainty,
			SensitivityResult sensitivity) {
		Map<String, String> names = new LinkedHashMap<>();
		ranking.rows().forEach(row -> names.put(row.code(), row.name()));
		List<Row> rows = new ArrayList<>();
		for (CommitteeUncertainty c : uncertainty.committees()) {
			rows.add(new Row(c.committee(), names.getOrDefault(c.committee(), c.committee()), c.nominalRank(),
					c.medianRank(), c.p5Rank(), c.p95Rank(),
					c.awardShares().values().stream().map(share -> Decimals.percent(share) + "%").toList()));
		}
		List<String> awards = input.scheme().awards().stream().map(Award::label).map(this::text).toList();
		return new View(uncertainty.n(), Decimals.percentPlain(uncertainty.spread()) + "%", awards, rows,
				chart(input.scheme(), sensitivity));
	}

	private String chart(Scheme scheme, SensitivityResult sensitivity) {
		List<String> inputs = new ArrayList<>();
		List<Double> first = new ArrayList<>();
		List<Double> total = new ArrayList<>();
		for (SensitivityIndex index : sensitivity.indices()) {
			inputs.add(inputLabel(scheme, index.input()));
			first.add(rounded(index.firstOrder()));
			total.add(rounded(index.total()));
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("inputs", inputs);
		data.put("first", first);
		data.put("total", total);
		data.put("firstLabel", Message.of("analysis.sensitivity.first").in(Labels.locale()));
		data.put("totalLabel", Message.of("analysis.sensitivity.total").in(Labels.locale()));
		return json.writeValueAsString(data);
	}

	/** A rate's label for its weight, or the normalization or aggregation choice. */
	private String inputLabel(Scheme scheme, String input) {
		if (RankSensitivity.NORMALIZATION.equals(input) || RankSensitivity.AGGREGATION.equals(input)) {
			return Message.of("analysis.input." + input).in(Labels.locale());
		}
		RateDefinition rate = scheme.rates().get(scheme.indexOf(input));
		return text(rate.label());
	}

	private String text(org.sixrates.rules.Label label) {
		return Labels.chinese() ? label.zh() : label.en();
	}

	private static Double rounded(double value) {
		return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
	}

}
