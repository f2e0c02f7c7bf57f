package org.sixrates.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sixrates.rules.Scheme;
import org.sixrates.scoring.RateAudit;
import org.sixrates.scoring.YearInput;
import org.sixrates.vocabulary.Decimals;
import org.sixrates.vocabulary.Message;
import org.sixrates.web.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistical audit of a year's rates as a page: the rates' statistics, the
 * correlation heat maps, what is flagged in words, effective against nominal weights.
 */
@Controller
class TrustPages {

	private final TrustAnalyses analyses;

	private final JsonMapper json;

	TrustPages(TrustAnalyses analyses, JsonMapper json) {
		this.analyses = analyses;
		this.json = json;
	}

	/**
	 * One rate's line: rates in percent, moments with 2 decimals, {@code —} undefined.
	 */
	record RateRow(String label, int coverage, String mean, String sd, String min, String max, String skewness,
			String kurtosis, boolean flagged, String weight, String effectiveWeight) {
	}

	@GetMapping("/rankings/{year}/statistics")
	String statistics(@PathVariable int year, Model model) {
		YearInput input = analyses.input(year);
		RateAudit.Audit audit = RateAudit.of(input.result());
		Scheme scheme = input.scheme();
		List<String> labels = scheme.rates()
			.stream()
			.map(rate -> Labels.chinese() ? rate.label().zh() : rate.label().en())
			.toList();
		List<RateRow> rows = new ArrayList<>();
		List<Message> flags = new ArrayList<>();
		for (int i = 0; i < audit.rates().size(); i++) {
			RateAudit.RateStatistics rate = audit.rates().get(i);
			rows.add(new RateRow(labels.get(i), rate.coverage(), percent(rate.mean()), percent(rate.sd()),
					percent(rate.min()), percent(rate.max()), plain(rate.skewness()), plain(rate.kurtosis()),
					rate.flagged(), Decimals.percentPlain(rate.weight()) + "%",
					percent(audit.effectiveWeights().get(rate.id()))));
			if (rate.flagged()) {
				flags.add(Message.of("analysis.flag.skewed", labels.get(i), plain(rate.skewness()),
						plain(rate.kurtosis())));
			}
		}
		for (int i = 0; i < labels.size(); i++) {
			for (int j = i + 1; j < labels.size(); j++) {
				double r = audit.pearson()[i][j];
				if (r > RateAudit.REDUNDANT) {
					flags.add(Message.of("analysis.flag.redundant", labels.get(i), labels.get(j), plain(r)));
				}
				else if (r < 0) {
					flags.add(Message.of("analysis.flag.tradeoff", labels.get(i), labels.get(j), plain(r)));
				}
			}
		}
		model.addAttribute("year", year);
		model.addAttribute("committees", input.result().committees().size());
		model.addAttribute("rows", rows);
		model.addAttribute("flags", flags);
		model.addAttribute("alpha", plain(audit.cronbachAlpha()));
		model.addAttribute("heatmapJson", heatmap(labels, audit));
		return "rankings/statistics";
	}

	private String heatmap(List<String> labels, RateAudit.Audit audit) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", labels);
		data.put("pearson", rounded(audit.pearson()));
		data.put("spearman", rounded(audit.spearman()));
		return json.writeValueAsString(data);
	}

	private static List<List<Double>> rounded(double[][] matrix) {
		List<List<Double>> rows = new ArrayList<>();
		for (double[] row : matrix) {
			List<Double> values = new ArrayList<>();
			for (double value : row) {
				values.add(Double.isNaN(value) ? null : Math.round(value * 100) / 100.0);
			}
			rows.add(values);
		}
		return rows;
	}

	private static String percent(Double value) {
		return (value == null || Double.isNaN(value)) ? "—" : Decimals.percent(value) + "%";
	}

	private static String plain(double value) {
		return Double.isNaN(value) ? "—"
				: new BigDecimal(Double.toString(value)).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

}
