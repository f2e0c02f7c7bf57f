package org.sixrates.web;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.sixrates.security.Denied;
import org.sixrates.vocabulary.Localizable;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Messages;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen before a controller is chosen (no such path, wrong method, wrong
 * content type) and errors of the pages: a problem detail for programs, a page for
 * browsers. Replaces Boot's whitelabel error controller so that no stack trace or
 * internal message is shown.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPages implements ErrorController {

	private final ErrorAttributes errorAttributes;

	private final UploadLimit uploadLimit;

	ErrorPages(ErrorAttributes errorAttributes, UploadLimit uploadLimit) {
		this.errorAttributes = errorAttributes;
		this.uploadLimit = uploadLimit;
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request) {
		HttpStatus status = status(request);
		Localizable reason = reason(request, status);
		// a page speaks the reader's language: a reason of our own, or only the status's
		// own words
		Map<String, Object> model = new HashMap<>();
		model.put("status", status.value());
		model.put("detail", (reason == null) ? null : reason.in(Labels.locale()));
		return new ModelAndView("error", model, status);
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(request, status, ApiLanguage.of(request)));
	}

	private ProblemDetail problem(HttpServletRequest request, HttpStatus status, Locale locale) {
		Throwable error = errorAttributes.getError(new ServletWebRequest(request));
		Localizable reason = reason(request, status);
		ProblemDetail problem;
		// Spring's own exceptions describe themselves without internals; anything else
		// might not
		if (error instanceof ErrorResponse response && response.getStatusCode().value() == status.value()) {
			problem = response.getBody();
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(status,
					status.is5xxServerError() ? Messages.text(locale, "problem.internal") : status.getReasonPhrase());
		}
		if (reason != null) {
			problem.setDetail(reason.in(locale));
		}
		if (problem.getTitle() == null) {
			problem.setTitle(status.getReasonPhrase());
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && problem.getInstance() == null) {
			problem.setInstance(URI.create(path));
		}
		return problem;
	}

	/** What we can tell the user in its words, or {@code null}. */
	private Localizable reason(HttpServletRequest request, HttpStatus status) {
		Throwable error = errorAttributes.getError(new ServletWebRequest(request));
		if (error instanceof Refused refused) {
			return refused.userMessage();
		}
		if (error instanceof Denied denied) {
			return denied.reason();
		}
		// the servlet container refuses an upload over the limit before Spring sees it:
		// say which limit
		if (status == HttpStatus.CONTENT_TOO_LARGE) {
			return uploadLimit.tooLarge();
		}
		if (status.is5xxServerError()) {
			return Message.of("problem.internal");
		}
		return null;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
