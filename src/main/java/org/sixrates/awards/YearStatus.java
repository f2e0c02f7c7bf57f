package org.sixrates.awards;

import java.time.ZoneId;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.sixrates.vocabulary.Message;
import org.sixrates.years.AssessmentYear;
import org.sixrates.years.YearState;

/**
 * What a view of a year says about its results: the year's state, the snapshot shown
 * (none while the results are live) and whether today's data and rules would give other
 * numbers.
 *
 * @param snapshot the snapshot whose figures are shown, {@code null} for live results
 * @param differs whether the live computation differs from the snapshot shown in any
 * number
 */
public record YearStatus(AssessmentYear year, SnapshotSummary snapshot, boolean differs) {

	public YearState state() {
		return year.state();
	}

	/** Closed (live results not yet final) or publicized (a draft snapshot). */
	@JsonProperty
	public boolean draft() {
		return state() == YearState.CLOSED || state() == YearState.PUBLICIZED;
	}

	/**
	 * What a printed or exported title says of the figures: published on a day (in
	 * {@code zone}) as a version, or a draft in the year's state, as the award list's
	 * title block says it.
	 */
	public Message titleNote(ZoneId zone) {
		if (state() == YearState.PUBLISHED && snapshot != null) {
			return Message.of("xlsx.published", snapshot.createdAt().atZone(zone).toLocalDate().toString(),
					snapshot.version());
		}
		return Message.of("awards.list.draft", state());
	}

}
