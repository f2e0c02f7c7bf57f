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
		StringBuilder committees = new StringBuilder("code,name,type,year,members\n");
		for (int c = 0; c < COMMITTEES; c++) {
			committees.append("C").append(c).append(",Committee ").append(c).append(",COUNTY,2024,100\n");
		}
		importer.importCommittees("committees.csv", committees.toString().getBytes(StandardCharsets.UTF_8), "timing");

		StringBuilder records = new StringBuilder(
				"id,committee,year,kind,subtype,title,date,level,status,converted,satisfaction,quantity,score\n");
		String[] kinds = { "PROPOSAL", "ACTIVITY", "PUBLICATION", "FEEDBACK" };
		for (int r = 0; r < RECORDS; r++) {
			records.append("R")
				.append(r)
				.append(",C")
				.append(r % COMMITTEES)
				.append(",2024,")
				.append(kinds[r % kinds.length])
				.append(",INSPECTION,\"Title, number ")
				.append(r)
				.append("\",2024-05-01,CITY,COMPLETED,true,SATISFIED,")
				.append(r % 50)
				.append(',')
				.append(r % 101)
				.append('\n');
		}
		byte[] bytes = records.toString().getBytes(StandardCharsets.UTF_8);
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
