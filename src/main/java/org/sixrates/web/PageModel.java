package org.sixrates.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the layout of every page needs: the reader's language and the link to the other one. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

	@ModelAttribute("chinese")
	boolean chinese() {
		return Labels.chinese();
	}

	/** This page in the other language: same path and parameters, {@code lang} switched. */
	@ModelAttribute("otherLanguage")
	String otherLanguage(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromRequest(request)
			.replaceQueryParam(WebConfiguration.LANGUAGE_PARAMETER, Labels.chinese() ? "en" : "zh")
			.scheme(null)
			.host(null)
			.port(null)
			.build()
			.toUriString();
	}

}
