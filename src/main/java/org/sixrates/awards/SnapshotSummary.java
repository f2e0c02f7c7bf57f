package org.sixrates.awards;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** What a list of a year's snapshots shows of each. */
public record SnapshotSummary(int year, int version, String stage, Instant createdAt, String createdBy,
		Instant supersededAt, String supersededBy, String schemeSha256, String dataDigest) {

	@JsonProperty
	public boolean superseded() {
		return supersededAt != null;
	}

}
