package org.sixrates.tallies;

import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Review;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;
import org.sixrates.vocabulary.Values;

/**
 * Where a record falls in the cube: its committee and year, the six fields rules may
 * filter on (DESIGN §6), and its review, so that the cube serves both the tallies of
 * every record and those of the approved ones (DESIGN §8).
 *
 * @param subtype {@code null} when the record has none
 * @param satisfaction {@code null} when the record has none
 */
public record CellKey(String committee, int year, Kind kind, String subtype, Level level, Status status,
		boolean converted, Satisfaction satisfaction, Review review) {

	/** The cell of a record's version in force. */
	public static CellKey of(Values<RecordField> record) {
		Review review = record.get(RecordField.REVIEW, Review.class);
		return new CellKey(record.get(RecordField.COMMITTEE, String.class), record.get(RecordField.YEAR, Integer.class),
				record.get(RecordField.KIND, Kind.class), record.get(RecordField.SUBTYPE, String.class),
				record.get(RecordField.LEVEL, Level.class), record.get(RecordField.STATUS, Status.class),
				Boolean.TRUE.equals(record.get(RecordField.CONVERTED, Boolean.class)),
				record.get(RecordField.SATISFACTION, Satisfaction.class), (review != null) ? review : Review.APPROVED);
	}

	/** The same cell with another review: what a review decision moves a record to. */
	public CellKey withReview(Review other) {
		return new CellKey(committee, year, kind, subtype, level, status, converted, satisfaction, other);
	}

}
