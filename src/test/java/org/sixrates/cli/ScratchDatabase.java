package org.sixrates.cli;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sixrates.system.H2Urls;

/**
 * A private in-memory database with the product's migrations, into which a test imports
 * files with the product's importer, to compare what the application makes of them with
 * what the command line, which has no database, makes of them.
 */
final class ScratchDatabase {

	private ScratchDatabase() {
	}

	static DSLContext open() {
		JdbcDataSource dataSource = new JdbcDataSource();
		// every query opens a connection of its own: the database must outlive each one
		dataSource.setURL(H2Urls.withRequiredSettings(
				"jdbc:h2:mem:score-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return DSL.using(dataSource, SQLDialect.H2);
	}

}
