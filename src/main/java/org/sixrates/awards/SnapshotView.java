package org.sixrates.awards;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.sixrates.scoring.Cell;
import org.sixrates.scoring.CommitteeResult;
import org.sixrates.scoring.CommitteeYear;
import org.sixrates.scoring.RateResult;
import org.sixrates.scoring.RateSummary;

/**
 * A snapshot as {@code GET /api/snapshots/{year}/{version}} shows it: what it froze, the
 * scheme's text and hash, the inputs and every computed number, doubles as computed.
 */
public record SnapshotView(SnapshotSummary snapshot, String schemeFile, String schemeText, String methodZh,
		String methodEn, Inputs inputs, List<RateSummary> weights, List<Committee> committees) {

	/** The inputs a verification recomputes from. */
	public record Inputs(List<CommitteeYear> committees, List<Cell> cells, SortedMap<Integer, Integer> earlierYears,
			Map<Integer, Map<String, Set<String>>> earlierAwards) {
	}

	/** One committee's computed numbers. */
	public record Committee(String code, String name, int rank, double score, String grade, List<RateResult> rates,
			List<AwardDecision.Outcome> awards) {
	}

	static SnapshotView of(Snapshot snapshot) {
		List<Committee> committees = snapshot.result().committees().stream().map(SnapshotView::committee).toList();
		SnapshotInputs inputs = snapshot.inputs();
		return new SnapshotView(snapshot.summary(), snapshot.scheme().name(),
				new String(snapshot.scheme().bytes(), java.nio.charset.StandardCharsets.UTF_8), snapshot.methodZh(),
				snapshot.methodEn(),
				new Inputs(inputs.cube().committees(), inputs.cube().cells(), inputs.earlier(), inputs.settled()),
				snapshot.result().rates(), committees);
	}

	private static Committee committee(CommitteeResult result) {
		return new Committee(result.code(), result.name(), result.rank(), result.score(),
				(result.grade() == null) ? null : result.grade().id(), result.rates(),
				result.outcomes().stream().map(AwardDecisions::outcome).toList());
	}

}
