package org.sixrates.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sixrates.system.FirstMigration;
import org.sixrates.system.H2Urls;
import org.sixrates.tallies.TallyRepository;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code java -jar six-rates.jar rebuild-cube [--spring.datasource.url=…]
 * [--spring.datasource.username=…] [--spring.datasource.password=…]}: makes the kept
 * tally cube of a database again from its records (DESIGN §11), as the import page's
 * button does, audited as done by "command line", and prints how many cells it has. The
 * database is the application's default ({@code application.properties}) unless given; it
 * is migrated first, as the application would. Exit 0, 2 for an argument it does not
 * know, 1 when the database cannot be reached or migrated.
 */
public final class RebuildCubeCommand {

	private static final String USER = "command line";

	private static final String URL = "spring.datasource.url";

	private static final String USERNAME = "spring.datasource.username";

	private static final String PASSWORD = "spring.datasource.password";

	private RebuildCubeCommand() {
	}

	public static int run(List<String> arguments, PrintStream out, PrintStream err) {
		Properties settings = defaults();
		for (String argument : arguments) {
			int equals = argument.indexOf('=');
			String key = argument.startsWith("--") && equals > 2 ? argument.substring(2, equals) : "";
			if (!List.of(URL, USERNAME, PASSWORD).contains(key)) {
				err.println("rebuild-cube: unknown argument " + argument + "; expected --" + URL + "=…, --" + USERNAME
						+ "=…, --" + PASSWORD + "=…");
				return 2;
			}
			settings.setProperty(key, argument.substring(equals + 1));
		}
		try {
			String url = settings.getProperty(URL);
			boolean h2 = H2Urls.isH2(url);
			DataSource dataSource = new DriverManagerDataSource(h2 ? H2Urls.withRequiredSettings(url) : url,
					settings.getProperty(USERNAME, ""), settings.getProperty(PASSWORD, ""));
			FirstMigration
				.migrate(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load());
			DSLContext dsl = DSL.using(dataSource, h2 ? SQLDialect.H2 : SQLDialect.POSTGRES);
			int cells = dsl.transactionResult(
					transaction -> new TallyRepository(transaction.dsl()).rebuild(USER, Clock.systemUTC().instant()));
			out.println("rebuild-cube: " + cells + " cells");
			return 0;
		}
		catch (RuntimeException ex) {
			err.println("rebuild-cube: " + ex.getMessage());
			return 1;
		}
	}

	/** The application's own database settings. */
	private static Properties defaults() {
		Properties properties = new Properties();
		try (InputStream in = RebuildCubeCommand.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
