package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Files over {@code spring.servlet.multipart.max-file-size} (1KB here), over real HTTP
 * because the servlet container enforces the limit: the import page says so, the API
 * answers 413.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:limit", "sixrates.demo-data=false",
				"sixrates.admin-password=limit-test", "spring.servlet.multipart.max-file-size=1KB",
				"spring.servlet.multipart.max-request-size=10KB" })
class UploadLimitTests {

	private static final String BASIC = "Basic "
			+ Base64.getEncoder().encodeToString("admin:limit-test".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void anUploadOverTheLimitReturnsToTheImportPageNamingTheLimit() throws Exception {
		// the session's CSRF token, from the import page
		HttpResponse<String> page = http.send(request("/import").GET().build(), BodyHandlers.ofString());
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).isTrue();

		String boundary = "sixrates-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes("x".repeat(2048).getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> upload = http
			.send(request("/import/records").header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), BodyHandlers.ofString());

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(upload.headers().firstValue("Location"))
			.hasValueSatisfying(url -> assertThat(url).endsWith("/import?tooLarge"));
		HttpResponse<String> after = http.send(request("/import?tooLarge").GET().build(), BodyHandlers.ofString());
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("id=\"import-too-large\"", "文件超过上传上限 1024 bytes，未导入任何数据。");
	}

	@Test
	void anApiBodyOverTheLimitIsA413Problem() throws Exception {
		HttpResponse<String> response = http.send(request("/api/records").header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString("x".repeat(1025)))
			.build(), BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":413",
				"The file is larger than the limit of 1024 bytes; nothing was imported.");
	}

	@Test
	void aMultipartPostToTheApiOverTheLimitIsA413ProblemToo() throws Exception {
		String boundary = "sixrates-boundary";
		String body = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n" + "x".repeat(2048)
				+ "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = http
			.send(request("/api/records").header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"status\":413", "limit of 1024 bytes");
	}

	@Test
	void anApiBodyAtTheLimitIsRead() throws Exception {
		HttpResponse<String> response = http.send(request("/api/records").header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString("x".repeat(1024)))
			.build(), BodyHandlers.ofString());

		// read whole, then refused for what it says: a header without the required
		// columns
		assertThat(response.statusCode()).isEqualTo(400);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", BASIC);
	}

}
