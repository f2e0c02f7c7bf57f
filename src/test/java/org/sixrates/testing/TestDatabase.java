package org.sixrates.testing;

import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.sixrates.db.Tables.IMPORT_LOG;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.sixrates.system.FirstMigration;
import org.sixrates.system.H2Urls;

/**
 * A database migrated by real Flyway from {@code sql/}, as the application runs it, and a
 * way to see all of its rows at once: H2, or on the PostgreSQL run of the tests
 * ({@link TestPostgres}) a fresh schema of its own on the PostgreSQL server.
 */
public final class TestDatabase {

	/**
	 * Where a database is, so that another connection (or another process) can open it.
	 */
	public record Address(String url, String user, String password, SQLDialect dialect, String schema) {

		public List<String> asArguments() {
			return List.of(url, user, password, dialect.name(), schema == null ? "" : schema);
		}

		public static Address fromArguments(String[] args, int from) {
			return new Address(args[from], args[from + 1], args[from + 2], SQLDialect.valueOf(args[from + 3]),
					args[from + 4].isEmpty() ? null : args[from + 4]);
		}

	}

	public final DSLContext dsl;

	private final Address address;

	private final DataSource dataSource;

	private TestDatabase(Address address, DataSource dataSource) {
		this.address = address;
		this.dataSource = dataSource;
		this.dsl = DSL.using(dataSource, address.dialect());
	}

	/** A fresh database: in-memory H2, or a new PostgreSQL schema. */
	public static TestDatabase migrated() {
		return open(fresh("jdbc:h2:mem:" + UUID.randomUUID()));
	}

	/**
	 * A fresh database that outlives its connections: H2 files in {@code folder}, or a
	 * new PostgreSQL schema.
	 */
	public static TestDatabase migratedFile(Path folder) {
		return open(freshFile(folder));
	}

	/**
	 * Connects to the database at {@code address} and migrates it (nothing to do when it
	 * is up to date).
	 */
	public static TestDatabase open(Address address) {
		DataSource dataSource = dataSource(address);
		FirstMigration.migrate(flyway(address, dataSource).load());
		return new TestDatabase(address, dataSource);
	}

	/**
	 * Where a fresh database would be, not yet created or migrated: H2 files in
	 * {@code folder}, or a new PostgreSQL schema.
	 */
	public static Address freshFile(Path folder) {
		return fresh("jdbc:h2:file:" + folder.toAbsolutePath().resolve("six-rates"));
	}

	/** Connections to the database at {@code address}, a pool on PostgreSQL. */
	public static DataSource dataSource(Address address) {
		if (address.dialect() == SQLDialect.POSTGRES) {
			HikariDataSource pool = new HikariDataSource();
			pool.setJdbcUrl(address.url());
			pool.setUsername(address.user());
			pool.setPassword(address.password());
			pool.setMaximumPoolSize(4);
			return pool;
		}
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL(address.url());
		h2.setUser(address.user());
		h2.setPassword(address.password());
		return h2;
	}

	/** Flyway for the database at {@code address} with the migrations of {@code sql/}. */
	public static FluentConfiguration flyway(Address address, DataSource dataSource) {
		var flyway = Flyway.configure().dataSource(dataSource).locations("filesystem:sql");
		if (address.schema() != null) {
			flyway.schemas(address.schema()).defaultSchema(address.schema());
		}
		return flyway;
	}

	private static Address fresh(String h2Url) {
		if (TestPostgres.selected()) {
			String schema = TestPostgres.freshSchema();
			return new Address(TestPostgres.url(schema), TestPostgres.user(), TestPostgres.password(),
					SQLDialect.POSTGRES, schema);
		}
		// every query opens a connection of its own, which the database outlives
		return new Address(H2Urls.withRequiredSettings(h2Url + ";DB_CLOSE_DELAY=-1"), "sa", "", SQLDialect.H2, null);
	}

	public Address address() {
		return address;
	}

	/**
	 * Every row of every table in key order, to show that a failed import changed
	 * nothing.
	 */
	public Map<String, List<Map<String, Object>>> contents() {
		Map<String, List<Map<String, Object>>> contents = new LinkedHashMap<>();
		contents.put("committee", dsl.selectFrom(COMMITTEE).orderBy(COMMITTEE.CODE).fetchMaps());
		contents.put("committee_year",
				dsl.selectFrom(COMMITTEE_YEAR).orderBy(COMMITTEE_YEAR.COMMITTEE, COMMITTEE_YEAR.YEAR).fetchMaps());
		contents.put("activity_record",
				dsl.selectFrom(ACTIVITY_RECORD).orderBy(ACTIVITY_RECORD.COMMITTEE, ACTIVITY_RECORD.ID).fetchMaps());
		contents.put("import_log", dsl.selectFrom(IMPORT_LOG).orderBy(IMPORT_LOG.ID).fetchMaps());
		return contents;
	}

	/** Lets go of the database and keeps its data, for another process to open. */
	public void close() {
		if (dataSource instanceof HikariDataSource pool) {
			pool.close();
			return;
		}
		try {
			dsl.execute("shutdown");
		}
		catch (DataAccessException closedUnderTheStatement) {
			// H2 closes the connection that ran SHUTDOWN before the driver returns from
			// it
		}
	}

	/**
	 * Lets go of the database and discards it (files of a file database stay for their
	 * folder's owner).
	 */
	public void shutdown() {
		close();
		if (address.schema() != null) {
			TestPostgres.drop(address.schema());
		}
	}

}
