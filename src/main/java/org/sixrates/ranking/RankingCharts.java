package org.sixrates.ranking;

import java.util.ArrayList;
import java.util.HashMap;
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

	/**
	 * The most committees the bar chart of scores shows: a larger ranking shows its first
	 * {@value} and the chosen committee among its neighbours.
	 */
	static final int CHART_TOP = 30;

	/** The neighbours on either side of a chosen committee that its bars show. */
	static final int NEIGHBOURS = 2;

	/**
	 * Radar of each committee's rates against the city mean, and the scores as bars. A
	 * ranking of up to {@value #CHART_TOP} committees carries them all; a larger one the
	 * first {@value #CHART_TOP} and, with {@value #NEIGHBOURS} neighbours on either side
	 * in rank order, the committees of the page, the clerk's own and the one chosen: the
	 * committees the radar offers and whose neighbourhood the bars can show.
	 * @param chosen the code of the committee the charts open on, {@code null} for the
	 * leader
	 */
	String ranking(RankingTable ranking, List<RankingRow> page, String own, String chosen) {
		boolean chinese = Labels.chinese();
		List<Map<String, Object>> rates = new ArrayList<>();
		List<Double> cityMean = new ArrayList<>();
		for (RateColumn column : ranking.columns()) {
			rates.add(Map.of("id", column.id(), "label", column.rate().label(chinese)));
			cityMean.add(percent(column.cityMean()));
		}
		List<Map<String, Object>> committees = new ArrayList<>();
		for (int position : carried(ranking.rows(), page, own, chosen)) {
			RankingRow row = ranking.rows().get(position);
			Map<String, Object> committee = new LinkedHashMap<>();
			committee.put("code", row.code());
			committee.put("name", row.name());
			committee.put("rank", row.rank());
			committee.put("position", position);
			committee.put("rates", row.rates().stream().map(RankingCharts::percent).toList());
			committee.put("score", round(row.score()));
			committees.add(committee);
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("rates", rates);
		data.put("cityMean", cityMean);
		data.put("committees", committees);
		data.put("total", ranking.rows().size());
		data.put("top", CHART_TOP);
		data.put("neighbours", NEIGHBOURS);
		data.put("chosen", chosen);
		return json.writeValueAsString(data);
	}

	/** Radar and bars of a ranking as one page shows all of it. */
	String ranking(RankingTable ranking) {
		return ranking(ranking, ranking.rows(), null, null);
	}

	/** The rows the charts carry, in rank order: the committees the radar offers. */
	static List<RankingRow> carriedRows(RankingTable ranking, List<RankingRow> page, String own, String chosen) {
		return carried(ranking.rows(), page, own, chosen).stream().map(ranking.rows()::get).toList();
	}

	/** The positions in rank order of the rows the charts carry, ascending. */
	private static List<Integer> carried(List<RankingRow> rows, List<RankingRow> page, String own, String chosen) {
		Map<String, Integer> byCode = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			byCode.put(rows.get(i).code(), i);
		}
		boolean[] carried = new boolean[rows.size()];
		for (int i = 0; i < Math.min(CHART_TOP, rows.size()); i++) {
			carried[i] = true;
		}
		List<String> around = new ArrayList<>(page.stream().map(RankingRow::code).toList());
		around.add(own);
		around.add(chosen);
		for (String code : around) {
			Integer position = (code == null) ? null : byCode.get(code);
			if (position != null) {
				for (int i = Math.max(0, position - NEIGHBOURS); i <= Math.min(rows.size() - 1,
						position + NEIGHBOURS); i++) {
					carried[i] = true;
				}
			}
		}
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (carried[i] || rows.size() <= CHART_TOP) {
				positions.add(i);
			}
		}
		return positions;
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
