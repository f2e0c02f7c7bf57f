package org.sixrates.ranking;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.sixrates.rules.Scheme;
import org.sixrates.scoring.Cube;
import org.sixrates.scoring.Scorer;
import org.sixrates.tallies.TallyRepository;
import org.springframework.stereotype.Service;

/**
 * The database scored by the active scheme. The assessment of every year is computed once
 * per state of the data and reused until the next import changes it; the scoring time is
 * the {@code sixrates.scoring} timer.
 */
@Service
class LiveScoring implements RankingService {

	private final TallyRepository tallies;

	private final Scheme scheme;

	private final Scorer scorer = new Scorer();

	private final Timer scoring;

	private Snapshot snapshot;

	LiveScoring(TallyRepository tallies, Scheme scheme, MeterRegistry meters) {
		this.tallies = tallies;
		this.scheme = scheme;
		this.scoring = Timer.builder("sixrates.scoring")
			.description("Time to tally and score every year after the data changed")
			.register(meters);
	}

	@Override
	public SortedSet<Integer> years() {
		return current().years();
	}

	@Override
	public Optional<RankingTable> ranking(int year) {
		Snapshot current = current();
		return current.rankings().ranking(year, List.copyOf(current.years()));
	}

	@Override
	public Optional<CommitteeDetail> detail(String committee, int year) {
		Snapshot current = current();
		return current.rankings().detail(committee, year, current.cube().committees());
	}

	private synchronized Snapshot current() {
		long version = tallies.version();
		if (snapshot == null || snapshot.version() != version) {
			snapshot = scoring.record(() -> score(version));
		}
		return snapshot;
	}

	private Snapshot score(long version) {
		SortedSet<Integer> years = tallies.years();
		Cube cube = years.isEmpty() ? new Cube(List.of(), List.of()) : tallies.upTo(years.last());
		return new Snapshot(version, years, cube, new AssessmentViews(scheme, scorer.score(scheme, cube)));
	}

	private record Snapshot(long version, SortedSet<Integer> years, Cube cube, AssessmentViews rankings) {
	}

}
