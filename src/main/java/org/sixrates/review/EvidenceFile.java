package org.sixrates.review;

import java.time.Instant;

/**
 * An evidence file on a record, without its bytes: what the list, the API's JSON and the
 * audit trail say of it.
 *
 * @param sha256 the SHA-256 of its bytes, lower-case hex: its key on the record
 * @param fileName its name as the user gave it
 * @param mediaType the media type its bytes were sniffed as
 * @param size its length in bytes
 * @param uploadedBy who added it
 * @param uploadedAt when
 */
public record EvidenceFile(String sha256, String fileName, String mediaType, long size, String uploadedBy,
		Instant uploadedAt) {

	/** The kind its media type names: PDF, OFD, JPEG or PNG. */
	public FileKind kind() {
		return FileKind.ofMediaType(mediaType);
	}

	/** Its size as a page writes it ({@code 1.5MB}). */
	public String shownSize() {
		return FileKinds.size(size);
	}

}
