package org.sixrates.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few results of a costly computation (an analysis, a distance), by what they
 * were computed from, so that views of the same data do not compute them again. The least
 * recently used goes when there are more than the capacity. Two requests for the same
 * result at once may both compute it; either answer is the same.
 */
public final class RecentResults<K, V> {

	private final Map<K, V> results;

	public RecentResults(int capacity) {
		this.results = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > capacity;
			}

		};
	}

	/** The result for {@code key}, computed by {@code compute} if it is not kept. */
	public V get(K key, Supplier<V> compute) {
		synchronized (results) {
			V kept = results.get(key);
			if (kept != null) {
				return kept;
			}
		}
		V computed = compute.get();
		synchronized (results) {
			results.put(key, computed);
		}
		return computed;
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
