package org.sixrates.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.IMPORT_LOG;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The application context of a test that asks for H2 runs on H2, except on the PostgreSQL
 * run of the tests, where it runs in a schema of its own that Flyway created and
 * migrated.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:environment", "sixrates.demo-data=false" })
class PostgresTestEnvironmentTests {

	@Autowired
	DSLContext dsl;

	@Autowired
	Environment environment;

	@Test
	void theContextRunsOnTheDatabaseOfThisRunWithTheMigratedSchema() {
		String url = environment.getProperty("spring.datasource.url");
		if (TestPostgres.selected()) {
			assertThat(dsl.dialect()).isEqualTo(SQLDialect.POSTGRES);
			assertThat(url).startsWith("jdbc:postgresql:").containsPattern("currentSchema=t_[0-9a-f]{16}");
			String schema = environment.getProperty("spring.flyway.default-schema");
			assertThat(dsl.fetchValue("select current_schema()", String.class)).isEqualTo(schema);
		}
		else {
			assertThat(dsl.dialect()).isEqualTo(SQLDialect.H2);
			assertThat(url).startsWith("jdbc:h2:mem:environment");
		}
		assertThat(dsl.fetchCount(IMPORT_LOG)).isZero();
	}

}
