package org.sixrates.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * An RFC 9457 problem detail written straight to a response, for the filters that answer
 * before Spring MVC could (an upload over the limit, a request that needs signing in):
 * the same members as Spring's own problem details.
 */
public final class ProblemJson {

	private ProblemJson() {
	}

	public static void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
			throws IOException {
		response.setStatus(status.value());
		// JSON is UTF-8 by definition: no charset parameter, as Spring writes its own
		// problem details
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		StringBuilder json = new StringBuilder("{\"type\":\"about:blank\",\"title\":\"")
			.append(escaped(status.getReasonPhrase()))
			.append("\",\"status\":")
			.append(status.value())
			.append(",\"detail\":\"")
			.append(escaped(detail))
			.append('"');
		if (instance != null) {
			json.append(",\"instance\":\"").append(escaped(instance)).append('"');
		}
		response.getOutputStream().write(json.append('}').toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String escaped(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
