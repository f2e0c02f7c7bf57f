package org.sixrates.awards;

import java.util.List;

import org.sixrates.rules.Scheme;
import org.sixrates.scoring.CommitteeYear;
import org.sixrates.scoring.YearResult;

/**
 * The results a view of a year shows (DESIGN §7): live while the year is open or closed,
 * the snapshot's once it is publicized or published, with the scheme they were computed
 * by.
 *
 * @param previous the results shown for the latest earlier year, {@code null} if none
 * @param committees the year's committees with their members, as the results read them
 */
public record ShownYear(int year, Scheme scheme, YearResult result, YearResult previous, List<CommitteeYear> committees,
		YearStatus status) {
}
