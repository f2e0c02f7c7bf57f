package org.sixrates.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
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
