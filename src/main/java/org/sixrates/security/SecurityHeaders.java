package org.sixrates.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * The headers every response carries, defined once: the filter chains send them with
 * Spring Security's defaults plus the Content-Security-Policy and the Referrer-Policy
 * below, and the answers written outside the chains (a request the firewall or Tomcat
 * refuses) write the same list.
 */
final class SecurityHeaders {

	/**
	 * Scripts, styles and images from the application itself only, and no framing: no
	 * inline script runs, so the charts read their data from an attribute.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Links to other sites send no referrer: the paths name committees, years and
	 * records.
	 */
	static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

	/** Spring Security's default headers and ours, for responses outside the chains. */
	private static final List<HeaderWriter> WRITERS = List.of(new XContentTypeOptionsHeaderWriter(),
			new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(), new HstsHeaderWriter(),
			new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
			new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
			new ReferrerPolicyHeaderWriter(REFERRER_POLICY));

	private SecurityHeaders() {
	}

	/** Our additions to the defaults of a filter chain. */
	static void configure(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY));
	}

	/** The chains' headers on a response that no chain writes. */
	static void write(HttpServletRequest request, HttpServletResponse response) {
		for (HeaderWriter writer : WRITERS) {
			writer.writeHeaders(request, response);
		}
	}

}
