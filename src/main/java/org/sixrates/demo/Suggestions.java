package org.sixrates.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;

/**
 * A committee's suggestions in one year: proposals, advisory proposals, research reports,
 * plenary speeches and social-opinion reports, with how far each got.
 *
 * <p>
 * Each outcome is dealt out as an exact share ({@code round(rate × n)} items, chosen at
 * random) rather than tossed item by item, so a committee's rates follow its quality
 * closely enough for the ranking to tell the story of {@link Profile}.
 */
final class Suggestions {

	private Suggestions() {
	}

	static List<Draft> make(Profile committee, int year, int members, double quality, Volume volume, Dice dice) {
		LocalDate plenary = LocalDate.of(year, 1, 8).plusDays(dice.between(0, 30));
		List<Draft> proposals = new ArrayList<>();
		List<Draft> opinions = new ArrayList<>();
		List<Draft> endorsable = new ArrayList<>();
		for (int i = volume.proposals(members, dice); i > 0; i--) {
			// most proposals are handed in at the plenary session, the rest during the
			// year
			LocalDate date = dice.chance(0.6) ? plenary.minusDays(dice.between(0, 3)) : Dates.any(year, dice);
			Draft proposal = new Draft(Kind.PROPOSAL, null, Titles.proposal(Titles.topic(dice)), date);
			proposal.level = proposalLevel(dice);
			proposals.add(proposal);
		}
		for (int i = volume.advisoryProposals(dice); i > 0; i--) {
			endorsable.add(new Draft(Kind.ADVISORY_PROPOSAL, null, Titles.advisoryProposal(Titles.topic(dice)),
					Dates.between(year, 60, 330, dice)));
		}
		for (int i = volume.researchReports(dice); i > 0; i--) {
			endorsable.add(new Draft(Kind.RESEARCH_REPORT, null, Titles.researchReport(Titles.topic(dice)),
					Dates.between(year, 90, 350, dice)));
		}
		for (int i = volume.plenarySpeeches(dice); i > 0; i--) {
			endorsable.add(new Draft(Kind.PLENARY_SPEECH, null, Titles.plenarySpeech(Titles.topic(dice)), plenary));
		}
		for (int i = volume.socialOpinions(members, dice); i > 0; i--) {
			Draft opinion = new Draft(Kind.SOCIAL_OPINION, null, Titles.socialOpinion(dice), Dates.any(year, dice));
			opinions.add(opinion);
			endorsable.add(opinion);
		}

		endorse(endorsable, clamp(0.45 + 0.55 * quality + dice.wobble(0.04)), quality, dice);
		List<Draft> handled = new ArrayList<>(proposals);
		handled.addAll(opinions);
		double completion = (year == committee.backlogYear()) ? dice.uniform(0.42, 0.47)
				: clamp(0.62 + 0.37 * quality + dice.wobble(0.03));
		handle(handled, completion, quality, dice);
		List<Draft> all = new ArrayList<>(proposals);
		all.addAll(endorsable);
		convert(all, clamp(0.35 + 0.6 * quality + dice.wobble(0.04)), dice);
		return all;
	}

	/**
	 * Most proposals stay at the committee or the county; a few reach the city or beyond.
	 */
	private static Level proposalLevel(Dice dice) {
		double draw = dice.uniform(0, 1);
		return (draw < 0.55) ? Level.NONE : (draw < 0.85) ? Level.COUNTY
				: (draw < 0.95) ? Level.CITY : (draw < 0.99) ? Level.PROVINCE : Level.NATIONAL;
	}

	/**
	 * A leader's endorsement; the stronger the committee, the higher it tends to reach.
	 */
	private static void endorse(List<Draft> items, double share, double quality, Dice dice) {
		dice.shuffle(items);
		int endorsed = (int) Math.round(share * items.size());
		for (int i = 0; i < items.size(); i++) {
			Draft item = items.get(i);
			item.level = (i < endorsed) ? endorsementLevel(item.kind, quality, dice) : Level.NONE;
		}
	}

	private static Level endorsementLevel(Kind kind, double quality, Dice dice) {
		// a social-opinion report is mostly read by the county's own leaders
		double reach = (kind == Kind.SOCIAL_OPINION) ? 0.6 : 1.0;
		double draw = dice.uniform(0, 1);
		double national = (0.01 + 0.05 * quality) * reach;
		double province = national + (0.05 + 0.10 * quality) * reach;
		double city = province + (0.18 + 0.22 * quality) * reach;
		return (draw < national) ? Level.NATIONAL
				: (draw < province) ? Level.PROVINCE : (draw < city) ? Level.CITY : Level.COUNTY;
	}

	/**
	 * Completed items get the proposer's verdict; the rest are answered or still on file.
	 */
	private static void handle(List<Draft> items, double completion, double quality, Dice dice) {
		dice.shuffle(items);
		int completed = (int) Math.round(completion * items.size());
		for (int i = 0; i < items.size(); i++) {
			Draft item = items.get(i);
			if (i < completed) {
				item.status = Status.COMPLETED;
				double draw = dice.uniform(0, 1);
				item.satisfaction = (draw < 0.55 + 0.35 * quality) ? Satisfaction.SATISFIED
						: (draw < 0.96) ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.UNSATISFIED;
			}
			else {
				item.status = dice.chance(0.65) ? Status.REPLIED : Status.FILED;
			}
		}
	}

	/** Conversion goes first to items that got somewhere, as it does in life. */
	private static void convert(List<Draft> items, double share, Dice dice) {
		List<Draft> order = new ArrayList<>(items);
		dice.shuffle(order);
		order.sort(Comparator.comparing(Draft::progressed).reversed());
		int converted = (int) Math.round(share * order.size());
		for (int i = 0; i < order.size(); i++) {
			order.get(i).converted = i < converted;
		}
	}

	static double clamp(double rate) {
		return Math.max(0, Math.min(1, rate));
	}

}
