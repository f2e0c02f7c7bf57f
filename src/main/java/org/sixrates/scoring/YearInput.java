package org.sixrates.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sixrates.rules.Aggregation;
import org.sixrates.rules.Normalization;
import org.sixrates.rules.Scheme;

/**
 * A year's result with the scheme it was computed by, as the analyses of DESIGN §9 read
 * it: its rates, weights and ranks as shown (a published year's, its snapshot's).
 *
 * @param earlierAwards year → committee code → awards won, for the years before
 * {@code result}'s that its consecutive awards read; the same as the result was computed
 * with
 */
public record YearInput(Scheme scheme, YearResult result, Map<Integer, Map<String, Set<String>>> earlierAwards) {

	public YearInput {
		earlierAwards = Map.copyOf(earlierAwards);
	}

	YearModel model(List<Normalization> normalizations, List<Aggregation> aggregations) {
		return new YearModel(scheme, result, earlierAwards, normalizations, aggregations);
	}

	/** The committee codes in the result's order: rank, then code. */
	List<String> rankOrder() {
		return result.committees().stream().map(CommitteeResult::code).toList();
	}

}
