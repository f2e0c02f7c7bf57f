package org.sixrates.importing;

import java.time.LocalDate;

import org.sixrates.records.Kind;
import org.sixrates.records.Level;
import org.sixrates.records.Satisfaction;
import org.sixrates.records.Status;

/**
 * One row of {@code records.csv} with the defaults of DESIGN §2 filled in.
 *
 * @param line where the row starts in its file
 * @param committee the committee's code (a name in the file is resolved to it)
 * @param id unique per committee; the key with {@code committee}
 * @param year the assessment year
 * @param kind what kind of work
 * @param subtype a known subtype code, other free text, or {@code null}
 * @param title any text, {@code ""} when empty
 * @param date the record's date, or {@code null}
 * @param level the highest level reached, {@code NONE} when empty
 * @param status how far it was handled, {@code FILED} when empty
 * @param converted turned into practice, {@code false} when empty
 * @param satisfaction how it was rated, or {@code null}
 * @param quantity members taking part, {@code 0} when empty
 * @param score an evaluation's score from 0 to 100, or {@code null}
 */
public record RecordRow(int line, String committee, String id, int year, Kind kind, String subtype, String title,
		LocalDate date, Level level, Status status, boolean converted, Satisfaction satisfaction, int quantity,
		Double score) {
}
