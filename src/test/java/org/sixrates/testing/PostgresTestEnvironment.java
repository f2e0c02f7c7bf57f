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
		Map<String, Object> properties = Map.of("spring.datasource.url", TestPostgres.url(schema),
				"spring.datasource.username", TestPostgres.user(), "spring.datasource.password",
				TestPostgres.password(), "spring.datasource.driver-class-name", "org.postgresql.Driver",
				"spring.flyway.default-schema", schema, "spring.flyway.schemas", schema, "spring.jooq.sql-dialect",
				"POSTGRES",
				// a test slice must not swap this database for an embedded one
				"spring.test.database.replace", "none");
		environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, properties));
	}

	// after every other post-processor, so nothing is put ahead of these properties
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
