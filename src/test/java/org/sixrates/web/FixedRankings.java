package org.sixrates.web;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.sixrates.ranking.CommitteeDetail;
import org.sixrates.ranking.RankingTable;
import org.sixrates.ranking.RankingService;

/**
 * A ranking service that serves fixed rankings and details, for testing the web layer
 * alone.
 */
public class FixedRankings implements RankingService {

	private final List<RankingTable> rankings;

	private final List<CommitteeDetail> details;

	public FixedRankings(List<RankingTable> rankings, List<CommitteeDetail> details) {
		this.rankings = rankings;
		this.details = details;
	}

	@Override
	public SortedSet<Integer> years() {
		return new TreeSet<>(rankings.stream().map(RankingTable::year).toList());
	}

	@Override
	public Optional<RankingTable> ranking(int year) {
		return rankings.stream().filter(ranking -> ranking.year() == year).findFirst();
	}

	@Override
	public Optional<CommitteeDetail> detail(String committee, int year) {
		return details.stream().filter(detail -> detail.code().equals(committee) && detail.year() == year).findFirst();
	}

}
