package org.sixrates.scoring;

import java.util.List;

/**
 * The tallies a scheme is evaluated on: every committee assessed in the years concerned
 * and the cells of their records. A committee with no records has no cells but is still
 * assessed.
 */
public record Cube(List<CommitteeYear> committees, List<Cell> cells) {

	public Cube {
		committees = List.copyOf(committees);
		cells = List.copyOf(cells);
	}

}
