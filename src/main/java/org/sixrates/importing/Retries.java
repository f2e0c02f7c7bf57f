package org.sixrates.importing;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs a transaction again when it lost a race with another: a unique key another
 * transaction added first (SQLSTATE 23505), a deadlock or a serialization failure (40001,
 * 40P01). H2 and PostgreSQL both report these states. The second run reads what the
 * winner committed, so it updates where it meant to insert.
 */
final class Retries {

	static final int ATTEMPTS = 5;

	private static final Set<String> LOST_A_RACE = Set.of("23505", "40001", "40P01");

	private Retries() {
	}

	static <T> T onConflict(Supplier<T> transaction) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.get();
			}
			catch (RuntimeException failure) {
				if (attempt == ATTEMPTS || !lostARace(failure)) {
					throw failure;
				}
			}
		}
	}

	private static boolean lostARace(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// a failed JDBC batch may carry the statement's own exception as its next one
			for (SQLException sql = cause instanceof SQLException e ? e : null; sql != null; sql = sql
				.getNextException()) {
				if (sql.getSQLState() != null && LOST_A_RACE.contains(sql.getSQLState())) {
					return true;
				}
			}
		}
		return false;
	}

}
