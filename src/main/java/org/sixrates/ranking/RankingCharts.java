package org.sixrates.ranking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sixrates.ranking.CommitteeDetail;
import org.sixrates.ranking.RateColumn;
import org.sixrates.ranking.RateLine;
import org.sixrates.ranking.RankingTable;
import org.sixrates.ranking.RankingRow;
import org.sixrates.vocabulary.Decimals;
import org.sixrates.web.Labels;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of the charts as JSON for the page's script: rates in percent rounded to 2
 * decimals, as the table shows them, labels in the reader's language.
 */
@Component
class RankingCharts {

	private final JsonMapper json;

	RankingCharts(JsonMapper json) {
		this.json = json;
	}

	/** Radar of each committee's rates against the city mean, and the scores as bars. */
	String ranking(RankingTable ranking) {
		boolean chinese = Labels.chinese();
		List<Map<String, Object>> rates = new ArrayList<>();
		List<Double> cityMean = new ArrayList<>();
		for (RateColumn column : ranking.columns()) {
			rates.add(Map.of("id", column.id(), "label", column.rate().label(chinese)));
			cityMean.add(percent(column.cityMean()));
		}
		List<Map<String, Object>> committees = new ArrayList<>();
		for (RankingRow row : ranking.rows()) {
			Map<String, Object> committee = new LinkedHashMap<>();
			committee.put("code", row.code());
			committee.put("name", row.name());
			committee.put("rates", row.rates().stream().map(RankingCharts::percent).toList());
			committee.put("score", round(row.score()));
			committees.add(committee);
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("rates", rates);
		data.put("cityMean", cityMean);
		data.put("committees", committees);
		return json.writeValueAsString(data);
	}

	/**
	 * Each rate's contribution to the score, for a waterfall, and the trend across the
	 * years: score, rank among how many, and each rate in percent, one value per year.
	 */
	String detail(CommitteeDetail detail) {
		boolean chinese = Labels.chinese();
		List<String> labels = new ArrayList<>();
		List<Double> contributions = new ArrayList<>();
		for (RateLine line : detail.rates()) {
			labels.add(line.definition().label(chinese));
			contributions.add(round(line.contribution()));
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", labels);
		data.put("contributions", contributions);
		data.put("score", round(detail.score()));
		data.put("trend", trend(detail, labels));
		return json.writeValueAsString(data);
	}

	/** The rates of this year's scheme; a year without one of them has a gap there. */
	private static Map<String, Object> trend(CommitteeDetail detail, List<String> labels) {
		List<Map<String, Object>> rates = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			String id = detail.rates().get(i).definition().id();
			Map<String, Object> rate = new LinkedHashMap<>();
			rate.put("label", labels.get(i));
			rate.put("values", detail.trend().stream().map(point -> percent(point.rates().get(id))).toList());
			rates.add(rate);
		}
		Map<String, Object> trend = new LinkedHashMap<>();
		trend.put("years", detail.trend().stream().map(point -> Integer.toString(point.year())).toList());
		trend.put("scores", detail.trend().stream().map(point -> round(point.score())).toList());
		trend.put("ranks", detail.trend().stream().map(TrendPoint::rank).toList());
		trend.put("committees", detail.trend().stream().map(TrendPoint::committees).toList());
		trend.put("rates", rates);
		return trend;
	}

	private static Double percent(Double rate) {
		return (rate == null) ? null : Decimals.percentValue(rate);
	}

	private static double round(double value) {
		return Decimals.twoDecimalsValue(value);
	}

}
