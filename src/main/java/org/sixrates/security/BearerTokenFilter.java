package org.sixrates.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that sends {@code Authorization: Bearer <token>}: one SHA-256
 * and one indexed lookup, where HTTP Basic costs a BCrypt. An unknown, revoked or expired
 * token is a 401 and counts as a failed sign-in of its address; a locked address is
 * refused before its token is looked at. Requests without a bearer token pass on to HTTP
 * Basic. A token of a disabled user is refused like a revoked one. Not a bean, so that
 * the servlet container does not run it outside the chain.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final SignInGuard guard;

	private final AuthenticationEntryPoint entryPoint;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(ApiTokens tokens, Accounts accounts, SignInGuard guard, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.guard = guard;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		try {
			this.guard.check(null, address);
			ApiTokenAuthentication authentication = signIn(header.substring(BEARER.length()).strip());
			if (authentication == null) {
				this.guard.failed(null, address);
				throw new BadCredentialsException("Unknown, revoked or expired token");
			}
			SecurityContext context = this.contexts.createEmptyContext();
			context.setAuthentication(authentication);
			this.contexts.setContext(context);
		}
		catch (AuthenticationException ex) {
			this.contexts.clearContext();
			request.setAttribute(ApiProblemResponses.BEARER_FAILED, Boolean.TRUE);
			this.entryPoint.commence(request, response, ex);
			return;
		}
		chain.doFilter(request, response);
	}

	private ApiTokenAuthentication signIn(String secret) {
		return this.tokens.use(secret)
			.flatMap(use -> this.accounts.active(use.user())
				.map(UserDetails::getAuthorities)
				.map(authorities -> new ApiTokenAuthentication(use.user(), use.id(), authorities)))
			.orElse(null);
	}

}
