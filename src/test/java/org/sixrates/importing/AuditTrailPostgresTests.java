package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.sixrates.input.ForeignRowsException;
import org.sixrates.tallies.TallyRepository;

/**
 * The audit trail on real PostgreSQL: migration V2 runs, and an import, a clerk's refused
 * file and an edit write the same rows as on H2. Needs {@code SIXRATES_TEST_POSTGRES_URL}
 * (a database the user may create databases from), {@code _USER} and {@code _PASSWORD};
 * skipped without them. Each run creates and drops a database of its own.
 */
class AuditTrailPostgresTests {

	private static final String URL = System.getenv("SIXRATES_TEST_POSTGRES_URL");

	private static final String USER = System.getenv("SIXRATES_TEST_POSTGRES_USER");

	private static final String PASSWORD = System.getenv("SIXRATES_TEST_POSTGRES_PASSWORD");

	private String database;

	private DSLContext dsl;

	@BeforeEach
	void freshDatabase() throws SQLException {
		assumeTrue(URL != null && USER != null, "PostgreSQL test skipped: SIXRATES_TEST_POSTGRES_URL is not set");
		database = "sixrates_audit_" + UUID.randomUUID().toString().replace("-", "");
		admin("create database " + database);
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(URL.substring(0, URL.lastIndexOf('/') + 1) + database);
		dataSource.setUser(USER);
		dataSource.setPassword(PASSWORD);
		Flyway.configure().dataSource(dataSource).locations("filesystem:sql").load().migrate();
		dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		if (database != null) {
			admin("drop database if exists " + database + " with (force)");
		}
	}

	@Test
	void importsAndEditsAreAuditedOnPostgreSql() {
		Importer importer = new Importer(dsl, Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneOffset.UTC));
		importer.importCommittees("committees.csv", utf8(ImportingFixture.COMMITTEES), "office");
		importer.importRecords("records.csv", utf8(AuditTrailTests.RECORDS), "office");
		ForeignRowsException refused = catchThrowableOfType(ForeignRowsException.class, () -> importer
			.importRecords("ra.csv", utf8("id,committee,year,kind\nR1,RA,2024,PROPOSAL\n"), "clerk-lc", "LC"));
		Map<String, String> form = new LinkedHashMap<>(importer.record("LC", "P1").orElseThrow());
		form.put("status", "COMPLETED");
		importer.saveRecord("LC", "P1", form, "clerk-lc");

		assertThat(refused.errors()).hasSize(1);
		assertThat(dsl.fetchCount(ACTIVITY_RECORD)).isEqualTo(2);
		// committees (4 years added), records (2 added), the edit; the refused file left
		// nothing
		assertThat(dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.CONTENT, AUDIT_EVENT.ROWS_ADDED, AUDIT_EVENT.ROWS_UPDATED)
			.from(AUDIT_EVENT)
			.orderBy(AUDIT_EVENT.ID)
			.fetch(row -> row.value1() + " " + row.value2() + " " + row.value3() + " " + row.value4()))
			.containsExactly("IMPORT COMMITTEES 4 0", "IMPORT RECORDS 2 0", "EDIT RECORDS 0 1");
		long edit = dsl.select(DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchOne(0, Long.class);
		Map<String, Object> change = dsl.selectFrom(AUDIT_CHANGE)
			.where(AUDIT_CHANGE.EVENT_ID.eq(edit))
			.fetchSingleMap();
		assertThat(change).containsEntry("before_value", AuditTrailTests.P1_FILED)
			.containsEntry("after_value", AuditTrailTests.P1_FILED.replace("\"FILED\"", "\"COMPLETED\""));
		// the 4 committee years added and the edit; the 2 records the file added are its
		// rows, counted in its event
		assertThat(dsl.fetchCount(AUDIT_CHANGE)).isEqualTo(4 + 1);
		assertThat(new TallyRepository(dsl).version()).isEqualTo(edit);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
