package org.sixrates.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.sixrates.security.Access;
import org.sixrates.security.Role;
import org.sixrates.system.SixRatesProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout of every page needs: the reader's language and the link to the other
 * one.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

	private final ObjectProvider<SixRatesProperties> properties;

	private final ObjectProvider<Clock> clock;

	PageModel(ObjectProvider<SixRatesProperties> properties, ObjectProvider<Clock> clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The city office's time zone, in which every page shows its times (Asia/Shanghai
	 * where a test slice has no settings).
	 */
	@ModelAttribute("zone")
	ZoneId zone() {
		SixRatesProperties settings = properties.getIfAvailable();
		return (settings != null) ? settings.zone() : ZoneId.of("Asia/Shanghai");
	}

	/**
	 * The issuing office, at the head of every printed page, {@code null} where a test
	 * slice has no settings.
	 */
	@ModelAttribute("office")
	String office() {
		SixRatesProperties settings = properties.getIfAvailable();
		return (settings != null) ? settings.office() : null;
	}

	/** The day a page is printed on, in the office's time zone. */
	@ModelAttribute("printed")
	LocalDate printed() {
		return LocalDate.now(clock.getIfAvailable(Clock::systemUTC).withZone(zone()));
	}

	@ModelAttribute("chinese")
	boolean chinese() {
		return Labels.chinese();
	}

	/** Who is signed in, for the sign-out button; {@code null} on the login page. */
	@ModelAttribute("userName")
	String userName() {
		return Access.signedIn() ? Access.userName() : null;
	}

	/** Whether the audit trail is in the menu: the city office's alone. */
	@ModelAttribute("admin")
	boolean admin() {
		return Access.hasRole(Role.ADMIN);
	}

	/** Whether the import page is in the menu: the city office's and the clerks'. */
	@ModelAttribute("mayImport")
	boolean mayImport() {
		return Access.hasRole(Role.ADMIN) || Access.hasRole(Role.CLERK);
	}

	/**
	 * This page in the other language: same path and parameters, {@code lang} switched;
	 * on an error page, the path that failed rather than the error page's own.
	 */
	@ModelAttribute("otherLanguage")
	String otherLanguage(HttpServletRequest request) {
		UriComponentsBuilder page = (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed)
				? UriComponentsBuilder.fromPath(failed)
				: ServletUriComponentsBuilder.fromRequest(request).scheme(null).host(null).port(null);
		return page.replaceQueryParam(WebConfiguration.LANGUAGE_PARAMETER, Labels.chinese() ? "en" : "zh")
			.build()
			.toUriString();
	}

}
