package org.sixrates.ranking;

import org.sixrates.vocabulary.Named;
import java.util.List;

/** A committee's year: each rate made explicit, the score, rank, grade and awards. */
public record CommitteeDetail(int year, String code, String name, int members, SchemeSummary scheme,
		List<RateLine> rates, double score, int rank, int committees, Named grade, List<AwardLine> awards) {
}
