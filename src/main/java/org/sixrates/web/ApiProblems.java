package org.sixrates.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.sixrates.importing.ForeignRowsException;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of an API call as an RFC 9457 problem detail: bad input with each of its
 * errors (403 when a clerk's file has another committee's rows), a refusal of access as
 * 403, the framework's own errors (bad parameter, unknown year, wrong content type) as
 * Spring describes them, and anything unexpected as a 500 whose detail names no
 * internals.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiProblems.class);

	@ExceptionHandler
	ProblemDetail badInput(BadInputException ex) {
		List<InputError> errors = ex.errors();
		boolean foreign = ex instanceof ForeignRowsException;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(
				foreign ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST,
				errors.size() + (foreign ? " row(s) of another committee in " : " error(s) found in ")
						+ errors.get(0).file() + "; nothing was imported");
		problem.setTitle(foreign ? "Another committee's records" : "Bad input");
		problem.setProperty("errors", errors.stream().map(ApiProblems::describe).toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail denied(AccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("Forbidden");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error in an API call", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The server could not complete the request; the error has been logged.");
		problem.setTitle("Internal error");
		return problem;
	}

	private static Map<String, Object> describe(InputError error) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("file", error.file());
		json.put("line", error.line());
		json.put("column", error.column());
		json.put("field", error.field());
		json.put("value", error.value());
		json.put("expected", error.expected());
		json.put("message", error.message());
		return json;
	}

}
