package org.sixrates.security;

import java.time.Instant;

/**
 * A token for scripts as the page and the API show it; its secret is never kept.
 *
 * @param user the account the token acts for
 * @param createdBy who made it: the user itself or the city office
 * @param lastUsedAt the last use, to the minute; {@code null} when never used
 * @param expiresAt {@code null}: it does not expire
 * @param revokedAt {@code null}: it is valid
 */
public record ApiToken(long id, String user, String name, Instant createdAt, String createdBy, Instant lastUsedAt,
		Instant expiresAt, Instant revokedAt) {

	/** Whether it has expired at {@code now}. */
	public boolean expired(Instant now) {
		return this.expiresAt != null && !now.isBefore(this.expiresAt);
	}

	/**
	 * A token just made and its secret, which is shown this once.
	 *
	 * @param secret what a script sends: {@code Authorization: Bearer <secret>}
	 */
	public record Created(ApiToken token, String secret) {
	}

}
