package org.sixrates.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors raised before any controller runs, over real HTTP because only a servlet
 * container forwards them to the error controller: a problem detail for programs, a page
 * for browsers. The requests sign in with HTTP Basic as {@code admin}.
 */
@WebTest
class ErrorPagesTests {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aWrongContentTypeIsAnUnsupportedMediaTypeProblem() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/records"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{}")));
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body())
			.contains("\"status\":415", "\"title\":\"Unsupported Media Type\"",
					"\"detail\":\"Content-Type 'application/json' is not supported.\"", "\"instance\":\"/api/records\"")
			.doesNotContain("trace", "Exception");
	}

	@Test
	void anUnknownApiPathIsANotFoundProblem() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/nothing-here")).header("Accept", "*/*"));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":404", "\"title\":\"Not Found\"");
	}

	@Test
	void aWrongMethodIsAMethodNotAllowedProblem() throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/api/years")).DELETE().header("Accept", "application/json"));
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("\"status\":405", "\"title\":\"Method Not Allowed\"");
	}

	@Test
	void aBrowserGetsAnErrorPageInChinese() throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/rankings/2030")).header("Accept", "text/html"));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body())
			.contains("没有找到您要的页面或数据。", "返回首页", "2030 年度没有考评数据", "href=\"/rankings/2030?lang=en\"")
			.doesNotContain("Whitelabel", "at org.");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		String credentials = Base64.getEncoder()
			.encodeToString(("admin:" + WebTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return http.send(request.header("Authorization", "Basic " + credentials).build(), BodyHandlers.ofString());
	}

}
