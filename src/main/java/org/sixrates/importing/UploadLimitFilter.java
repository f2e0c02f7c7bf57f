package org.sixrates.importing;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sixrates.system.ProblemJson;
import org.sixrates.web.ApiLanguage;
import org.sixrates.web.UploadLimit;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Uploads over {@code spring.servlet.multipart.max-file-size}, caught before any other
 * filter reads a parameter: once the container has failed to parse a multipart body,
 * every later {@code getParameter} (the CSRF check, the language switch, even the error
 * page) fails again, so the request is answered here. A browser is sent back to the
 * import page, which names the limit (or, for a record's evidence file, to the record's
 * page); a program gets a 413 problem detail.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	/** The upload of an evidence file from a record's page (org.sixrates.review). */
	private static final Pattern EVIDENCE_UPLOAD = Pattern.compile("(/records/[^/]+/[^/]+)/evidence");

	private final UploadLimit limit;

	UploadLimitFilter(UploadLimit limit) {
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (multipart(request)) {
			try {
				request.getParts();
			}
			catch (IOException | ServletException | RuntimeException ex) {
				if (tooLarge(ex)) {
					refuse(request, response);
					return;
				}
				throw ex;
			}
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemJson.write(response, HttpStatus.CONTENT_TOO_LARGE, limit.tooLarge().in(ApiLanguage.of(request)),
					request.getRequestURI());
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher evidence = EVIDENCE_UPLOAD.matcher(path);
		// an evidence file goes back to its record's page, which names its own limit
		response.sendRedirect(request.getContextPath()
				+ (evidence.matches() ? evidence.group(1) + "/edit?tooLarge#evidence" : "/import?tooLarge"));
	}

	private static boolean multipart(HttpServletRequest request) {
		String type = request.getContentType();
		return "POST".equals(request.getMethod()) && type != null
				&& type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	// Containers name their own exception (Tomcat: FileSizeLimitExceededException,
	// SizeLimitExceededException)
	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.endsWith("SizeLimitExceededException") || name.equals("MaxUploadSizeExceededException")) {
				return true;
			}
		}
		return false;
	}

}
