package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.sixrates.input.BadInputException;
import org.sixrates.tallies.CellKey;
import org.sixrates.tallies.CellSums;
import org.sixrates.tallies.FollowedCube;
import org.sixrates.tallies.KeptCube;
import org.sixrates.testing.RecordCells;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;

/**
 * The cube kept in the database is, after any sequence of imports (the city office's and
 * clerks'), form edits, deletions of records and of a committee, what one
 * {@code GROUP BY} over the records gives, cell for cell; rebuilding it from the records
 * changes nothing; and a reader following it re-reads only the committee years that
 * changed.
 */
class KeptCubeTests extends ImportingFixture {

	private static final String[] CODES = { "LC", "RA", "YJ" };

	private static final String HEADER = "id,committee,year,kind,subtype,title,level,status,converted,satisfaction,"
			+ "quantity,score,review\n";

	@Test
	void randomImportsEditsAndDeletionsKeepTheCubeOfTheRecords() {
		for (long seed = 1; seed <= 3; seed++) {
			database.shutdown();
			migrate();
			SplittableRandom random = new SplittableRandom(seed);
			importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
			for (int step = 0; step < 30; step++) {
				change(random, step);
				assertThat(kept()).as("seed %d, step %d", seed, step).isEqualTo(groupedRecords());
			}
			Map<CellKey, CellSums> before = kept();
			database.dsl.transaction(transaction -> new KeptCube(transaction.dsl()).rebuild());
			assertThat(kept()).isEqualTo(before).isEqualTo(groupedRecords());
			assertThat(before).as("the sequence leaves some cells").isNotEmpty();
		}
	}

	@Test
	void aFileOfSeveralBatchesIsWrittenWholeWithItsCellsAndOneAuditEvent() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		// 12 000 rows: three batches of at most 5 000
		StringBuilder first = new StringBuilder(HEADER);
		for (int i = 0; i < 12_000; i++) {
			first.append("P").append(i).append(",LC,2024,PROPOSAL,,提案,NONE,FILED,false,,0,,\n");
		}
		ImportResult added = importer.importRecords("first.csv", utf8(first.toString()), "office");
		assertThat(added.added()).isEqualTo(12_000);
		// every third completed, and 500 new ones after them
		StringBuilder second = new StringBuilder(HEADER);
		for (int i = 0; i < 12_500; i++) {
			second.append("P")
				.append(i)
				.append(",LC,2024,PROPOSAL,,提案,NONE,")
				.append(i % 3 == 0 ? "COMPLETED" : "FILED")
				.append(",false,,0,,\n");
		}
		ImportResult changed = importer.importRecords("second.csv", utf8(second.toString()), "office");

		assertThat(changed.added()).isEqualTo(500);
		assertThat(changed.updated()).isEqualTo(12_000);
		assertThat(kept()).isEqualTo(groupedRecords());
		// 0, 3, …, 12 498: 4 167 completed of 12 500
		assertThat(kept().entrySet()).filteredOn(cell -> cell.getKey().status() == Status.COMPLETED)
			.singleElement()
			.satisfies(cell -> assertThat(cell.getValue().records()).isEqualTo(4_167));
		var events = database.dsl.selectFrom(org.sixrates.db.Tables.AUDIT_EVENT)
			.where(org.sixrates.db.Tables.AUDIT_EVENT.FILE_NAME.eq("second.csv"))
			.fetch();
		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event.getRowsAdded()).isEqualTo(500);
			assertThat(event.getRowsUpdated()).isEqualTo(12_000);
		});
		// each record changed (0, 3, …, 11 997: 4 000) has its change in the trail; the
		// 500 added are the file's rows, counted, and the 8 000 written again unchanged
		// are no change
		assertThat(database.dsl.fetchCount(org.sixrates.db.Tables.AUDIT_CHANGE,
				org.sixrates.db.Tables.AUDIT_CHANGE.EVENT_ID.eq(events.get(0).getId())))
			.isEqualTo(4_000);
	}

	@Test
	void aReaderFollowingTheCubeRereadsOnlyTheCommitteeYearsThatChanged() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		importer.importRecords("records.csv", utf8(HEADER + """
				P1,LC,2024,PROPOSAL,,提案一,NONE,FILED,false,,0,,
				P2,RA,2024,PROPOSAL,,提案二,NONE,FILED,false,,0,,
				P3,YJ,2024,PROPOSAL,,提案三,NONE,FILED,false,,0,,
				"""), "office");
		FollowedCube followed = new FollowedCube(database.dsl, false);
		assertThat(followed.read().cube().cells()).hasSize(3);
		assertThat(followed.reread()).as("every committee year, the first time").isEqualTo(4);

		importer.importRecords("more.csv", utf8(HEADER + "P1,LC,2024,PROPOSAL,,提案一,NONE,COMPLETED,false,,0,,\n"),
				"office");
		var cube = followed.read().cube();
		assertThat(followed.reread()).isEqualTo(1);
		assertThat(cube.cells()).filteredOn(cell -> cell.committee().equals("LC"))
			.singleElement()
			.satisfies(cell -> assertThat(cell.status()).isEqualTo(Status.COMPLETED));

		assertThat(followed.read().cube().cells()).hasSize(3);
		assertThat(followed.reread()).as("nothing changed").isZero();
	}

	/**
	 * One random change: mostly imports, now and then an edit, a deletion or a clerk's
	 * file.
	 */
	private void change(SplittableRandom random, int step) {
		int what = random.nextInt(10);
		try {
			if (what < 5) {
				importer.importRecords("r" + step + ".csv", utf8(file(random, 1 + random.nextInt(8), null)), "office");
			}
			else if (what < 7) {
				String code = CODES[random.nextInt(CODES.length)];
				importer.importRecords("c" + step + ".csv", utf8(file(random, 1 + random.nextInt(4), code)),
						"clerk-" + code, code);
			}
			else if (what < 8) {
				List<String> ids = ids();
				if (!ids.isEmpty()) {
					String[] key = ids.get(random.nextInt(ids.size())).split("/");
					importer.deleteRecord(key[0], key[1], "office", true, null);
				}
			}
			else if (what < 9) {
				List<String> ids = ids();
				if (!ids.isEmpty()) {
					String[] key = ids.get(random.nextInt(ids.size())).split("/");
					String row = row(random, key[1], key[0], null).split("\n")[0];
					Map<String, String> form = new HashMap<>();
					String[] names = HEADER.strip().split(",");
					String[] values = row.split(",", -1);
					for (int i = 0; i < names.length; i++) {
						form.put(names[i], values[i]);
					}
					form.remove("id");
					form.remove("committee");
					importer.saveRecord(key[0], key[1], form, "office");
				}
			}
			else if (step > 20 && random.nextInt(3) == 0) {
				importer.deleteCommittee("YJ", "office");
			}
		}
		catch (BadInputException refused) {
			// a clerk's row for a record of another committee, or a year no longer there:
			// refused whole, nothing changed, which the comparison checks as well
		}
	}

	/**
	 * A records file of {@code rows} rows, ids drawn from a few so that many are known.
	 */
	private static String file(SplittableRandom random, int rows, String committee) {
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < rows; i++) {
			String code = (committee != null) ? committee : CODES[random.nextInt(CODES.length)];
			file.append(row(random, "R" + random.nextInt(12), code, committee));
		}
		return file.toString();
	}

	private static String row(SplittableRandom random, String id, String code, String clerk) {
		int year = code.equals("LC") && random.nextBoolean() ? 2025 : 2024;
		Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
		String subtype = (kind == Kind.ACTIVITY) ? pick(random, "INSPECTION", "EVALUATION", "专题协商") : "";
		String satisfaction = random.nextInt(3) == 0 ? "" : Satisfaction.values()[random.nextInt(3)].name();
		String score = random.nextBoolean() ? ""
				: Integer.toString(random.nextInt(10000) / 100) + "." + random.nextInt(100);
		String review = (clerk != null) ? "" : pick(random, "", "APPROVED", "PENDING", "RETURNED");
		return String.join(",", id, code, Integer.toString(year), kind.name(), subtype, "题目" + id,
				Level.values()[random.nextInt(Level.values().length)].name(),
				Status.values()[random.nextInt(Status.values().length)].name(), Boolean.toString(random.nextBoolean()),
				satisfaction, Integer.toString(random.nextInt(50)), score, review) + "\n";
	}

	private static String pick(SplittableRandom random, String... values) {
		return values[random.nextInt(values.length)];
	}

	private List<String> ids() {
		List<String> ids = new ArrayList<>();
		database.dsl.select(ACTIVITY_RECORD.COMMITTEE, ACTIVITY_RECORD.ID)
			.from(ACTIVITY_RECORD)
			.orderBy(ACTIVITY_RECORD.COMMITTEE, ACTIVITY_RECORD.ID)
			.forEach(row -> ids.add(row.value1() + "/" + row.value2()));
		return ids;
	}

	private Map<CellKey, CellSums> kept() {
		return RecordCells.kept(database.dsl);
	}

	private Map<CellKey, CellSums> groupedRecords() {
		return RecordCells.grouped(database.dsl);
	}

}
