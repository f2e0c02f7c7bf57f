package org.sixrates.review;

/** A record named for a review decision: its committee and id. */
public record ReviewKey(String committee, String id) {

	@Override
	public String toString() {
		return committee + "/" + id;
	}

}
