package org.sixrates.review;

import java.time.Instant;

import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Review;

/**
 * A record as the review queue shows it: a clerk's new record, or its change to an
 * approved record ({@code change}), pending or returned; or an approved record.
 *
 * @param reason the office's reason of a return, {@code null} otherwise
 * @param evidence how many evidence files the record carries
 * @param submittedBy who submitted a pending change, {@code null} for a record
 */
public record ReviewEntry(String committee, String committeeName, String id, int year, Kind kind, String title,
		Review state, String reason, boolean change, int evidence, String submittedBy, Instant submittedAt) {
}
