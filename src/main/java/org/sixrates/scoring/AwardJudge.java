package org.sixrates.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sixrates.rules.Award;
import org.sixrates.rules.Label;
import org.sixrates.rules.RateDefinition;
import org.sixrates.rules.Scheme;

/**
 * Decides one award for the committees of one year (DESIGN §4): eligible when
 * {@code score ≥ min_score − 1e-9}, no non-excluded rate {@code r < floor − 1e-9} for a
 * veto floor, and for {@code consecutive: {award: A, years: k}} the committee won A in
 * the year and in each of the {@code k − 1} years before (a year not in the cube counts
 * as not won); the eligible are re-ranked among themselves by {@link Ranking}, and rank ≤
 * {@code top} wins.
 */
final class AwardJudge {

	private final Scheme scheme;

	/**
	 * year → committee code → awards won that year, filled in as years and awards are
	 * decided.
	 */
	private final Map<Integer, Map<String, Set<String>>> won;

	AwardJudge(Scheme scheme, Map<Integer, Map<String, Set<String>>> won) {
		this.scheme = scheme;
		this.won = won;
	}

	/**
	 * @param codes the committees, in the order of {@code entries} and {@code rates}
	 * @param rates per committee the rates {@code r} in rules order, {@code null} when
	 * excluded
	 */
	List<AwardOutcome> judge(Award award, int year, List<String> codes, List<Ranking.Entry> entries, Double[][] rates) {
		List<Label> reasons = new ArrayList<>();
		List<Integer> eligible = new ArrayList<>();
		for (int c = 0; c < codes.size(); c++) {
			Label reason = ineligibility(award, year, codes.get(c), entries.get(c).score(), rates[c]);
			reasons.add(reason);
			if (reason == null) {
				eligible.add(c);
			}
		}
		int[] ranks = Ranking.ranks(eligible.stream().map(entries::get).toList());
		AwardOutcome[] outcomes = new AwardOutcome[codes.size()];
		for (int e = 0; e < eligible.size(); e++) {
			int c = eligible.get(e);
			int rank = ranks[e];
			boolean wins = award.top() == null || rank <= award.top();
			Label reason = new Label(
					"符合条件的" + eligible.size() + "个单位中排第" + rank + "名" + (wins ? "" : "，未进入前" + award.top() + "名"),
					"rank " + rank + " of " + eligible.size() + " eligible"
							+ (wins ? "" : ", beyond top " + award.top()));
			outcomes[c] = new AwardOutcome(award.id(), wins, true, rank, eligible.size(), reason);
			if (wins) {
				won.computeIfAbsent(year, y -> new HashMap<>())
					.computeIfAbsent(codes.get(c), code -> new HashSet<>())
					.add(award.id());
			}
		}
		for (int c = 0; c < codes.size(); c++) {
			if (outcomes[c] == null) {
				outcomes[c] = new AwardOutcome(award.id(), false, false, null, eligible.size(), reasons.get(c));
			}
		}
		return List.of(outcomes);
	}

	/** Every reason the committee is not eligible, or {@code null} when it is. */
	private Label ineligibility(Award award, int year, String code, double score, Double[] rates) {
		List<String> zh = new ArrayList<>();
		List<String> en = new ArrayList<>();
		if (score < award.minScore() - Ranking.EPSILON) {
			zh.add(String.format(Locale.ROOT, "得分%.2f低于%s分", score, plain(award.minScore())));
			en.add(String.format(Locale.ROOT, "score %.2f below min_score %s", score, plain(award.minScore())));
		}
		award.veto().forEach((rateId, floor) -> {
			int index = scheme.indexOf(rateId);
			Double rate = rates[index];
			if (rate != null && rate < floor - Ranking.EPSILON) {
				RateDefinition definition = scheme.rates().get(index);
				zh.add(String.format(Locale.ROOT, "%s%.2f%%低于否决线%.2f%%", definition.label().zh(), rate * 100,
						floor * 100));
				en.add(String.format(Locale.ROOT, "%s %.2f%% below the veto floor %.2f%%", rateId, rate * 100,
						floor * 100));
			}
		});
		if (award.consecutive() != null) {
			String named = award.consecutive().award();
			String namedZh = scheme.awards()
				.stream()
				.filter(a -> a.id().equals(named))
				.findFirst()
				.map(a -> a.label().zh())
				.orElse(named);
			for (int back = 0; back < award.consecutive().years(); back++) {
				int earlier = year - back;
				if (!won.getOrDefault(earlier, Map.of()).getOrDefault(code, Set.of()).contains(named)) {
					zh.add(earlier + "年未获" + namedZh);
					en.add("not won " + named + " in " + earlier);
				}
			}
		}
		return en.isEmpty() ? null : new Label(String.join("；", zh), String.join("; ", en));
	}

	private static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
