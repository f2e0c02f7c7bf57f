package org.sixrates.awards;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.file.Path;
import java.util.UUID;

import org.jooq.DSLContext;
import org.sixrates.SixRatesApplication;
import org.sixrates.importing.Importer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The application started by a test with a rules file of its choice, so that a test can
 * run it again with other rules on the same database, as a city office does when it
 * changes its scheme: H2 in memory shared by name, or on the PostgreSQL run of the tests
 * the same schema of the test server.
 */
final class RunningApplication implements AutoCloseable {

	/** The property source the PostgreSQL run of the tests puts first. */
	private static final String POSTGRES = "sixratesTestPostgres";

	final ConfigurableApplicationContext context;

	final MockMvc mvc;

	private RunningApplication(ConfigurableApplicationContext context) {
		this.context = context;
		this.mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
	}

	/** The application on a database of its own, scoring by {@code rules}. */
	static RunningApplication start(Path rules) {
		return start(rules, new StandardEnvironment(),
				"jdbc:h2:mem:running-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

	/** The application scoring by {@code rules} on the database {@code other} uses. */
	static RunningApplication startOnTheDatabaseOf(RunningApplication other, Path rules) {
		ConfigurableEnvironment environment = new StandardEnvironment();
		PropertySource<?> postgres = other.context.getEnvironment().getPropertySources().get(POSTGRES);
		if (postgres != null) {
			// already there, the PostgreSQL run leaves this environment as it is
			environment.getPropertySources().addFirst(postgres);
		}
		return start(rules, environment, other.context.getEnvironment().getProperty("spring.datasource.url"));
	}

	private static RunningApplication start(Path rules, ConfigurableEnvironment environment, String url) {
		// arguments, as a user gives them: they go before application.properties
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SixRatesApplication.class)
			.environment(environment)
			.run("--server.port=0", "--spring.datasource.url=" + url, "--sixrates.demo-data=false",
					"--sixrates.admin-password=running-application", "--sixrates.rules=" + rules.toAbsolutePath(),
					"--spring.jmx.enabled=false");
		return new RunningApplication(context);
	}

	DSLContext dsl() {
		return context.getBean(DSLContext.class);
	}

	Importer importer() {
		return context.getBean(Importer.class);
	}

	@Override
	public void close() {
		context.close();
	}

}
