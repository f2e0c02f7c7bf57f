package org.sixrates.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.sixrates.SixRatesApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started as the README says, {@code --spring.datasource.url} a plain H2
 * URL with none of the settings the schema needs: it migrates the database, seeds the
 * demo city and serves its ranking, and opens the same file again at the next start. A
 * first migration that fails leaves a database the next start migrates.
 */
@DisabledIfSystemProperty(named = "sixrates.test.database", matches = "postgres",
		disabledReason = "about H2 URLs; the PostgreSQL run points every application at PostgreSQL")
class PlainH2UrlTests {

	private static final String PASSWORD = "plain-url-password";

	/** The real migrations and one after them that fails half-way. */
	private static final String WITH_A_BROKEN_MIGRATION = "--spring.flyway.locations=classpath:db/migration,"
			+ "classpath:system/broken-migration";

	@TempDir
	Path folder;

	@Test
	void aPlainFileUrlMigratesServesTheRankingAndOpensAgainAtTheNextStart() throws Exception {
		String url = "jdbc:h2:file:" + folder.resolve("db");
		try (ConfigurableApplicationContext first = start(url)) {
			assertThat(ranking(first)).contains("\"year\":2025", "\"code\":\"LANDONG\"");
		}
		// no seeding this time: the ranking is what the first start left in the file
		try (ConfigurableApplicationContext again = start(url, "--sixrates.demo-data=false")) {
			assertThat(ranking(again)).contains("\"year\":2025", "\"code\":\"LANDONG\"");
		}
	}

	@Test
	void aPlainInMemoryUrlWorks() throws Exception {
		try (ConfigurableApplicationContext context = start("jdbc:h2:mem:plain-url")) {
			assertThat(ranking(context)).contains("\"year\":2025", "\"code\":\"LANDONG\"");
		}
	}

	@Test
	void aStartWhoseFirstMigrationFailsLeavesADatabaseTheNextStartMigrates() throws Exception {
		String url = "jdbc:h2:file:" + folder.resolve("db");
		assertThatException().isThrownBy(() -> start(url, WITH_A_BROKEN_MIGRATION))
			.withStackTraceContaining("The first migration of the database failed")
			.havingRootCause()
			.withMessageContaining("no_such_table");
		try (ConfigurableApplicationContext context = start(url)) {
			assertThat(ranking(context)).contains("\"year\":2025", "\"code\":\"LANDONG\"");
		}
	}

	/** Starts the application with command line arguments, as {@code java -jar} would. */
	private static ConfigurableApplicationContext start(String url, String... more) {
		List<String> arguments = new ArrayList<>(
				List.of("--spring.datasource.url=" + url, "--server.port=0", "--sixrates.admin-password=" + PASSWORD));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(SixRatesApplication.class).run(arguments.toArray(String[]::new));
	}

	/** {@code GET /api/rankings/2025} as a script asks for it, with HTTP Basic. */
	private static String ranking(ConfigurableApplicationContext context) throws IOException, InterruptedException {
		String port = context.getEnvironment().getProperty("local.server.port");
		String credentials = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/rankings/2025"))
			.header("Authorization", "Basic " + credentials)
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		return response.body();
	}

}
