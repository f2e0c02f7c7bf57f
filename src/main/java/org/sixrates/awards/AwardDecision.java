package org.sixrates.awards;

import java.util.List;

import org.sixrates.vocabulary.Named;

/**
 * The award page of a year (DESIGN §7): for every committee and award, won or not and
 * why, with where each earlier year a consecutive award reads came from.
 *
 * @param awards the scheme's awards in rules order
 * @param committees in rank order, then code
 * @param earlier the earlier years consecutive awards read, ascending
 */
public record AwardDecision(int year, YearStatus status, String schemeFile, String schemeSha256, List<Named> awards,
		List<CommitteeAwards> committees, List<EarlierYear> earlier) {

	/** One committee's outcome of each award, in rules order. */
	public record CommitteeAwards(String code, String name, int rank, double score, List<Outcome> outcomes) {
	}

	/**
	 * @param rank the rank among the eligible, {@code null} when not eligible
	 */
	public record Outcome(String award, boolean won, boolean eligible, Integer rank, int eligibleCount, String reasonZh,
			String reasonEn) {

		public String reason(boolean chinese) {
			return chinese ? reasonZh : reasonEn;
		}

	}

	/**
	 * An earlier year a consecutive award reads: from its published snapshot
	 * ({@code version}) or computed live ({@code version} {@code null}).
	 */
	public record EarlierYear(int year, Integer version) {

		public boolean published() {
			return version != null;
		}

	}

}
