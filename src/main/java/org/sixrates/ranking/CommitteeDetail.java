package org.sixrates.ranking;

import org.sixrates.vocabulary.Named;
import java.util.List;

import org.sixrates.awards.YearStatus;

/**
 * A committee's year: each rate made explicit, the score, rank, grade and awards.
 *
 * @param status the year's state and the snapshot shown, {@code null} where there are no
 * years' states (the command line)
 * @param trend the committee's results in every year there is data for it, ascending,
 * each as that year's ranking shows it; empty where no trend was asked for (the command
 * line)
 */
public record CommitteeDetail(int year, String code, String name, int members, SchemeSummary scheme,
		List<RateLine> rates, double score, int rank, int committees, Named grade, List<AwardLine> awards,
		YearStatus status, List<TrendPoint> trend) {

	public CommitteeDetail(int year, String code, String name, int members, SchemeSummary scheme, List<RateLine> rates,
			double score, int rank, int committees, Named grade, List<AwardLine> awards, YearStatus status) {
		this(year, code, name, members, scheme, rates, score, rank, committees, grade, awards, status, List.of());
	}

	public CommitteeDetail(int year, String code, String name, int members, SchemeSummary scheme, List<RateLine> rates,
			double score, int rank, int committees, Named grade, List<AwardLine> awards) {
		this(year, code, name, members, scheme, rates, score, rank, committees, grade, awards, null);
	}

	public CommitteeDetail withStatus(YearStatus status) {
		return new CommitteeDetail(year, code, name, members, scheme, rates, score, rank, committees, grade, awards,
				status, trend);
	}

	public CommitteeDetail withTrend(List<TrendPoint> trend) {
		return new CommitteeDetail(year, code, name, members, scheme, rates, score, rank, committees, grade, awards,
				status, List.copyOf(trend));
	}

}
