package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class RetriesTests {

	@Test
	void aTransactionThatLostARaceRunsAgainAndItsSecondResultCounts() {
		AtomicInteger attempts = new AtomicInteger();

		String result = Retries.onConflict(() -> {
			if (attempts.incrementAndGet() == 1) {
				throw new DataAccessException("duplicate", new SQLException("duplicate key", "23505"));
			}
			return "second";
		});

		assertThat(result).isEqualTo("second");
		assertThat(attempts).hasValue(2);
	}

	@Test
	void aRaceReportedAsTheNextExceptionOfABatchCountsToo() {
		AtomicInteger attempts = new AtomicInteger();
		Retries.onConflict(() -> {
			if (attempts.incrementAndGet() == 1) {
				BatchUpdateException batch = new BatchUpdateException("batch entry 0 failed", null, 0, new int[0],
						null);
				batch.setNextException(new SQLException("deadlock detected", "40P01"));
				throw new DataAccessException("batch", batch);
			}
			return null;
		});

		assertThat(attempts).hasValue(2);
	}

	@Test
	void aTransactionThatKeepsLosingFailsAfterFiveAttempts() {
		AtomicInteger attempts = new AtomicInteger();

		assertThatThrownBy(() -> Retries.onConflict(() -> {
			attempts.incrementAndGet();
			throw new DataAccessException("serialization", new SQLException("could not serialize", "40001"));
		})).isInstanceOf(DataAccessException.class);
		assertThat(attempts).hasValue(Retries.ATTEMPTS);
	}

	@Test
	void anyOtherFailureIsNotRetried() {
		AtomicInteger attempts = new AtomicInteger();

		assertThatThrownBy(() -> Retries.onConflict(() -> {
			attempts.incrementAndGet();
			throw new DataAccessException("check", new SQLException("check constraint", "23514"));
		})).isInstanceOf(DataAccessException.class);
		assertThat(attempts).hasValue(1);
	}

}
