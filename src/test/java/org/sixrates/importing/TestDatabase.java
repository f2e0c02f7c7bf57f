package org.sixrates.importing;

import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.sixrates.db.Tables.IMPORT_LOG;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * A fresh in-memory H2 database migrated by real Flyway from {@code sql/}, as the application
 * runs it, and a way to see all of its rows at once.
 */
final class TestDatabase {

	final DSLContext dsl;

	private TestDatabase(DSLContext dsl) {
		this.dsl = dsl;
	}

	static TestDatabase migrated() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
				// H2 2.x reserves YEAR, which V1 uses unquoted as a column name
				+ ";NON_KEYWORDS=YEAR");
		dataSource.setUser("sa");
		Flyway.configure().dataSource(dataSource).locations("filesystem:sql").load().migrate();
		return new TestDatabase(DSL.using(dataSource, SQLDialect.H2));
	}

	/** Every row of every table in key order, to show that a failed import changed nothing. */
	Map<String, List<Map<String, Object>>> contents() {
		Map<String, List<Map<String, Object>>> contents = new LinkedHashMap<>();
		contents.put("committee", dsl.selectFrom(COMMITTEE).orderBy(COMMITTEE.CODE).fetchMaps());
		contents.put("committee_year", dsl.selectFrom(COMMITTEE_YEAR)
			.orderBy(COMMITTEE_YEAR.COMMITTEE, COMMITTEE_YEAR.YEAR)
			.fetchMaps());
		contents.put("activity_record",
				dsl.selectFrom(ACTIVITY_RECORD).orderBy(ACTIVITY_RECORD.COMMITTEE, ACTIVITY_RECORD.ID).fetchMaps());
		contents.put("import_log", dsl.selectFrom(IMPORT_LOG).orderBy(IMPORT_LOG.ID).fetchMaps());
		return contents;
	}

	void shutdown() {
		try {
			dsl.execute("shutdown");
		}
		catch (DataAccessException closedUnderTheStatement) {
			// H2 closes the connection that ran SHUTDOWN before the driver returns from it
		}
	}

}
