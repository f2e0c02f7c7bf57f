package org.sixrates.awards;

import java.util.List;
import java.util.Set;

import org.sixrates.years.AssessmentYear;
import org.sixrates.years.YearState;

/**
 * A year as {@code GET /api/years/{year}} shows it: its state and dates, the states it
 * may move to, and its snapshots by version.
 */
public record YearView(AssessmentYear year, Set<YearState> moves, List<SnapshotSummary> snapshots) {
}
