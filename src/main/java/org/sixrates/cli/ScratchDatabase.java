package org.sixrates.cli;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sixrates.system.H2Urls;

/**
 * A private in-memory database for one run of the command line, with the same migrations
 * as the product's, so the files are imported and tallied by exactly the code the web
 * uses.
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
