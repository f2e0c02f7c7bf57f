package org.sixrates.review;

import java.time.Instant;

/**
 * One committee's reporting of a year: its records by review state, its pending changes,
 * and whether its clerk declared the reporting complete (已报送).
 *
 * @param declaredAt {@code null} until the clerk declares it
 */
public record ReportingStatus(String committee, String name, int year, int pending, int changes, int approved,
		int returned, String declaredBy, Instant declaredAt) {

	/** What the office still has to decide: pending records and pending changes. */
	public int waiting() {
		return pending + changes;
	}

}
