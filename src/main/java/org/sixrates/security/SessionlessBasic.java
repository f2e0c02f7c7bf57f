package org.sixrates.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens in the session, except for a request that sends HTTP Basic credentials and
 * has no session: a scraper or script on the pages (the Prometheus scrape) would
 * otherwise leave a session behind at every request, as a page's sign-out form asks for a
 * token. Such a request's token is never stored, so a form it posts is refused: a browser
 * that replays Basic credentials gains nothing against CSRF either.
 */
final class SessionlessBasic implements CsrfTokenRepository {

	private final CsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (sendsBasic(request) && request.getSession(false) == null) {
			return;
		}
		this.sessions.saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return this.sessions.loadToken(request);
	}

	static boolean sendsBasic(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

}
