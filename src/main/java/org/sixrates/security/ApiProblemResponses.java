package org.sixrates.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sixrates.system.ProblemJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401, 403 and 429 of the API (and of HTTP Basic on the pages) as RFC 9457 problem
 * details: a script gets JSON it can read, never the login page. The 401 asks for HTTP
 * Basic or a token; a locked sign-in is a 429 with {@code Retry-After}, whatever the
 * password was.
 */
final class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** Request attribute: the request sent a bearer token that was refused. */
	static final String BEARER_FAILED = ApiProblemResponses.class.getName() + ".bearer";

	private static final String REALM = "realm=\"Six Rates\"";

	private final boolean tokens;

	/**
	 * @param tokens whether the chain takes API tokens too, and so asks for one as well
	 * as for a password
	 */
	ApiProblemResponses(boolean tokens) {
		this.tokens = tokens;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof SignInLockedException locked) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(locked.retryAfterSeconds()));
			ProblemJson.write(
					response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins; try again in "
							+ locked.retryAfterSeconds() + " s. Until then no password or token is looked at.",
					request.getRequestURI());
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic " + REALM);
		boolean bearer = request.getAttribute(BEARER_FAILED) != null;
		if (this.tokens) {
			response.addHeader(HttpHeaders.WWW_AUTHENTICATE,
					"Bearer " + REALM + (bearer ? ", error=\"invalid_token\"" : ""));
		}
		String detail = bearer ? "The API token is unknown, revoked or expired."
				: (ex instanceof DisabledException) ? "This user is disabled; the city office may enable it again."
						: "Sign in with HTTP Basic authentication (a user name and password of Six Rates)"
								+ (this.tokens ? " or an API token (Authorization: Bearer …)." : ".");
		ProblemJson.write(response, HttpStatus.UNAUTHORIZED, detail, request.getRequestURI());
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		ProblemJson.write(response, HttpStatus.FORBIDDEN, "Your role does not allow this request.",
				request.getRequestURI());
	}

}
