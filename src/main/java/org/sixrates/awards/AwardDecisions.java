package org.sixrates.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sixrates.rules.Award;
import org.sixrates.rules.Scheme;
import org.sixrates.scoring.AwardOutcome;
import org.sixrates.scoring.CommitteeResult;
import org.sixrates.spreadsheet.ExportSheet;
import org.sixrates.spreadsheet.Letterhead;
import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.Named;
import org.springframework.stereotype.Service;

/** Builds the award page and the award list of a year from the results shown for it. */
@Service
class AwardDecisions {

	private final YearResults results;

	AwardDecisions(YearResults results) {
		this.results = results;
	}

	Optional<AwardDecision> decision(int year) {
		return results.shown(year).map(this::decision);
	}

	Optional<AwardList> list(int year) {
		return results.shown(year).map(AwardDecisions::list);
	}

	/**
	 * The award list as a sheet, from the same results as {@link #list(int)}, with the
	 * year's state for its title.
	 */
	Optional<ExportSheet> listSheet(int year, Locale locale, Letterhead letterhead) {
		return results.shown(year).map(shown -> AwardListXlsx.sheet(list(shown), shown.status(), locale, letterhead));
	}

	private static AwardList list(ShownYear shown) {
		return AwardList.of(shown.scheme(), shown.result());
	}

	private AwardDecision decision(ShownYear shown) {
		Scheme scheme = shown.scheme();
		List<Named> awards = scheme.awards().stream().map(AwardDecisions::named).toList();
		List<AwardDecision.CommitteeAwards> committees = new ArrayList<>();
		for (CommitteeResult committee : shown.result().committees()) {
			List<AwardDecision.Outcome> outcomes = committee.outcomes()
				.stream()
				.map(outcome -> outcome(outcome))
				.toList();
			committees.add(new AwardDecision.CommitteeAwards(committee.code(), committee.name(), committee.rank(),
					committee.score(), outcomes));
		}
		return new AwardDecision(shown.year(), shown.status(), scheme.fileName(), scheme.sha256(), awards, committees,
				earlier(shown));
	}

	/**
	 * Where the earlier years came from: as the snapshot read them, or for live results
	 * as they are read now.
	 */
	private List<AwardDecision.EarlierYear> earlier(ShownYear shown) {
		Map<Integer, Integer> sources = (shown.status().snapshot() != null)
				? results.snapshot(shown.year(), shown.status().snapshot().version())
					.map(snapshot -> snapshot.inputs().earlier())
					.map(Map.class::cast)
					.orElse(Map.of())
				: results.earlierNow(shown.year(), Publications.depth(shown.scheme()));
		List<AwardDecision.EarlierYear> earlier = new ArrayList<>();
		new java.util.TreeMap<Integer, Integer>(sources)
			.forEach((year, version) -> earlier.add(new AwardDecision.EarlierYear(year, version)));
		return earlier;
	}

	static AwardDecision.Outcome outcome(AwardOutcome outcome) {
		return new AwardDecision.Outcome(outcome.awardId(), outcome.won(), outcome.eligible(), outcome.rank(),
				outcome.eligibleCount(), outcome.reason().in(Messages.CHINESE), outcome.reason().in(Messages.ENGLISH));
	}

	private static Named named(Award award) {
		return award.label().of(award.id());
	}

}
