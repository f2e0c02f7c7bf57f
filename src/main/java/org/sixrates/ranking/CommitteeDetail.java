package org.sixrates.ranking;

import org.sixrates.vocabulary.Named;
import java.util.List;

import org.sixrates.awards.YearStatus;
import org.sixrates.scoring.Distance;

/**
 * A committee's year: each rate made explicit, the score, rank, grade and awards.
 *
 * @param status the year's state and the snapshot shown, {@code null} where there are no
 * years' states (the command line)
 * @param trend the committee's results in every year there is data for it, ascending,
 * each as that year's ranking shows it; empty where no trend was asked for (the command
 * line)
 * @param distance how far the next grade and each award not won are (DESIGN §9), on the
 * figures shown; {@code null} where not computed
 */
public record CommitteeDetail(int year, String code, String name, int members, SchemeSummary scheme,
		List<RateLine> rates, double score, int rank, int committees, Named grade, List<AwardLine> awards,
		YearStatus status, List<TrendPoint> trend, Distance distance) {

	public CommitteeDetail(int year, String code, String name, int members, SchemeSummary scheme, List<RateLine> rates,
			double score, int rank, int committees, Named grade, List<AwardLine> awards, YearStatus status) {
		this(year, code, name, members, scheme, rates, score, rank, committees, grade, awards, status, List.of(), null);
	}

	public CommitteeDetail(int year, String code, String name, int members, SchemeSummary scheme, List<RateLine> rates,
			double score, int rank, int committees, Named grade, List<AwardLine> awards) {
		this(year, code, name, members, scheme, rates, score, rank, committees, grade, awards, (YearStatus) null);
	}

	public CommitteeDetail withStatus(YearStatus status) {
		return new CommitteeDetail(year, code, name, members, scheme, rates, score, rank, committees, grade, awards,
				status, trend, distance);
	}

	public CommitteeDetail withTrend(List<TrendPoint> trend) {
		return new CommitteeDetail(year, code, name, members, scheme, rates, score, rank, committees, grade, awards,
				status, List.copyOf(trend), distance);
	}

	public CommitteeDetail withDistance(Distance distance) {
		return new CommitteeDetail(year, code, name, members, scheme, rates, score, rank, committees, grade, awards,
				status, trend, distance);
	}

}
