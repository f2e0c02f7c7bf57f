package org.sixrates.security;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A request signed in by an API token: its user's name and, read from the account at this
 * request, its user's role and committee, so that a clerk's token reaches exactly what
 * the clerk does.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final String user;

	private final long tokenId;

	ApiTokenAuthentication(String user, long tokenId, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.user = user;
		this.tokenId = tokenId;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.user;
	}

	long tokenId() {
		return this.tokenId;
	}

}
