package org.sixrates.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.sixrates.input.BadInputException;
import org.sixrates.input.ForeignRowsException;
import org.sixrates.input.InputError;
import org.sixrates.security.Denied;
import org.sixrates.vocabulary.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of an API call as an RFC 9457 problem detail, in the language of
 * {@link ApiLanguage}: bad input with each of its errors (403 when a clerk's file has
 * another committee's rows), a refused request with its reason, a refusal of access as
 * 403, the framework's own errors (bad parameter, wrong content type) as Spring describes
 * them, and anything unexpected as a 500 whose detail names no internals.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiProblems.class);

	@ExceptionHandler
	ProblemDetail badInput(BadInputException ex, HttpServletRequest request) {
		Locale locale = ApiLanguage.of(request);
		List<InputError> errors = ex.errors();
		boolean foreign = ex instanceof ForeignRowsException;
		ProblemDetail problem = ProblemDetail
			.forStatusAndDetail(foreign ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST, Messages.text(locale,
					foreign ? "input.refused.foreign" : "input.refused", errors.size(), errors.get(0).file()));
		problem.setTitle(Messages.text(locale, foreign ? "input.refused.foreign.title" : "input.refused.title"));
		problem.setProperty("errors", errors.stream().map(error -> describe(error, locale)).toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail refused(Refused ex, HttpServletRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setDetail(ex.userMessage().in(ApiLanguage.of(request)));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail denied(AccessDeniedException ex, HttpServletRequest request) {
		Locale locale = ApiLanguage.of(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, (ex instanceof Denied denied)
				? denied.reason().in(locale) : Messages.text(locale, "problem.forbidden"));
		problem.setTitle("Forbidden");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error in an API call", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				Messages.text(ApiLanguage.of(request), "problem.internal"));
		problem.setTitle("Internal error");
		return problem;
	}

	private static Map<String, Object> describe(InputError error, Locale locale) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("file", error.file());
		json.put("line", error.line());
		json.put("column", error.column());
		// a workbook's errors: the sheet, and the cell as Excel names it (记录!D17)
		if (error.sheet() != null) {
			json.put("sheet", error.sheet());
			json.put("cell", error.cell());
		}
		json.put("field", error.field());
		json.put("value", error.value());
		json.put("expected", error.expected(locale));
		json.put("message", error.message(locale));
		return json;
	}

}
