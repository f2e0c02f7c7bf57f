package org.sixrates.scoring;

import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;

/**
 * One cell of the tally cube (DESIGN §6): the records of one committee and year that
 * agree on the six fields rules may filter on, with their count, sum of quantity and sum
 * of score.
 *
 * @param subtype {@code null} when the records have none
 * @param satisfaction {@code null} when the records have none
 * @param score the sum of the non-empty scores
 */
public record Cell(String committee, int year, Kind kind, String subtype, Level level, Status status, boolean converted,
		Satisfaction satisfaction, long count, long quantity, double score) {
}
