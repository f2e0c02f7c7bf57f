package org.sixrates.awards;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.sixrates.scoring.Cube;

/**
 * What a snapshot's results are computed from besides the scheme: the cube of the year
 * and of the earlier years read live, and the awards of the earlier years read from their
 * published snapshots.
 *
 * @param earlier each earlier year a consecutive award reads → the version of its
 * published snapshot, or {@code null} when it was computed from {@code cube}
 * @param settled earlier published year → committee → awards won
 */
public record SnapshotInputs(Cube cube, SortedMap<Integer, Integer> earlier,
		Map<Integer, Map<String, Set<String>>> settled) {
}
