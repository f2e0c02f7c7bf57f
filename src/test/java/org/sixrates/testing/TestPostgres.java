package org.sixrates.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL server the tests run against when the system property
 * {@code sixrates.test.database} is {@code postgres} (the build's second test run, active
 * when {@code SIXRATES_TEST_POSTGRES_URL} is set). Every database a test asks for is a
 * schema of its own in that server's database, so runs and test classes never see each
 * other's rows.
 */
public final class TestPostgres {

	private TestPostgres() {
	}

	/** Whether this run of the tests is the PostgreSQL run. */
	public static boolean selected() {
		return "postgres".equals(System.getProperty("sixrates.test.database"));
	}

	/** A schema name no other test has used: {@code t_} and 16 random hex digits. */
	public static String freshSchema() {
		byte[] bytes = new byte[8];
		ThreadLocalRandom.current().nextBytes(bytes);
		return "t_" + HexFormat.of().formatHex(bytes);
	}

	/** The server's URL with {@code schema} as the connections' current schema. */
	public static String url(String schema) {
		String url = env("SIXRATES_TEST_POSTGRES_URL");
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	public static String user() {
		return env("SIXRATES_TEST_POSTGRES_USER");
	}

	public static String password() {
		return env("SIXRATES_TEST_POSTGRES_PASSWORD");
	}

	/** Drops {@code schema} with everything in it. */
	public static void drop(String schema) {
		try (Connection connection = DriverManager.getConnection(url(schema), user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not drop the test schema " + schema, e);
		}
	}

	private static String env(String name) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			// a PostgreSQL run that quietly fell back to H2 would prove nothing
			throw new IllegalStateException("sixrates.test.database=postgres needs the environment variable " + name);
		}
		return value;
	}

}
