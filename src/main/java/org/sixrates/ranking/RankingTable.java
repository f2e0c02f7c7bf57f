package org.sixrates.ranking;

import java.util.List;

import org.sixrates.awards.YearStatus;

/**
 * A year's ranking: rows sorted by rank, then committee code.
 *
 * @param years every assessment year there is, for a year selector
 * @param status the year's state and the snapshot shown, {@code null} where there are no
 * years' states (the command line)
 */
public record RankingTable(int year, List<Integer> years, SchemeSummary scheme, List<RateColumn> columns,
		List<RankingRow> rows, YearStatus status) {

	public RankingTable(int year, List<Integer> years, SchemeSummary scheme, List<RateColumn> columns,
			List<RankingRow> rows) {
		this(year, years, scheme, columns, rows, null);
	}

	public RankingTable withStatus(YearStatus status) {
		return new RankingTable(year, years, scheme, columns, rows, status);
	}

}
