package org.sixrates.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
import org.sixrates.input.BadInputException;
import org.sixrates.scoring.Assessment;
import org.sixrates.scoring.Scorer;
import org.sixrates.scoring.CommitteeResult;
import org.sixrates.tallies.TallyRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Readers never wait for a scoring (DESIGN §11): while the results are being scored after
 * a change, a reader gets the last complete ones at once; the writer, once its change has
 * committed, finds the results already showing it.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:live-assessment", "sixrates.demo-data=false" })
class LiveAssessmentTests {

	@Autowired
	LiveAssessment live;

	@Autowired
	Importer importer;

	@Autowired
	TallyRepository tallies;

	@Test
	void aReaderGetsTheLastResultsAtOnceWhileTheyAreRescoredAndTheWriterSeesItsChange() throws Exception {
		importer.importCommittees("committees.csv", utf8("""
				code,name,type,year,members
				Q1,Committee 1,COUNTY,1998,10
				Q2,Committee 2,COUNTY,1998,10
				"""), "test");
		importer.importRecords("one.csv", utf8("""
				id,committee,year,kind,status
				P1,Q1,1998,PROPOSAL,COMPLETED
				P2,Q2,1998,PROPOSAL,FILED
				"""), "test");
		// the writer's own next reading: scored already, once the import committed
		LiveAssessment.State afterImport = live.current();
		assertThat(afterImport.version()).isEqualTo(tallies.version());
		assertThat(rank(afterImport, "Q1")).isEqualTo(1);

		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch scoring = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		try {
			// a scoring under way: another thread holds the scoring until told
			Future<?> holding = threads.submit(() -> {
				live.rescoring.lock();
				try {
					scoring.countDown();
					await(done);
				}
				finally {
					live.rescoring.unlock();
				}
			});
			assertThat(scoring.await(1, TimeUnit.MINUTES)).isTrue();
			// a writer: its change commits, then it waits for the results to take it in
			Future<?> writing = threads.submit(() -> importer.importRecords("two.csv", utf8("""
					id,committee,year,kind,status
					P2,Q2,1998,PROPOSAL,COMPLETED
					P3,Q2,1998,PROPOSAL,COMPLETED
					P4,Q1,1998,PROPOSAL,FILED
					"""), "test"));
			long changed = afterImport.version() + 1;
			for (int wait = 0; tallies.version() < changed && wait < 600; wait++) {
				Thread.sleep(100);
			}
			assertThat(tallies.version()).as("the change committed").isEqualTo(changed);
			// a reader meanwhile: the last results, at once
			ExecutorService reader = Executors.newSingleThreadExecutor();
			LiveAssessment.State meanwhile = reader.submit(live::current).get(10, TimeUnit.SECONDS);
			reader.shutdown();
			assertThat(meanwhile).isSameAs(afterImport);
			assertThat(writing.isDone()).as("the writer waits for the scoring").isFalse();

			done.countDown();
			holding.get(1, TimeUnit.MINUTES);
			writing.get(1, TimeUnit.MINUTES);
			// the writer returned once the results showed its change, before any reader
			LiveAssessment.State after = live.last();
			assertThat(after.version()).isEqualTo(changed);
			assertThat(rank(after, "Q2")).isEqualTo(1);
		}
		finally {
			done.countDown();
			threads.shutdownNow();
		}
	}

	/**
	 * After any sequence of imports, deletions and changes of members, the results kept
	 * from one scoring to the next (only the committee years that changed measured again)
	 * are those of scoring the database's whole cube from scratch, bit for bit; and an
	 * import into one committee year measures that one again, no other.
	 */
	@Test
	void resultsKeptAcrossChangesAreThoseOfAScoringFromScratch() {
		String[] codes = { "M1", "M2", "M3", "M4" };
		String[] kinds = { "PROPOSAL", "ADVISORY_PROPOSAL", "RESEARCH_REPORT", "SOCIAL_OPINION", "ACTIVITY",
				"PUBLICATION", "FEEDBACK" };
		String[] statuses = { "FILED", "REPLIED", "COMPLETED" };
		String[] levels = { "NONE", "COUNTY", "CITY", "PROVINCE" };
		SplittableRandom random = new SplittableRandom(7);
		importer.importCommittees("committees.csv", utf8(committees(codes, random)), "test");
		for (int step = 0; step < 25; step++) {
			int what = random.nextInt(10);
			if (what < 6) {
				StringBuilder file = new StringBuilder(
						"id,committee,year,kind,level,status,converted,quantity,score\n");
				for (int row = 0, rows = 1 + random.nextInt(6); row < rows; row++) {
					String kind = kinds[random.nextInt(kinds.length)];
					file.append("R")
						.append(random.nextInt(15))
						.append(',')
						.append(codes[random.nextInt(codes.length)])
						.append(',')
						.append(1996 + random.nextInt(2))
						.append(',')
						.append(kind)
						.append(',')
						.append(levels[random.nextInt(levels.length)])
						.append(',')
						.append(kind.equals("FEEDBACK") ? "FILED" : statuses[random.nextInt(statuses.length)])
						.append(',')
						.append(random.nextBoolean())
						.append(',')
						.append(random.nextInt(5))
						.append(',')
						.append(kind.equals("FEEDBACK") ? Integer.toString(random.nextInt(101)) : "")
						.append('\n');
				}
				try {
					importer.importRecords("step" + step + ".csv", utf8(file.toString()), "test");
				}
				catch (BadInputException refused) {
					// a row the checks refuse: nothing changed, which the comparison
					// checks too
				}
			}
			else if (what < 8) {
				importer.importCommittees("members" + step + ".csv", utf8(committees(codes, random)), "test");
			}
			else {
				importer.deleteRecord(codes[random.nextInt(codes.length)], "R" + random.nextInt(15), "test", true,
						null);
			}
			LiveAssessment.State kept = live.current();
			Assessment fromScratch = new Scorer().score(live.scheme(), tallies.of(kept.years()), Map.of());
			// every figure; an outcome's reason is a message made afresh by each scoring
			assertThat(kept.assessment()).as("step %d", step)
				.usingRecursiveComparison()
				.ignoringFields("years.committees.outcomes.reason")
				.isEqualTo(fromScratch);
		}

		// one record more for one committee year: that one is measured again
		importer.importRecords("one.csv", utf8("""
				id,committee,year,kind,status
				ONE,M2,1997,PROPOSAL,COMPLETED
				"""), "test");
		live.current();
		assertThat(live.remeasured()).isEqualTo(1);
	}

	/** Each committee in 1996 and 1997 with 5 to 24 members. */
	private static String committees(String[] codes, SplittableRandom random) {
		StringBuilder file = new StringBuilder("code,name,type,year,members\n");
		for (String code : codes) {
			for (int year = 1996; year <= 1997; year++) {
				file.append(code)
					.append(",Committee ")
					.append(code)
					.append(",COUNTY,")
					.append(year)
					.append(',')
					.append(5 + random.nextInt(20))
					.append('\n');
			}
		}
		return file.toString();
	}

	private static int rank(LiveAssessment.State state, String code) {
		return state.assessment()
			.years()
			.stream()
			.filter(year -> year.year() == 1998)
			.flatMap(year -> year.committees().stream())
			.filter(committee -> committee.code().equals(code))
			.mapToInt(CommitteeResult::rank)
			.findFirst()
			.orElseThrow();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
