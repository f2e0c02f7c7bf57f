package org.sixrates.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * What the costly analyses of a page rely on: a result asked for by many at once is
 * computed once, and a failed one is not kept.
 */
class RecentResultsTests {

	@Test
	void readersAskingWhileAResultIsComputedWaitForThatComputation() throws Exception {
		RecentResults<String, Object> recent = new RecentResults<>(4);
		AtomicInteger computed = new AtomicInteger();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService readers = Executors.newFixedThreadPool(8);
		try {
			List<Future<Object>> answers = new ArrayList<>();
			answers.add(readers.submit(() -> recent.get("2025", () -> {
				computed.incrementAndGet();
				started.countDown();
				await(release);
				return new Object();
			})));
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			// seven more readers while the first computation runs
			for (int reader = 0; reader < 7; reader++) {
				answers.add(readers.submit(() -> recent.get("2025", () -> {
					computed.incrementAndGet();
					return new Object();
				})));
			}
			Thread.sleep(200);
			release.countDown();
			Object first = answers.get(0).get(10, TimeUnit.SECONDS);
			for (Future<Object> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isSameAs(first);
			}
			assertThat(computed).hasValue(1);
		}
		finally {
			readers.shutdownNow();
		}
	}

	@Test
	void aFailedComputationIsNotKeptAndTheNextRequestComputesAgain() {
		RecentResults<String, String> recent = new RecentResults<>(4);

		assertThatThrownBy(() -> recent.get("2025", () -> {
			throw new IllegalStateException("no cube");
		})).isInstanceOf(IllegalStateException.class).hasMessage("no cube");

		assertThat(recent.get("2025", () -> "ranked")).isEqualTo("ranked");
		assertThat(recent.get("2025", () -> "again")).isEqualTo("ranked");
	}

	@Test
	void theLeastRecentlyUsedResultGoesBeyondTheCapacity() {
		RecentResults<Integer, String> recent = new RecentResults<>(2);
		recent.get(1, () -> "one");
		recent.get(2, () -> "two");
		recent.get(1, () -> "one again");
		recent.get(3, () -> "three");

		assertThat(recent.get(1, () -> "one computed again")).isEqualTo("one");
		assertThat(recent.get(2, () -> "two computed again")).isEqualTo("two computed again");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
