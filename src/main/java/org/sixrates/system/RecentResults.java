package org.sixrates.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The last few results of a costly computation (an analysis, a distance), by what they
 * were computed from, so that views of the same data do not compute them again. The least
 * recently used goes when there are more than the capacity. A result is computed once:
 * the requests that ask for it while it is being computed wait for that computation
 * instead of starting their own, so that 200 readers of a page whose data just changed
 * make one analysis, not 200 at once. A computation that fails is not kept; each of its
 * waiters gets its exception, and the next request computes again.
 */
public final class RecentResults<K, V> {

	private final Map<K, CompletableFuture<V>> results;

	public RecentResults(int capacity) {
		this.results = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, CompletableFuture<V>> eldest) {
				return size() > capacity;
			}

		};
	}

	/**
	 * The result for {@code key}, computed by {@code compute} if it is neither kept nor
	 * being computed.
	 */
	public V get(K key, Supplier<V> compute) {
		CompletableFuture<V> result;
		boolean mine = false;
		synchronized (results) {
			result = results.get(key);
			if (result == null) {
				result = new CompletableFuture<>();
				results.put(key, result);
				mine = true;
			}
		}
		if (mine) {
			try {
				result.complete(compute.get());
			}
			catch (RuntimeException | Error failure) {
				synchronized (results) {
					results.remove(key, result);
				}
				result.completeExceptionally(failure);
				throw failure;
			}
		}
		return Futures.get(result, "a result was computed");
	}

	/**
	 * A key part that is equal only to itself: the results of one state of the data are
	 * one object for as long as that state lasts, and comparing them field by field would
	 * cost more than it saves.
	 */
	public static final class Same {

		private final Object of;

		public Same(Object of) {
			this.of = of;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Same same && same.of == of;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(of);
		}

	}

}
