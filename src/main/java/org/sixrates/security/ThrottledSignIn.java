package org.sixrates.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of the login form and of HTTP Basic, behind the {@link SignInGuard}:
 * a locked name or address is refused before its password is compared (no BCrypt is spent
 * on it, and the answer does not depend on the password), and every wrong password is
 * counted.
 */
final class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInGuard guard;

	ThrottledSignIn(AuthenticationProvider passwords, SignInGuard guard) {
		this.passwords = passwords;
		this.guard = guard;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String name = attempt.getName();
		String address = address(attempt);
		this.guard.check(name, address);
		Authentication result;
		try {
			result = this.passwords.authenticate(attempt);
		}
		catch (BadCredentialsException ex) {
			this.guard.failed(name, address);
			throw ex;
		}
		if (result != null) {
			this.guard.succeeded(name, address);
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * The client's address as the servlet container sees it: behind a reverse proxy, the
	 * proxy's unless {@code server.forward-headers-strategy=native} reads the forwarded
	 * one.
	 */
	private static String address(Authentication attempt) {
		return (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null)
				? details.getRemoteAddress() : "unknown";
	}

}
