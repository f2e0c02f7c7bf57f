package org.sixrates.security;

import java.time.Instant;

/**
 * A user as the city office's page lists it: from the settings ({@code configured}, which
 * the pages cannot change) or from the database. Never its password or hash.
 *
 * @param committee a clerk's committee code, otherwise {@code null}
 * @param enabled whether it may sign in; a user of the settings always may
 * @param temporaryPassword whether its password was set by the office and is still to be
 * replaced by its owner
 * @param passwordSetAt when the password was last set, {@code null} for a user of the
 * settings
 * @param shadowed a database user whose name the settings define too, so that the
 * settings' user is the one that signs in
 */
public record UserAccount(String name, Role role, String committee, boolean enabled, boolean configured,
		boolean shadowed, boolean temporaryPassword, Instant passwordSetAt, String passwordSetBy, Instant createdAt,
		String createdBy, int version) {

	static UserAccount ofSettings(String name, Role role, String committee) {
		return new UserAccount(name, role, committee, true, true, false, false, null, null, null, null, 0);
	}

	/** Whether it signs in now as an active user of the city office. */
	boolean activeAdmin() {
		return this.role == Role.ADMIN && this.enabled && !this.shadowed;
	}

	UserAccount withShadowed(boolean shadowed) {
		return new UserAccount(this.name, this.role, this.committee, this.enabled, this.configured, shadowed,
				this.temporaryPassword, this.passwordSetAt, this.passwordSetBy, this.createdAt, this.createdBy,
				this.version);
	}

}
