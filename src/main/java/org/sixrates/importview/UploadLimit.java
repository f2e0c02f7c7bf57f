package org.sixrates.importview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size}: the servlet container refuses
 * it before any controller is chosen, so this advice is global. A browser goes back to the
 * import page, which says what the limit is; a program gets a 413 problem detail.
 */
@ControllerAdvice
class UploadLimit {

	private final DataSize limit;

	UploadLimit(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize limit) {
		this.limit = limit;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream().write(problem(limit).getBytes(StandardCharsets.UTF_8));
			return new ModelAndView();
		}
		RequestContextUtils.getOutputFlashMap(request).put("tooLarge", megabytes(limit));
		return new ModelAndView("redirect:/import");
	}

	/** The 413 problem detail of an upload or a request body over {@code limit}. */
	static String problem(DataSize limit) {
		return "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":"
				+ "\"The file is larger than the limit of " + megabytes(limit) + "; nothing was imported.\"}";
	}

	/** {@code 20MB}, or the bytes where the limit is not a whole number of megabytes. */
	static String megabytes(DataSize limit) {
		long bytes = limit.toBytes();
		return (bytes % DataSize.ofMegabytes(1).toBytes() == 0) ? limit.toMegabytes() + "MB" : bytes + " bytes";
	}

}
