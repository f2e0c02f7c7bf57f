package org.sixrates.scoring;

import java.util.List;

/**
 * Every year of a cube scored by one scheme, identified by its id and the SHA-256 of its
 * file so that a result can always name the exact rules behind it.
 *
 * @param years in ascending order
 */
public record Assessment(String schemeId, String schemeSha256, List<YearResult> years) {

	public Assessment {
		years = List.copyOf(years);
	}

}
