package org.sixrates.importing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.sixrates.testing.TestDatabase;

/**
 * Prints how long 100 000 records take to import into H2, first as new rows and then
 * again as updates. A measurement to run by hand, not a test: timings vary with the
 * machine.
 */
final class RecordImportTiming {

	private static final int COMMITTEES = 20;

	private static final int RECORDS = 100_000;

	private RecordImportTiming() {
	}

	public static void main(String[] args) {
		TestDatabase database = TestDatabase.migrated();
		Importer importer = new Importer(database.dsl, Clock.systemUTC());
		importer.importCommittees("committees.csv", LargeCity.committees(COMMITTEES).getBytes(StandardCharsets.UTF_8),
				"timing");
		byte[] bytes = LargeCity.records(RECORDS, COMMITTEES).getBytes(StandardCharsets.UTF_8);
		long parseStart = System.nanoTime();
		String text = CsvText.decode("records.csv", bytes).text();
		int parsed = RecordFile.read("records.csv", text, CommitteeDirectory.load(database.dsl)).size();
		System.out.printf("decode and check only: %d rows in %d ms%n", parsed,
				(System.nanoTime() - parseStart) / 1_000_000);
		for (String pass : new String[] { "insert", "update" }) {
			long start = System.nanoTime();
			ImportResult result = importer.importRecords("records.csv", bytes, "timing");
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("%s: %d rows (%d added, %d updated) in %d ms%n", pass, RECORDS, result.added(),
					result.updated(), millis);
		}
		database.shutdown();
	}

}
