package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Runs replications {@code 0 … n−1} on some threads, in blocks taken in turn, each thread
 * into an accumulator of its own; the caller merges the accumulators. Which thread runs a
 * block varies, so a result is the same whatever the threads only when each replication
 * depends on nothing but its index ({@link #random}) and the merge is exact (counts).
 */
final class Replications {

	private static final int BLOCK = 64;

	private Replications() {
	}

	/**
	 * Replication {@code index}'s own random stream: SplittableRandom seeded with the
	 * SplitMix64 mix of {@code seed} and {@code index}, so that no stream depends on how
	 * the replications were shared out.
	 */
	static SplittableRandom random(long seed, int index) {
		long z = seed + (index + 1L) * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return new SplittableRandom(z ^ (z >>> 31));
	}

	/** The accumulators, one per thread used, after every replication has run. */
	static <A> List<A> run(int n, int threads, Supplier<A> accumulator, ObjIntConsumer<A> replication) {
		AtomicInteger next = new AtomicInteger();
		int used = Math.max(1, Math.min(threads, (n + BLOCK - 1) / BLOCK));
		List<A> accumulators = new ArrayList<>();
		for (int t = 0; t < used; t++) {
			accumulators.add(accumulator.get());
		}
		Runnable[] work = new Runnable[used];
		for (int t = 0; t < used; t++) {
			A into = accumulators.get(t);
			work[t] = () -> {
				for (int start = next.getAndAdd(BLOCK); start < n; start = next.getAndAdd(BLOCK)) {
					for (int index = start; index < Math.min(n, start + BLOCK); index++) {
						replication.accept(into, index);
					}
				}
			};
		}
		if (used == 1) {
			work[0].run();
			return accumulators;
		}
		List<Thread> running = new ArrayList<>();
		List<Throwable> failures = new ArrayList<>();
		for (Runnable task : work) {
			Thread thread = new Thread(task, "sixrates-replications");
			thread.setDaemon(true);
			thread.setUncaughtExceptionHandler((t, failure) -> {
				synchronized (failures) {
					failures.add(failure);
				}
			});
			thread.start();
			running.add(thread);
		}
		for (Thread thread : running) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while replicating", ex);
			}
		}
		if (!failures.isEmpty()) {
			throw new IllegalStateException("a replication failed", failures.get(0));
		}
		return accumulators;
	}

}
