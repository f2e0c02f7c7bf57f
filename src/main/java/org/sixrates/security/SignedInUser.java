package org.sixrates.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * An account as a sign-in sees it, and the principal of the session it opens: for a user
 * of the database, the version of its row at sign-in, so that a later change (disabled, a
 * new role or committee, a password reset) ends the session.
 */
final class SignedInUser extends User {

	private final boolean stored;

	private final int version;

	private final boolean temporaryPassword;

	SignedInUser(String name, String hash, boolean enabled, Collection<? extends GrantedAuthority> authorities,
			boolean stored, int version, boolean temporaryPassword) {
		super(name, hash, enabled, true, true, true, authorities);
		this.stored = stored;
		this.version = version;
		this.temporaryPassword = temporaryPassword;
	}

	/** A user of the settings, which never changes while the application runs. */
	static SignedInUser configured(String name, String hash, Collection<? extends GrantedAuthority> authorities) {
		return new SignedInUser(name, hash, true, authorities, false, 0, false);
	}

	/** Whether the account is a row of {@code app_user}, not a setting. */
	boolean stored() {
		return this.stored;
	}

	int version() {
		return this.version;
	}

	/** Whether its password was set by the office, for its owner to replace. */
	boolean temporaryPassword() {
		return this.temporaryPassword;
	}

	/**
	 * A copy with the password: signing in erases the password of the object it is given.
	 */
	SignedInUser copy() {
		return new SignedInUser(getUsername(), getPassword(), isEnabled(), getAuthorities(), this.stored, this.version,
				this.temporaryPassword);
	}

	// User's equals and hashCode compare names only, which is what sessions need
	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
