package org.sixrates.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
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

	private final String tooLarge;

	ErrorPages(ErrorAttributes errorAttributes,
			@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize uploadLimit) {
		this.errorAttributes = errorAttributes;
		long bytes = uploadLimit.toBytes();
		this.tooLarge = "The file is larger than the limit of " + ((bytes % DataSize.ofMegabytes(1).toBytes() == 0)
				? uploadLimit.toMegabytes() + "MB" : bytes + " bytes") + "; nothing was imported.";
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = problem(request, status);
		return new ModelAndView("error", Map.of("status", status.value(), "problem", problem), status);
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(request, status));
	}

	private ProblemDetail problem(HttpServletRequest request, HttpStatus status) {
		Throwable error = errorAttributes.getError(new ServletWebRequest(request));
		ProblemDetail problem;
		// Spring's own exceptions describe themselves without internals; anything else
		// might not
		if (error instanceof ErrorResponse response && response.getStatusCode().value() == status.value()) {
			problem = response.getBody();
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(status,
					status.is5xxServerError() ? "The server could not complete the request; the error has been logged."
							: status.getReasonPhrase());
		}
		// the servlet container refuses an upload over the limit before Spring sees it:
		// say which limit
		if (status == HttpStatus.CONTENT_TOO_LARGE) {
			problem.setDetail(tooLarge);
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

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
