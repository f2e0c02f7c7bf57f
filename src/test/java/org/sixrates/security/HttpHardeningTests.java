package org.sixrates.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sixrates.web.WebTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the real server sends, byte for byte, where MockMvc cannot see: the requests that
 * Spring Security's firewall or Tomcat itself refuses. Requests go over a plain socket to
 * 127.0.0.1, so that nothing rewrites them on the way.
 */
@WebTest
class HttpHardeningTests {

	@LocalServerPort
	private int port;

	@Test
	void requestsTheFirewallRefusesAreProblemsWithTheSecurityHeaders() throws IOException {
		for (String path : List.of("/api;/x", "/records;jsessionid=x", "/a/%2e%2e/b", "/x%0ay")) {
			Response response = send("GET " + path, Map.of());

			assertThat(response.status).as(path).isEqualTo(400);
			assertThat(response.header("content-type")).as(path).startsWith("application/problem+json");
			assertThat(response.body).as(path).contains("\"status\":400").doesNotContain("<html");
			assertSecurityHeaders(path, response);
		}
	}

	@Test
	void requestsTomcatRefusesBeforeTheApplicationAreProblemsWithTheSecurityHeaders() throws IOException {
		for (String path : List.of("/%2e%2e/", "/..;/x/../../", "/api/%2F..%2Fx")) {
			Response response = send("GET " + path, Map.of());

			assertThat(response.status).as(path).isEqualTo(400);
			assertThat(response.header("content-type")).as(path).startsWith("application/problem+json");
			assertThat(response.body).as(path).contains("\"status\":400").doesNotContain("<html", "Tomcat");
			assertSecurityHeaders(path, response);
		}
	}

	private static void assertSecurityHeaders(String path, Response response) {
		assertThat(response.header("content-security-policy")).as(path)
			.isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(response.header("x-frame-options")).as(path).isEqualTo("DENY");
		assertThat(response.header("x-content-type-options")).as(path).isEqualTo("nosniff");
		assertThat(response.header("referrer-policy")).as(path).isEqualTo("same-origin");
		assertThat(response.header("cache-control")).as(path).contains("no-store");
	}

	private Response send(String requestLine, Map<String, String> headers) throws IOException {
		return send(requestLine, headers, "");
	}

	private Response send(String requestLine, Map<String, String> headers, String body) throws IOException {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("Host", "127.0.0.1:" + this.port);
		all.putAll(headers);
		all.put("Connection", "close");
		StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.1\r\n");
		all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("\r\n").append(body);
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			return Response.parse(readAll(socket.getInputStream()));
		}
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/** A response as it came over the wire; a header's first value by lower-case name. */
	private record Response(int status, Map<String, List<String>> headers, String body) {

		static Response parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String[] lines = raw.substring(0, end).split("\r\n");
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers
					.computeIfAbsent(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), name -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).strip());
			}
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
		}

		String header(String name) {
			List<String> values = this.headers.get(name);
			return (values == null) ? null : values.get(0);
		}

	}

}
