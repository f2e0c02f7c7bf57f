package org.sixrates.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.sixrates.db.Tables.COMMITTEE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sixrates.testing.TestDatabase;
import org.sixrates.testing.TestDatabase.Address;
import org.sixrates.testing.TestPostgres;

/**
 * A first migration that fails leaves an empty database, which the next start migrates;
 * anything else is left as Flyway leaves it. The failing migration is
 * {@code system/broken-migration/V99__fails_half_way.sql}, after the real ones: it makes
 * a table, then fails. H2 files in a temporary folder, or on the PostgreSQL run a fresh
 * schema, where DDL is transactional.
 */
class FirstMigrationTests {

	private static final String BROKEN = "classpath:system/broken-migration";

	@TempDir
	Path folder;

	private Address address;

	private DataSource dataSource;

	@BeforeEach
	void freshDatabase() {
		address = TestDatabase.freshFile(folder);
		dataSource = TestDatabase.dataSource(address);
	}

	@AfterEach
	void letGo() {
		closeConnections();
		if (address.schema() != null) {
			TestPostgres.drop(address.schema());
		}
	}

	@Test
	void aFailedFirstMigrationLeavesAnEmptyDatabaseThatTheNextStartMigrates() {
		assertThatIllegalStateException().isThrownBy(() -> FirstMigration.migrate(migrations(BROKEN)))
			.withMessageStartingWith("The first migration of the database failed; everything it had created has been "
					+ "removed, so the next start migrates the database afresh.")
			.withMessageContaining("V99__fails_half_way.sql");
		assertThat(tables(dsl())).isEmpty();
		closeConnections();

		TestDatabase reopened = TestDatabase.open(address);
		assertThat(reopened.dsl.fetchCount(COMMITTEE)).isZero();
		reopened.close();
		TestDatabase again = TestDatabase.open(address);
		assertThat(tables(again.dsl)).contains("committee", "activity_record", "flyway_schema_history")
			.doesNotContain("half_made");
		again.close();
	}

	@Test
	void whatAnEarlierFailedFirstMigrationLeftBehindIsRemovedAndTheDatabaseMigrated() {
		// what Flyway alone leaves when the only, and so the first, migration fails
		Flyway brokenOnly = TestDatabase.flyway(address, dataSource).locations(BROKEN).load();
		assertThatExceptionOfType(FlywayException.class).isThrownBy(brokenOnly::migrate);

		FirstMigration.migrate(migrations());
		assertThat(tables(dsl())).contains("committee", "activity_record").doesNotContain("half_made");
		assertThat(dsl().fetchCount(COMMITTEE)).isZero();
	}

	@Test
	void aFailureAfterASuccessfulMigrationIsLeftAsFlywayLeavesIt() {
		FirstMigration.migrate(migrations());
		dsl().insertInto(COMMITTEE).values("C1", "One", "COUNTY").execute();

		assertThatExceptionOfType(FlywayException.class).isThrownBy(() -> FirstMigration.migrate(migrations(BROKEN)))
			.withMessageContaining("V99__fails_half_way.sql");
		assertThat(dsl().fetchCount(COMMITTEE)).isOne();
	}

	@Test
	void aSchemaHoldingTablesOfSomeoneElseIsNeverCleaned() {
		if (address.schema() != null) {
			dsl().execute("create schema " + address.schema());
		}
		dsl().execute("create table someone_elses (id integer primary key)");

		assertThatExceptionOfType(FlywayException.class).isThrownBy(() -> FirstMigration.migrate(migrations()))
			.withMessageContaining("non-empty schema");
		assertThat(tables(dsl())).containsExactly("someone_elses");
	}

	private Flyway migrations(String... more) {
		var flyway = TestDatabase.flyway(address, dataSource);
		List<String> locations = new ArrayList<>(List.of("filesystem:sql"));
		locations.addAll(List.of(more));
		return flyway.locations(locations.toArray(String[]::new)).load();
	}

	private DSLContext dsl() {
		return DSL.using(dataSource, address.dialect());
	}

	/** The tables in the database's schema, by name. */
	private static List<String> tables(DSLContext dsl) {
		return dsl
			.fetchValues("select table_name from information_schema.tables where table_schema = current_schema "
					+ "order by table_name")
			.stream()
			.map(String::valueOf)
			.toList();
	}

	/** Lets go of the database so that the next open reads it from its files. */
	private void closeConnections() {
		if (dataSource instanceof HikariDataSource pool) {
			pool.close();
			return;
		}
		try {
			dsl().execute("shutdown");
		}
		catch (DataAccessException closedUnderTheStatement) {
			// H2 closes the connection that ran SHUTDOWN before the driver returns from
			// it
		}
	}

}
