package org.sixrates.ranking;

import java.util.List;

/**
 * A year's ranking: rows sorted by rank, then committee code.
 *
 * @param years every assessment year there is, for a year selector
 */
public record RankingTable(int year, List<Integer> years, SchemeSummary scheme, List<RateColumn> columns,
		List<RankingRow> rows) {
}
