package org.sixrates.awards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sixrates.rules.Award;
import org.sixrates.rules.Scheme;
import org.sixrates.scoring.AwardOutcome;
import org.sixrates.scoring.CommitteeResult;
import org.sixrates.scoring.YearResult;
import org.sixrates.vocabulary.Named;

/**
 * The award list (表彰名单) of one year: each award's winners, awards in rules order, winners
 * in rank order, then by committee code. An award nobody won has no lines.
 *
 * @param awards every award of the scheme, in rules order, won or not
 * @param lines the winners, award by award
 */
public record AwardList(int year, List<Named> awards, List<Line> lines) {

	private static final Comparator<Line> RANK_ORDER = Comparator.comparingInt(Line::rank).thenComparing(Line::code);

	public AwardList {
		awards = List.copyOf(awards);
		lines = List.copyOf(lines);
	}

	/** The winners of the awards of {@code scheme} in a year scored by it. */
	public static AwardList of(Scheme scheme, YearResult result) {
		List<Named> awards = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		for (Award award : scheme.awards()) {
			Named named = award.label().of(award.id());
			awards.add(named);
			List<Line> winners = new ArrayList<>();
			for (CommitteeResult committee : result.committees()) {
				for (AwardOutcome outcome : committee.outcomes()) {
					if (outcome.awardId().equals(award.id()) && outcome.won()) {
						winners.add(
								new Line(named, outcome.rank(), committee.code(), committee.name(), committee.score()));
					}
				}
			}
			winners.sort(RANK_ORDER);
			lines.addAll(winners);
		}
		return new AwardList(result.year(), awards, lines);
	}

	/** The winners of the award {@code awardId}, in rank order. */
	public List<Line> winners(String awardId) {
		return lines.stream().filter(line -> line.award().id().equals(awardId)).toList();
	}

	/**
	 * One winner of one award.
	 *
	 * @param award the award's id and its labels
	 * @param rank the rank among the award's eligible committees (DESIGN §4): the place
	 * in the award's own list, which differs from the rank in the year's ranking when a
	 * committee ranked above is not eligible (its score below {@code min_score}, a veto,
	 * no run of years for a consecutive award); ties share a rank (1, 1, 3)
	 * @param code the committee's code
	 * @param name the committee's name, as imported
	 * @param score the committee's score of the year
	 */
	public record Line(Named award, int rank, String code, String name, double score) {
	}

}
