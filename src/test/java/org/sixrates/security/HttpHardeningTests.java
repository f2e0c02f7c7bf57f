package org.sixrates.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sixrates.web.WebTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * What the real server sends, byte for byte, where MockMvc cannot see: the requests that
 * Spring Security's firewall or Tomcat itself refuses, the session cookie's attributes,
 * and redirects when a client forges its {@code Host} header. Requests go over a plain
 * socket to 127.0.0.1, so that nothing rewrites them on the way. The application context
 * is one of its own (the property is the default): MockMvc's {@code csrf()}, which the
 * other web tests use, swaps the CSRF token store of the context it runs in for one that
 * keeps every token in a session.
 */
@WebTest
@TestPropertySource(properties = "sixrates.sign-in.failures=5")
class HttpHardeningTests {

	private static final String FORGED = "evil.example";

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

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() throws IOException {
		Response login = send("GET /login", Map.of());

		assertThat(login.status).isEqualTo(200);
		assertThat(login.header("set-cookie")).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax");
	}

	@Test
	void redirectsNameAPathWhateverHostTheClientClaims() throws IOException {
		Response asked = send("GET /rankings/2024", Map.of("Host", FORGED));
		assertThat(asked.status).isEqualTo(302);
		assertThat(asked.header("location")).isEqualTo("/login");
		String cookie = asked.header("set-cookie").replaceFirst(";.*", "");

		Response form = send("GET /login", Map.of("Host", FORGED, "Cookie", cookie));
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body);
		assertThat(token.find()).isTrue();
		String body = "username=admin&password=" + WebTest.ADMIN_PASSWORD + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		Response signedIn = send("POST /login", Map.of("Host", FORGED, "Cookie", cookie, "Content-Type",
				"application/x-www-form-urlencoded", "Content-Length", String.valueOf(body.length())), body);
		// the page asked for before signing in, remembered with the forged host
		assertThat(signedIn.status).isEqualTo(302);
		assertThat(signedIn.header("location")).startsWith("/rankings/2024").doesNotContain(FORGED);
		String session = signedIn.header("set-cookie").replaceFirst(";.*", "");

		Response swagger = send("GET /swagger-ui.html", Map.of("Host", FORGED, "Cookie", session));
		assertThat(swagger.status).isEqualTo(302);
		assertThat(swagger.header("location")).startsWith("/swagger-ui/").doesNotContain(FORGED);
	}

	@Test
	void httpBasicOnThePagesLeavesNoSessionBehind() throws IOException {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + WebTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		for (String path : List.of("/actuator/prometheus", "/rankings/2024")) {
			Response response = send("GET " + path, Map.of("Authorization", basic));

			assertThat(response.status).as(path).isEqualTo(200);
			assertThat(response.headers).as(path).doesNotContainKey("set-cookie");
		}
		// nor a CSRF token: a form posted with Basic alone is refused
		assertThat(send("POST /records/DH/new", Map.of("Authorization", basic, "Content-Type",
				"application/x-www-form-urlencoded", "Content-Length", "4"), "id=X").status)
			.isEqualTo(403);
	}

	@Test
	void swaggerUisFilesNeedASignedInUserWhereverTheyAreServed() throws IOException {
		for (String path : List.of("/webjars/swagger-ui/index.html", "/swagger-ui/index.html", "/v3/api-docs",
				"/v3/api-docs/swagger-config")) {
			Response response = send("GET " + path, Map.of());

			assertThat(response.status).as(path).isEqualTo(302);
			assertThat(response.header("location")).as(path).isEqualTo("/login");
		}
		// the charts' script stays open, like the stylesheets
		assertThat(send("GET /webjars/echarts/dist/echarts.min.js", Map.of()).status).isEqualTo(200);
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
