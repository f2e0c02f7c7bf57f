package org.sixrates.recordsview;

import java.time.LocalDate;

import org.sixrates.records.Kind;
import org.sixrates.records.Level;
import org.sixrates.records.Satisfaction;
import org.sixrates.records.Status;

/** One activity record as listed, with its committee's name. */
public record RecordRow(String committee, String committeeName, String id, int year, Kind kind, String subtype,
		String title, LocalDate date, Level level, Status status, boolean converted, Satisfaction satisfaction,
		int quantity, Double score) {
}
