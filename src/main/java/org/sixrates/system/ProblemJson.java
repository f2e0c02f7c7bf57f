package org.sixrates.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * An RFC 9457 problem detail written straight to a response, for the answers given before
 * any controller runs (an upload over the limit, a refused sign-in, a refused request),
 * where Spring MVC's own problem details are out of reach: the same members as Spring's.
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
		response.getOutputStream().write(json(status, detail, instance).getBytes(StandardCharsets.UTF_8));
	}

	public static String json(HttpStatus status, String detail, String instance) {
		return "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
				+ ",\"detail\":\"" + escaped(detail) + "\""
				+ ((instance == null) ? "" : ",\"instance\":\"" + escaped(instance) + "\"") + "}";
	}

	private static String escaped(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || c == 0x7f) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
