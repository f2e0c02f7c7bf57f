package org.sixrates.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks, at every request of the pages, that a session signed in by a user of the
 * database may go on: the user is still there, enabled, and its row has the version it
 * had at sign-in (no other role, committee or reset password since). Otherwise the
 * session ends and the browser goes to the login page, which says why. A user whose
 * password the office set is sent to the page that changes it until it has. Users of the
 * settings never change while the application runs and are not looked up.
 */
final class AccountSessions extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	/** What a user with a password to replace may still reach. */
	private static final List<String> OPEN_WHILE_TEMPORARY = List.of(PASSWORD_PAGE, "/logout", "/login", "/css/",
			"/js/", "/webjars/", "/favicon.ico", "/error");

	private final StoredUsers store;

	private final Accounts accounts;

	private final RelativeRedirects redirects = new RelativeRedirects();

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	AccountSessions(StoredUsers store, Accounts accounts) {
		this.store = store;
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user) || !user.stored()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserAccount> now = this.accounts.isConfigured(user.getUsername()) ? Optional.empty()
				: this.store.find(user.getUsername()).map(StoredUsers.Stored::account);
		if (now.isEmpty() || !now.get().enabled() || now.get().version() != user.version()) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			this.contexts.clearContext();
			this.redirects.sendRedirect(request, response, "/login?ended");
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (now.get().temporaryPassword() && OPEN_WHILE_TEMPORARY.stream().noneMatch(path::startsWith)) {
			this.redirects.sendRedirect(request, response, PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
