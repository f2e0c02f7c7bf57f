package org.sixrates.awards;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeFile;
import org.sixrates.scoring.CommitteeYear;
import org.sixrates.scoring.Cube;
import org.sixrates.scoring.YearResult;
import org.sixrates.years.AssessmentYear;
import org.sixrates.years.YearStates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the results shown for a year were computed from, for what rescores them with one
 * thing changed (the distance to the next step, the what-if): the snapshot's scheme file,
 * cube and settled awards once the year is publicized or published, today's otherwise —
 * the same choice as {@link YearResults#shown(int)}.
 */
@Service
public class YearInputs {

	private final LiveAssessment live;

	private final YearResults results;

	private final YearStates years;

	private final SchemeFile schemeFile;

	private final DSLContext dsl;

	YearInputs(LiveAssessment live, YearResults results, YearStates years, SchemeFile schemeFile, DSLContext dsl) {
		this.live = live;
		this.results = results;
		this.years = years;
		this.schemeFile = schemeFile;
		this.dsl = dsl;
	}

	/**
	 * A year's inputs.
	 *
	 * @param file the scheme's file, whose bytes made {@code scheme}
	 * @param cube the cells of the year and of the earlier years a consecutive award
	 * reads
	 * @param settled earlier published year → committee → awards won
	 * @param result the year's results shown, computed from these inputs
	 * @param frozen whether these are a snapshot's: the year's results are decided
	 */
	public record Shown(int year, SchemeFile file, Scheme scheme, Cube cube,
			Map<Integer, Map<String, Set<String>>> settled, YearResult result, boolean frozen) {

		/** The year's committees. */
		public List<CommitteeYear> committees() {
			return cube.committees().stream().filter(c -> c.year() == year).toList();
		}

	}

	/**
	 * The inputs of the results shown for {@code year}, empty when it has no committees.
	 */
	@Transactional(readOnly = true)
	public Optional<Shown> shown(int year) {
		LiveAssessment.State state = live.current();
		if (!state.years().contains(year)) {
			return Optional.empty();
		}
		AssessmentYear assessmentYear = years.find(dsl, year).orElse(AssessmentYear.open(year));
		if (assessmentYear.state().frozen()) {
			Optional<Snapshot> snapshot = results.currentSnapshot(year);
			if (snapshot.isPresent()) {
				Snapshot shown = snapshot.get();
				return Optional.of(new Shown(year, shown.scheme(), shown.scheme().scheme(), shown.inputs().cube(),
						shown.inputs().settled(), shown.result(), true));
			}
		}
		Map<Integer, Map<String, Set<String>>> settled = new SnapshotStore(dsl).publishedWins(state.published());
		YearResult result = state.assessment().years().stream().filter(r -> r.year() == year).findFirst().orElseThrow();
		return Optional.of(new Shown(year, schemeFile, live.scheme(), state.cube(), settled, result, false));
	}

}
