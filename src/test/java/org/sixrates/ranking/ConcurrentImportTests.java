package org.sixrates.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.sum;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.sixrates.db.Tables.IMPORT_LOG;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.sixrates.importing.ImportContent;
import org.sixrates.importing.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Eight threads import records files and read the ranking at the same time, through the
 * application's own beans, on the database of the test run.
 *
 * <p>
 * Every file sets all {@value #PROPOSALS} proposals of one committee to COMPLETED, or all
 * to FILED, so a committee's completion rate (completed proposals / proposals) is 0 or 1
 * in any state the files can leave; any other rate in a ranking would be a file seen half
 * imported. Every file also adds {@value #ACTIVITIES} activities with ids of their own,
 * which must all be there at the end, and the proposals of each committee must end as the
 * last file that touched it (by import log id) left them. {@value #THREADS} threads ×
 * {@value #ROUNDS} files: 96 log entries, 480 activities, 4 × 20 = 80 proposals, 560 rows
 * added in all.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:concurrent-imports", "sixrates.demo-data=false" })
class ConcurrentImportTests {

	static final int THREADS = 8;

	static final int ROUNDS = 12;

	static final int COMMITTEES = 4;

	static final int PROPOSALS = 20;

	static final int ACTIVITIES = 5;

	private static final Pattern FILE = Pattern.compile("(t\\d+-r\\d+)-c(\\d+)\\.csv");

	@Autowired
	Importer importer;

	@Autowired
	RankingService rankings;

	@Autowired
	DSLContext dsl;

	@Test
	void parallelImportsLoseNoUpdateAndNoRankingShowsHalfAFile() throws Exception {
		StringBuilder committees = new StringBuilder("code,name,type,year,members\n");
		for (int c = 0; c < COMMITTEES; c++) {
			committees.append("C").append(c).append(",Committee ").append(c).append(",COUNTY,2024,10\n");
		}
		importer.importCommittees("committees.csv", committees.toString().getBytes(StandardCharsets.UTF_8), "test");

		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Set<Double>>> seen = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int thread = t;
			seen.add(threads.submit(() -> {
				start.await();
				return importAndRead(thread);
			}));
		}
		start.countDown();
		Set<Double> completionRates = new TreeSet<>();
		try {
			for (Future<Set<Double>> thread : seen) {
				completionRates.addAll(thread.get(5, TimeUnit.MINUTES));
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(completionRates).as("completion rates seen in rankings").isSubsetOf(0.0, 1.0);
		var recordsFiles = IMPORT_LOG.CONTENT.eq(ImportContent.RECORDS.name());
		assertThat(dsl.fetchCount(IMPORT_LOG, recordsFiles)).isEqualTo(THREADS * ROUNDS);
		assertThat(dsl.fetchCount(ACTIVITY_RECORD, ACTIVITY_RECORD.KIND.eq("ACTIVITY")))
			.isEqualTo(THREADS * ROUNDS * ACTIVITIES);
		assertThat(dsl.fetchCount(ACTIVITY_RECORD, ACTIVITY_RECORD.KIND.eq("PROPOSAL")))
			.isEqualTo(COMMITTEES * PROPOSALS);
		// each row was added by exactly one import, and updated by the others
		assertThat(dsl.select(sum(IMPORT_LOG.ROWS_ADDED)).from(IMPORT_LOG).where(recordsFiles).fetchOne(0, int.class))
			.isEqualTo(THREADS * ROUNDS * ACTIVITIES + COMMITTEES * PROPOSALS);

		Map<String, String> lastFileOfCommittee = new HashMap<>();
		dsl.select(IMPORT_LOG.FILE_NAME).from(IMPORT_LOG).where(recordsFiles).orderBy(IMPORT_LOG.ID).forEach(file -> {
			Matcher name = FILE.matcher(file.value1());
			assertThat(name.matches()).isTrue();
			lastFileOfCommittee.put("C" + name.group(2), name.group(1));
		});
		assertThat(lastFileOfCommittee).hasSize(COMMITTEES);
		lastFileOfCommittee.forEach((committee,
				title) -> assertThat(dsl.selectDistinct(ACTIVITY_RECORD.TITLE, ACTIVITY_RECORD.STATUS)
					.from(ACTIVITY_RECORD)
					.where(ACTIVITY_RECORD.COMMITTEE.eq(committee))
					.and(ACTIVITY_RECORD.KIND.eq("PROPOSAL"))
					.fetch(row -> row.value1() + " " + row.value2())).as("the proposals of %s", committee)
					.containsExactly(title + " " + status(title)));
	}

	/**
	 * Eight threads import committees files that all name the same four new committees,
	 * each with members of its own (100 · thread + round): each committee and year is
	 * added once and ends with the members of the last file committed.
	 */
	@Test
	void parallelImportsOfTheSameNewCommitteesAddThemOnce() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int thread = t;
			done.add(threads.submit(() -> {
				start.await();
				for (int round = 0; round < ROUNDS / 2; round++) {
					int members = 100 * thread + round;
					StringBuilder csv = new StringBuilder("code,name,type,year,members\n");
					for (int c = 0; c < COMMITTEES; c++) {
						csv.append("N")
							.append(c)
							.append(",New ")
							.append(c)
							.append(",DISTRICT,2023,")
							.append(members)
							.append('\n');
					}
					importer.importCommittees("members-" + members + ".csv",
							csv.toString().getBytes(StandardCharsets.UTF_8), "thread " + thread);
				}
				return null;
			}));
		}
		start.countDown();
		try {
			for (Future<?> thread : done) {
				thread.get(5, TimeUnit.MINUTES);
			}
		}
		finally {
			threads.shutdownNow();
		}

		var newCommittees = IMPORT_LOG.FILE_NAME.startsWith("members-");
		assertThat(dsl.fetchCount(IMPORT_LOG, newCommittees)).isEqualTo(THREADS * ROUNDS / 2);
		assertThat(dsl.select(sum(IMPORT_LOG.ROWS_ADDED)).from(IMPORT_LOG).where(newCommittees).fetchOne(0, int.class))
			.isEqualTo(COMMITTEES);
		String lastFile = dsl.select(IMPORT_LOG.FILE_NAME)
			.from(IMPORT_LOG)
			.where(newCommittees)
			.orderBy(IMPORT_LOG.ID.desc())
			.limit(1)
			.fetchOne(IMPORT_LOG.FILE_NAME);
		int lastMembers = Integer.parseInt(lastFile.replaceAll("\\D", ""));
		assertThat(dsl.select(COMMITTEE_YEAR.COMMITTEE, COMMITTEE_YEAR.MEMBERS)
			.from(COMMITTEE_YEAR)
			.where(COMMITTEE_YEAR.YEAR.eq(2023))
			.orderBy(COMMITTEE_YEAR.COMMITTEE)
			.fetch(row -> row.value1() + " " + row.value2()))
			.containsExactly("N0 " + lastMembers, "N1 " + lastMembers, "N2 " + lastMembers, "N3 " + lastMembers);
	}

	private Set<Double> importAndRead(int thread) {
		Set<Double> completionRates = new TreeSet<>();
		for (int round = 0; round < ROUNDS; round++) {
			int committee = (thread + round) % COMMITTEES;
			String title = "t" + thread + "-r" + round;
			importer.importRecords(title + "-c" + committee + ".csv", file(title, committee), "thread " + thread);
			RankingTable ranking = rankings.ranking(2024).orElseThrow();
			int completion = 0;
			while (!ranking.columns().get(completion).id().equals("completion")) {
				completion++;
			}
			for (RankingRow row : ranking.rows()) {
				completionRates.add(row.rates().get(completion));
			}
		}
		return completionRates;
	}

	private static byte[] file(String title, int committee) {
		StringBuilder csv = new StringBuilder("id,committee,year,kind,title,status,quantity\n");
		for (int p = 0; p < PROPOSALS; p++) {
			csv.append("P")
				.append(p)
				.append(",C")
				.append(committee)
				.append(",2024,PROPOSAL,")
				.append(title)
				.append(',')
				.append(status(title))
				.append(",0\n");
		}
		for (int a = 0; a < ACTIVITIES; a++) {
			csv.append("A-")
				.append(title)
				.append('-')
				.append(a)
				.append(",C")
				.append(committee)
				.append(",2024,ACTIVITY,")
				.append(title)
				.append(",,1\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	// alternates from one file to the next, of a thread and of a committee alike
	private static String status(String title) {
		String[] threadAndRound = title.substring(1).split("-r");
		int sum = Integer.parseInt(threadAndRound[0]) + Integer.parseInt(threadAndRound[1]);
		return sum % 2 == 0 ? "COMPLETED" : "FILED";
	}

}
