package org.sixrates.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 of the API as RFC 9457 problem details: a script gets JSON it can read,
 * never the login page. The 401 asks for HTTP Basic.
 */
final class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Six Rates\"");
		Problems.write(response, HttpStatus.UNAUTHORIZED,
				"Sign in with HTTP Basic authentication: a user name and password of Six Rates.",
				request.getRequestURI());
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		Problems.write(response, HttpStatus.FORBIDDEN, "Your role does not allow this request.",
				request.getRequestURI());
	}

}
