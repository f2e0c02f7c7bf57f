package org.sixrates.awards;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jooq.DSLContext;
import org.sixrates.rules.Scheme;
import org.sixrates.scoring.Assessment;
import org.sixrates.scoring.Cube;
import org.sixrates.scoring.Scorer;
import org.sixrates.tallies.TallyRepository;
import org.springframework.stereotype.Component;

/**
 * Today's data scored by the active scheme, every year, a consecutive award reading the
 * awards of a published year from its snapshot. Computed once per state of the data and
 * of the years, and reused until an import, an edit or a move of a year changes it; the
 * scoring time is the {@code sixrates.scoring} timer.
 */
@Component
class LiveAssessment {

	private final TallyRepository tallies;

	private final DSLContext dsl;

	private final Scheme scheme;

	private final Scorer scorer = new Scorer();

	private final Timer scoring;

	private State state;

	LiveAssessment(TallyRepository tallies, DSLContext dsl, Scheme scheme, MeterRegistry meters) {
		this.tallies = tallies;
		this.dsl = dsl;
		this.scheme = scheme;
		this.scoring = Timer.builder("sixrates.scoring")
			.description("Time to tally and score every year after the data changed")
			.register(meters);
	}

	/** The assessment, the cube it was computed from and the published years it read. */
	record State(long version, SortedSet<Integer> years, Cube cube, Assessment assessment,
			Map<Integer, Integer> published) {
	}

	synchronized State current() {
		long version = tallies.version();
		if (state == null || state.version() != version) {
			state = scoring.record(() -> score(version));
		}
		return state;
	}

	Scheme scheme() {
		return scheme;
	}

	private State score(long version) {
		SortedSet<Integer> years = tallies.years();
		Cube cube = years.isEmpty() ? new Cube(List.of(), List.of()) : tallies.upTo(years.last());
		SnapshotStore store = new SnapshotStore(dsl);
		Map<Integer, Integer> published = store.publishedVersions();
		Map<Integer, Map<String, Set<String>>> settled = store.publishedWins(published);
		return new State(version, years, cube, scorer.score(scheme, cube, settled), published);
	}

}
