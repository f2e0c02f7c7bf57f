package org.sixrates.ranking;

import java.util.Optional;
import java.util.SortedSet;

/** The scored results of the database under the active scheme. */
public interface RankingService {

	/** Every assessment year there is, ascending. */
	SortedSet<Integer> years();

	/** The ranking of a year, empty when the year has no committees. */
	Optional<RankingTable> ranking(int year);

	/** One committee's detail in a year, empty when it was not assessed that year. */
	Optional<CommitteeDetail> detail(String committee, int year);

}
