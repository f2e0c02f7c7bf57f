package org.sixrates.system;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The value of work done on another thread, as if it had been done on this one: what the
 * work threw is thrown again as it was, not wrapped.
 */
public final class Futures {

	private Futures() {
	}

	/**
	 * Waits for {@code future} and returns its value, or throws what it threw.
	 * @param what what the work was, for the message of an interruption
	 */
	public static <T> T get(Future<T> future, String what) {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException unchecked) {
				throw unchecked;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while " + what, ex);
		}
	}

}
