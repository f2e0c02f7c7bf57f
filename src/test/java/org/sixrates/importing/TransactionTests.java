package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sixrates.db.Tables.COMMITTEE;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.CallbackExecuteListener;
import org.junit.jupiter.api.Test;

class TransactionTests extends ImportingFixture {

	@Test
	void whenTheLogCannotBeWrittenTheRowsAreNotImportedEither() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		Map<String, List<Map<String, Object>>> before = database.contents();
		DSLContext failingLog = database.dsl.configuration()
			.derive(new CallbackExecuteListener().onExecuteStart(context -> {
				if (context.sql().contains("import_log")) {
					throw new DataAccessException("disk full");
				}
			}))
			.dsl();
		Importer importer = new Importer(failingLog, Clock.fixed(NOW, ZoneOffset.UTC));

		assertThatThrownBy(() -> importer.importRecords("records.csv", resource("records-quoted.csv"), "clerk"))
			.hasMessageContaining("disk full");
		assertThatThrownBy(() -> importer.importCommittees("committees.csv",
				utf8("code,name,type,year,members\nWZ,温州,CITY_COUNTY,2024,10\n"), "office"))
			.hasMessageContaining("disk full");

		assertThat(database.contents()).isEqualTo(before);
	}

	/**
	 * A records import waits for another transaction that holds its committee, and then
	 * imports: three seconds, longer than H2's default lock timeout of two, which failed
	 * it.
	 */
	@Test
	void anImportWaitsForATransactionThatHoldsItsCommittee() throws Exception {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			CountDownLatch locked = new CountDownLatch(1);
			Future<?> holding = other.submit(() -> database.dsl.transaction(tx -> {
				tx.dsl().selectFrom(COMMITTEE).where(COMMITTEE.CODE.eq("LC")).forUpdate().fetch();
				locked.countDown();
				Thread.sleep(3000);
			}));
			locked.await();

			ImportResult result = importer.importRecords("records.csv", utf8("""
					id,committee,year,kind
					W1,LC,2024,PROPOSAL
					"""), "clerk");

			holding.get();
			assertThat(result.added()).isEqualTo(1);
		}
		finally {
			other.shutdownNow();
		}
	}

}
