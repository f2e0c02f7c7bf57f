package org.sixrates.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts failed sign-ins and locks for a while whoever fails too often, at three scopes:
 * <ul>
 * <li>a user name from one address: a guesser at one account, locked soon
 * ({@link SignInProperties#failures()});
 * <li>an address, whatever names it tries: a flood from one machine
 * ({@link SignInProperties#addressFailures()});
 * <li>a user name from any address: a guess spread over many machines
 * ({@link SignInProperties#nameFailures()}); this lock does not hold where the account
 * has signed in before, so that whoever only knows a user's name cannot keep its owner
 * out.
 * </ul>
 * A lock lasts {@link SignInProperties#firstLock()}, twice as long at each lock that
 * follows without a quiet {@link SignInProperties#window()} between them, and never
 * longer than {@link SignInProperties#longestLock()}: every lock ends. A success clears
 * the name's count from that address. Everything is kept in memory, for one instance of
 * the application; the clock is given, so tests move it rather than sleep.
 */
final class SignInThrottle {

	/** How many addresses of an account are remembered as its own. */
	static final int KNOWN_ADDRESSES = 16;

	private final SignInProperties settings;

	private final Clock clock;

	/** Above this many counters of a scope, those idle for a window are forgotten. */
	private final int tidyAbove;

	/**
	 * Above this many even after tidying (a flood of names from many addresses), the
	 * counters of keys not locked now are dropped: memory stays bounded, locks stay.
	 */
	private final int most;

	private final Counters pairs = new Counters();

	private final Counters addresses = new Counters();

	private final Counters names = new Counters();

	private final Map<String, Set<String>> known = new ConcurrentHashMap<>();

	SignInThrottle(SignInProperties settings, Clock clock) {
		this(settings, clock, 10_000, 100_000);
	}

	SignInThrottle(SignInProperties settings, Clock clock, int tidyAbove, int most) {
		this.settings = settings;
		this.clock = clock;
		this.tidyAbove = tidyAbove;
		this.most = most;
	}

	/** How long a failure counts. */
	Duration window() {
		return this.settings.window();
	}

	/**
	 * How long the sign-in of {@code name} from {@code address} stays refused, or empty
	 * when it may be tried; {@code name} is {@code null} for a token, which only the
	 * address's lock stops.
	 */
	Optional<Duration> lockedFor(String name, String address) {
		Instant now = clock.instant();
		Duration left = remaining(this.addresses.byKey.get(address), now);
		if (name != null) {
			String user = normalized(name);
			left = longer(left, remaining(this.pairs.byKey.get(user + '\n' + address), now));
			if (!known.getOrDefault(user, Set.of()).contains(address)) {
				left = longer(left, remaining(this.names.byKey.get(user), now));
			}
		}
		return left.isZero() ? Optional.empty() : Optional.of(left);
	}

	/** Counts a failure; the locks it imposes, usually none. */
	List<Lock> failed(String name, String address) {
		Instant now = clock.instant();
		List<Lock> locks = new ArrayList<>();
		count(addresses, address, settings.addressFailures(), now, Scope.ADDRESS, name, address, locks);
		if (name != null) {
			String user = normalized(name);
			count(pairs, user + '\n' + address, settings.failures(), now, Scope.NAME_AND_ADDRESS, name, address, locks);
			count(names, user, settings.nameFailures(), now, Scope.NAME, name, address, locks);
		}
		return locks;
	}

	/** A right password: the name's failures from this address are forgotten. */
	void succeeded(String name, String address) {
		String user = normalized(name);
		this.pairs.byKey.remove(user + '\n' + address);
		known.compute(user, (key, addresses) -> {
			Set<String> own = (addresses == null) ? Collections.synchronizedSet(new LinkedHashSet<>()) : addresses;
			synchronized (own) {
				own.remove(address);
				own.add(address);
				while (own.size() > KNOWN_ADDRESSES) {
					own.remove(own.iterator().next());
				}
			}
			return own;
		});
	}

	/** How many keys are counted, for the tests of a flood. */
	int counted() {
		return this.pairs.byKey.size() + this.addresses.byKey.size() + this.names.byKey.size();
	}

	private void count(Counters counters, String key, int limit, Instant now, Scope scope, String name, String address,
			List<Lock> locks) {
		Map<String, Strikes> byKey = counters.byKey;
		// at most once a second: a scan of a full map at every failure of a flood would
		// cost more than the flood
		long second = now.getEpochSecond();
		long last = counters.tidied.get();
		if (byKey.size() > this.tidyAbove && last != second && counters.tidied.compareAndSet(last, second)) {
			byKey.values().removeIf(strikes -> strikes.idleSince(now, this.settings.window()));
			if (byKey.size() > this.most) {
				byKey.values().removeIf(strikes -> remaining(strikes, now).isZero());
			}
		}
		byKey.compute(key, (k, strikes) -> {
			Strikes counted = (strikes == null) ? new Strikes() : strikes;
			Duration lock = counted.fail(now, limit, settings);
			if (lock != null) {
				locks.add(new Lock(scope, name, address, limit, lock, now.plus(lock)));
			}
			return counted;
		});
	}

	private static Duration remaining(Strikes strikes, Instant now) {
		if (strikes == null) {
			return Duration.ZERO;
		}
		synchronized (strikes) {
			return (strikes.lockedUntil == null || !now.isBefore(strikes.lockedUntil)) ? Duration.ZERO
					: Duration.between(now, strikes.lockedUntil);
		}
	}

	private static Duration longer(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	/** User names are compared as the sign-in form would match them, case aside. */
	private static String normalized(String name) {
		String user = name.strip().toLowerCase(Locale.ROOT);
		return (user.length() > 100) ? user.substring(0, 100) : user;
	}

	/** The counters of one scope, and the second they were last tidied. */
	private static final class Counters {

		private final Map<String, Strikes> byKey = new ConcurrentHashMap<>();

		private final AtomicLong tidied = new AtomicLong(Long.MIN_VALUE);

	}

	/** What a lock holds back. */
	enum Scope {

		NAME_AND_ADDRESS, ADDRESS, NAME

	}

	/**
	 * A lock just imposed: on {@code scope}, after {@code failures} failed sign-ins of
	 * the last window, for {@code duration}.
	 */
	record Lock(Scope scope, String name, String address, int failures, Duration duration, Instant until) {
	}

	/** The failures of one key within the window, and its locks. */
	private static final class Strikes {

		private final Deque<Instant> failures = new ArrayDeque<>();

		/** Locks in a row, each twice as long as the one before. */
		private int locks;

		private Instant lockedUntil;

		private Instant last;

		/** The lock this failure imposes, or {@code null}. */
		synchronized Duration fail(Instant now, int limit, SignInProperties settings) {
			if (lockedUntil != null && now.isBefore(lockedUntil)) {
				return null;
			}
			if (idleSince(now, settings.window())) {
				locks = 0;
				failures.clear();
			}
			last = now;
			while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(settings.window()))) {
				failures.removeFirst();
			}
			failures.addLast(now);
			if (failures.size() < limit) {
				return null;
			}
			failures.clear();
			locks++;
			Duration lock = settings.firstLock().multipliedBy(1L << Math.min(locks - 1, 20));
			lock = (lock.compareTo(settings.longestLock()) > 0) ? settings.longestLock() : lock;
			lockedUntil = now.plus(lock);
			return lock;
		}

		/** Whether nothing happened here for a whole window, a lock included. */
		synchronized boolean idleSince(Instant now, Duration window) {
			Instant quiet = (lockedUntil != null && (last == null || lockedUntil.isAfter(last))) ? lockedUntil : last;
			return quiet == null || quiet.plus(window).isBefore(now);
		}

	}

}
