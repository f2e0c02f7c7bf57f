package org.sixrates.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An award given each year (DESIGN §3): a committee is eligible when its score reaches
 * {@code minScore}, none of its rates is below a {@code veto} floor and, with
 * {@code consecutive}, it won the named award in the years before; the eligible with rank
 * ≤ {@code top} among themselves win.
 *
 * @param top {@code null}: every eligible committee wins
 * @param minScore 0 when not given
 * @param veto rate id → lowest rate (a fraction) allowed, in rules order
 * @param consecutive {@code null} unless the award rewards a run of years
 */
public record Award(String id, Label label, Integer top, double minScore, Map<String, Double> veto,
		Consecutive consecutive) {

	public Award {
		veto = Collections.unmodifiableMap(new LinkedHashMap<>(veto));
	}

}
