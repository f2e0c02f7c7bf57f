package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sixrates.rules.Award;
import org.sixrates.rules.Label;
import org.sixrates.rules.RateDefinition;
import org.sixrates.rules.Scheme;
import org.sixrates.vocabulary.Decimals;
import org.sixrates.vocabulary.Localizable;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Messages;

/**
 * Decides one award for the committees of one year (DESIGN §4): eligible when
 * {@code score ≥ min_score − 1e-9}, no non-excluded rate {@code r < floor − 1e-9} for a
 * veto floor, and for {@code consecutive: {award: A, years: k}} the committee won A in
 * the year and in each of the {@code k − 1} years before (a year not in the cube counts
 * as not won); the eligible are re-ranked among themselves by {@link CompetitionRanks},
 * and rank ≤ {@code top} wins.
 */
final class AwardJudge {

	private final Scheme scheme;

	/**
	 * year → committee code → awards won that year, filled in as years and awards are
	 * decided.
	 */
	private final Map<Integer, Map<String, Set<String>>> won;

	/** year → committee code → awards won, as published: read before {@link #won}. */
	private final Map<Integer, Map<String, Set<String>>> settled;

	AwardJudge(Scheme scheme, Map<Integer, Map<String, Set<String>>> won,
			Map<Integer, Map<String, Set<String>>> settled) {
		this.scheme = scheme;
		this.won = won;
		this.settled = settled;
	}

	/**
	 * The awards {@code code} won in {@code year}: for a year before the one judged as
	 * settled where it is, else as decided here.
	 */
	private Set<String> wonIn(int year, String code, int judged) {
		Map<Integer, Map<String, Set<String>>> source = (year < judged && settled.containsKey(year)) ? settled : won;
		return source.getOrDefault(year, Map.of()).getOrDefault(code, Set.of());
	}

	/**
	 * @param codes the committees, in the order of {@code entries} and {@code rates}
	 * @param rates per committee the rates {@code r} in rules order, {@code null} when
	 * excluded
	 */
	List<AwardOutcome> judge(Award award, int year, List<String> codes, List<CompetitionRanks.Entry> entries,
			Double[][] rates) {
		List<Localizable> reasons = new ArrayList<>();
		List<Integer> eligible = new ArrayList<>();
		for (int c = 0; c < codes.size(); c++) {
			Localizable reason = ineligibility(award, year, codes.get(c), entries.get(c).score(), rates[c]);
			reasons.add(reason);
			if (reason == null) {
				eligible.add(c);
			}
		}
		int[] ranks = CompetitionRanks.ranks(eligible.stream().map(entries::get).toList());
		AwardOutcome[] outcomes = new AwardOutcome[codes.size()];
		for (int e = 0; e < eligible.size(); e++) {
			int c = eligible.get(e);
			int rank = ranks[e];
			boolean wins = award.top() == null || rank <= award.top();
			List<Localizable> why = new ArrayList<>();
			why.add(wins ? Message.of("award.rank", Integer.toString(rank), Integer.toString(eligible.size()))
					: Message.of("award.rank.beyondTop", Integer.toString(rank), Integer.toString(eligible.size()),
							Integer.toString(award.top())));
			if (award.consecutive() != null) {
				why.add(Message.of("award.consecutive.won",
						named(award.consecutive().award(), label(award.consecutive().award())),
						Messages.list(runOf(award, year))));
			}
			Localizable reason = Messages.sentences(why);
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
	private Localizable ineligibility(Award award, int year, String code, double score, Double[] rates) {
		List<Localizable> reasons = new ArrayList<>();
		if (score < award.minScore() - CompetitionRanks.EPSILON) {
			reasons.add(Message.of("award.score", Decimals.twoDecimals(score), Decimals.plain(award.minScore())));
		}
		award.veto().forEach((rateId, floor) -> {
			int index = scheme.indexOf(rateId);
			Double rate = rates[index];
			if (vetoed(rate, floor)) {
				RateDefinition definition = scheme.rates().get(index);
				reasons.add(Message.of("award.veto", named(rateId, definition.label()), Decimals.percent(rate),
						Decimals.percent(floor)));
			}
		});
		if (award.consecutive() != null) {
			String named = award.consecutive().award();
			Label label = label(named);
			for (int back = 0; back < award.consecutive().years(); back++) {
				int earlier = year - back;
				if (!wonIn(earlier, code, year).contains(named)) {
					reasons.add(Message.of("award.notWon", named(named, label), Integer.toString(earlier)));
				}
			}
		}
		return reasons.isEmpty() ? null : Messages.sentences(reasons);
	}

	/**
	 * Per committee whether it passes the part of the award's eligibility that no change
	 * of weights can move: every veto floor and, for a consecutive award, the named award
	 * in each year before {@code year}. What is left, {@code min_score} and the named
	 * award in {@code year} itself, moves with the score and is checked by the
	 * replications of {@link RankUncertainty}.
	 * @param rates per committee the rates {@code r} in rules order, {@code null} when
	 * excluded
	 */
	boolean[] fixedEligibility(Award award, int year, List<String> codes, Double[][] rates) {
		boolean[] eligible = new boolean[codes.size()];
		for (int c = 0; c < codes.size(); c++) {
			boolean passes = true;
			for (Map.Entry<String, Double> veto : award.veto().entrySet()) {
				passes &= !vetoed(rates[c][scheme.indexOf(veto.getKey())], veto.getValue());
			}
			if (award.consecutive() != null) {
				for (int back = 1; back < award.consecutive().years(); back++) {
					passes &= wonIn(year - back, codes.get(c), year).contains(award.consecutive().award());
				}
			}
			eligible[c] = passes;
		}
		return eligible;
	}

	/** A rate below its veto floor; an excluded rate is not checked. */
	private static boolean vetoed(Double rate, double floor) {
		return rate != null && AwardOutcome.belowFloor(rate, floor);
	}

	private Label label(String awardId) {
		return scheme.awards()
			.stream()
			.filter(a -> a.id().equals(awardId))
			.findFirst()
			.map(Award::label)
			.orElse(new Label(awardId, awardId));
	}

	/** The years a consecutive award in {@code year} asks for, ascending. */
	private static List<Localizable> runOf(Award award, int year) {
		List<Localizable> years = new ArrayList<>();
		for (int earlier = year - award.consecutive().years() + 1; earlier <= year; earlier++) {
			String text = Integer.toString(earlier);
			years.add(locale -> text);
		}
		return years;
	}

	/** A rate or award as a reason names it: its id in English, its label in Chinese. */
	private static Localizable named(String id, Label label) {
		return locale -> Messages.english(locale) ? id : label.zh();
	}

}
