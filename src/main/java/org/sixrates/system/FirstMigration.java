package org.sixrates.system;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Flyway so that the first migration of a database either completes or leaves
 * nothing behind.
 *
 * <p>
 * H2 cannot roll DDL back: a migration that fails half-way leaves the tables it created
 * and a failed entry in the schema history, and Flyway then refuses the database until
 * someone repairs it by hand. So when the history holds no successful migration before
 * the run, a failure removes everything the run created (Flyway's clean, limited to the
 * schemas Flyway manages) and the next start migrates the database afresh. PostgreSQL
 * rolls a failed migration back by itself; there the removal only undoes the migrations
 * of the same first run that had already succeeded, so both databases behave alike.
 *
 * <p>
 * A database with a successful migration is never cleaned: there a failure is Flyway's
 * usual failed migration, for the operator to look at. Nor is a schema that holds tables
 * of someone else's: Flyway refuses it before it writes anything, and only a run that
 * wrote to the schema history is undone.
 */
public final class FirstMigration {

	private static final Logger logger = LoggerFactory.getLogger(FirstMigration.class);

	private FirstMigration() {
	}

	/**
	 * Migrates the database of {@code flyway}, undoing a first migration that fails.
	 * @param flyway the migrations and the database
	 * @return what Flyway migrated
	 * @throws IllegalStateException if the first migration failed (its cause says why)
	 * and the database was emptied again
	 * @throws FlywayException if a later migration failed, as Flyway reports it
	 */
	public static MigrateResult migrate(Flyway flyway) {
		// a baseline written by this very run would make the schema's other tables look
		// like ours
		if (flyway.getConfiguration().isBaselineOnMigrate() || hasSucceeded(flyway.info().applied())) {
			return flyway.migrate();
		}
		if (flyway.info().applied().length > 0) {
			logger
				.warn("The database holds what a failed first migration left behind; removing it and migrating afresh");
			clean(flyway);
		}
		try {
			return flyway.migrate();
		}
		catch (FlywayException failure) {
			if (flyway.info().applied().length == 0) {
				throw failure;
			}
			try {
				clean(flyway);
			}
			catch (FlywayException cleanFailed) {
				failure.addSuppressed(cleanFailed);
				throw failure;
			}
			throw new IllegalStateException("The first migration of the database failed; everything it had created "
					+ "has been removed, so the next start migrates the database afresh. " + failure.getMessage(),
					failure);
		}
	}

	private static boolean hasSucceeded(MigrationInfo[] applied) {
		return Arrays.stream(applied).anyMatch((migration) -> !migration.getState().isFailed());
	}

	private static void clean(Flyway flyway) {
		// clean is disabled by default, and rightly so: this is the one case where
		// nothing
		// of value can be lost
		Flyway.configure(flyway.getConfiguration().getClassLoader())
			.configuration(flyway.getConfiguration())
			.cleanDisabled(false)
			.load()
			.clean();
	}

}
