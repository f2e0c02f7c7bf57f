package org.sixrates.testing;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On the PostgreSQL run of the tests, points every Spring application context at
 * PostgreSQL, in a fresh schema of its own that Flyway creates and migrates. The
 * properties go first, ahead of those a test sets itself (an H2 URL in
 * {@code @SpringBootTest(properties = …)}), so that every Spring test, present or future,
 * runs on both databases without knowing it.
 */
class PostgresTestEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE = "sixratesTestPostgres";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!TestPostgres.selected() || environment.getPropertySources().contains(SOURCE)) {
			return;
		}
		String schema = TestPostgres.freshSchema();
		Map<String, Object> properties = Map.ofEntries(Map.entry("spring.datasource.url", TestPostgres.url(schema)),
				Map.entry("spring.datasource.username", TestPostgres.user()),
				Map.entry("spring.datasource.password", TestPostgres.password()),
				Map.entry("spring.datasource.driver-class-name", "org.postgresql.Driver"),
				Map.entry("spring.flyway.default-schema", schema), Map.entry("spring.flyway.schemas", schema),
				// no jOOQ dialect: the application finds it from the database, as it does
				// for a user who gives a PostgreSQL URL alone
				// a test slice must not swap this database for an embedded one
				Map.entry("spring.test.database.replace", "none"),
				// the contexts the test run caches share one server's 100 connections:
				// each
				// keeps one when idle and at most eight when busy
				Map.entry("spring.datasource.hikari.maximum-pool-size", "8"),
				Map.entry("spring.datasource.hikari.minimum-idle", "1"),
				Map.entry("spring.datasource.hikari.idle-timeout", "10000"));
		environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, properties));
	}

	// after every other post-processor, so nothing is put ahead of these properties
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
