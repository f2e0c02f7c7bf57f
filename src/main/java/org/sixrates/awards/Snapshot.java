package org.sixrates.awards;

import java.time.Instant;

import org.sixrates.rules.SchemeFile;
import org.sixrates.scoring.YearResult;

/**
 * A year's results frozen when it was publicized or published (DESIGN §7): the scheme's
 * exact bytes, the inputs, the data digest and every computed number. Never changed once
 * written, but marked superseded when a newer version is made or the publication is
 * revoked.
 *
 * @param stage {@code PUBLICIZED} (the draft of a publicity) or {@code PUBLISHED}
 * @param dataDigest SHA-256 of the canonical text of the records that fed the year
 * @param supersededAt {@code null} while it is the year's current snapshot
 */
public record Snapshot(long id, int year, int version, String stage, Instant createdAt, String createdBy,
		Instant supersededAt, String supersededBy, SchemeFile scheme, String schemeSha256, String dataDigest,
		String methodZh, String methodEn, SnapshotInputs inputs, YearResult result) {

	public static final String PUBLICIZED = "PUBLICIZED";

	public static final String PUBLISHED = "PUBLISHED";

	public boolean superseded() {
		return supersededAt != null;
	}

	public boolean published() {
		return PUBLISHED.equals(stage);
	}

	/** The snapshot without its inputs and numbers, for lists. */
	public SnapshotSummary summary() {
		return new SnapshotSummary(year, version, stage, createdAt, createdBy, supersededAt, supersededBy, schemeSha256,
				dataDigest);
	}

}
