package org.sixrates.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects to a path of this application, never to a host: the page a visitor asked for
 * before signing in is remembered as a full URL built from its {@code Host} header, which
 * a client or a proxy may forge; only its path and query are followed.
 */
final class RelativeRedirects implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		String target;
		try {
			URI uri = URI.create(url);
			String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
			// an absolute URL holds the context path already, a relative one is within it
			target = (uri.isAbsolute() ? "" : request.getContextPath()) + (path.startsWith("/") ? path : "/" + path);
			if (uri.getRawQuery() != null) {
				target += "?" + uri.getRawQuery();
			}
		}
		catch (IllegalArgumentException ex) {
			target = request.getContextPath() + "/";
		}
		// "//host/…" would name a host again
		target = target.replaceFirst("^/{2,}", "/");
		response.sendRedirect(response.encodeRedirectURL(target));
	}

}
