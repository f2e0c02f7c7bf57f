package org.sixrates.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.AUDIT_EVENT;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.sixrates.tallies.CellCounts;
import org.sixrates.tallies.CellKey;
import org.sixrates.tallies.CellSums;
import org.sixrates.tallies.KeptCube;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Review;
import org.sixrates.vocabulary.Status;
import org.sixrates.importing.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Imports commit in an order of their own, not in the order of their audit event ids: a
 * ranking scored after a later import must still change when an earlier one commits.
 *
 * <p>
 * C0 has one completed proposal, written (with its cell of the kept cube) by a
 * transaction that takes its event id first and commits last; before it commits, C1's
 * import commits and a ranking is read (C0's completion 0/0 = 0). After it commits, C0's
 * completion is 1/1 = 1.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:commit-order", "sixrates.demo-data=false" })
class CommitOrderTests {

	@Autowired
	Importer importer;

	@Autowired
	RankingService rankings;

	@Autowired
	DSLContext dsl;

	@Test
	void anImportThatCommitsAfterALaterOneStillChangesTheRanking() throws Exception {
		importer.importCommittees("committees.csv", utf8("""
				code,name,type,year,members
				C0,Committee 0,COUNTY,2024,10
				C1,Committee 1,COUNTY,2024,10
				"""), "test");
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			dsl.transaction(slow -> {
				slow.dsl()
					.insertInto(AUDIT_EVENT)
					.set(AUDIT_EVENT.HAPPENED_AT, OffsetDateTime.parse("2026-03-02T01:30:00Z"))
					.set(AUDIT_EVENT.USERNAME, "test")
					.set(AUDIT_EVENT.ACTION, "IMPORT")
					.set(AUDIT_EVENT.CONTENT, "RECORDS")
					.set(AUDIT_EVENT.ROWS_ADDED, 1)
					.set(AUDIT_EVENT.ROWS_UPDATED, 0)
					.execute();
				slow.dsl()
					.insertInto(ACTIVITY_RECORD)
					.set(ACTIVITY_RECORD.COMMITTEE, "C0")
					.set(ACTIVITY_RECORD.ID, "P0")
					.set(ACTIVITY_RECORD.YEAR, 2024)
					.set(ACTIVITY_RECORD.KIND, "PROPOSAL")
					.set(ACTIVITY_RECORD.TITLE, "")
					.set(ACTIVITY_RECORD.LEVEL_REACHED, "NONE")
					.set(ACTIVITY_RECORD.STATUS, "COMPLETED")
					.set(ACTIVITY_RECORD.CONVERTED, false)
					.set(ACTIVITY_RECORD.QUANTITY, 0)
					.execute();
				// and its cell, as every change of records keeps the cube
				CellCounts cell = new CellCounts();
				cell.add(new CellKey("C0", 2024, Kind.PROPOSAL, null, Level.NONE, Status.COMPLETED, false, null,
						Review.APPROVED), CellSums.of(0, null));
				new KeptCube(slow.dsl()).apply(cell);
				double before = other.submit(() -> {
					importer.importRecords("fast.csv", utf8("""
							id,committee,year,kind,quantity
							A0,C1,2024,ACTIVITY,5
							"""), "test");
					return completion(rankings.ranking(2024).orElseThrow(), "C0");
				}).get(1, TimeUnit.MINUTES);
				assertThat(before).isZero();
			});
		}
		finally {
			other.shutdownNow();
		}

		assertThat(completion(rankings.ranking(2024).orElseThrow(), "C0")).isEqualTo(1.0);
	}

	private static double completion(RankingTable ranking, String committee) {
		int column = 0;
		while (!ranking.columns().get(column).id().equals("completion")) {
			column++;
		}
		int rate = column;
		return ranking.rows()
			.stream()
			.filter(row -> row.code().equals(committee))
			.findFirst()
			.orElseThrow()
			.rates()
			.get(rate);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
