package org.sixrates.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.sixrates.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.sixrates.security.SignInThrottle.Lock;
import org.sixrates.security.SignInThrottle.Scope;

/**
 * The throttle's arithmetic with the defaults: 5 failures of a name at one address, 20 of
 * an address or of a name anywhere, within 15 minutes; locks of 1, 2, 4, 8 and then 15
 * minutes.
 */
class SignInThrottleTests {

	private static final String HOME = "192.0.2.1";

	private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(SignInProperties.defaults(), this.clock);

	@Test
	void fiveWrongPasswordsLockTheNameAtThatAddressForAMinuteAndTheLockEnds() {
		for (int i = 0; i < 4; i++) {
			assertThat(this.throttle.failed("clerk", HOME)).isEmpty();
			assertThat(this.throttle.lockedFor("clerk", HOME)).isEmpty();
		}
		List<Lock> locks = this.throttle.failed("clerk", HOME);

		assertThat(locks).singleElement().satisfies(lock -> {
			assertThat(lock.scope()).isEqualTo(Scope.NAME_AND_ADDRESS);
			assertThat(lock.failures()).isEqualTo(5);
			assertThat(lock.duration()).isEqualTo(Duration.ofMinutes(1));
		});
		assertThat(this.throttle.lockedFor("clerk", HOME)).hasValue(Duration.ofMinutes(1));
		// the case of a name does not make it another
		assertThat(this.throttle.lockedFor(" Clerk", HOME)).isPresent();
		// the same name elsewhere, and another name here, are not held back
		assertThat(this.throttle.lockedFor("clerk", "192.0.2.2")).isEmpty();
		assertThat(this.throttle.lockedFor("viewer", HOME)).isEmpty();

		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.throttle.lockedFor("clerk", HOME)).hasValue(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.throttle.lockedFor("clerk", HOME)).isEmpty();
	}

	@Test
	void locksInARowDoubleUpToFifteenMinutesAndNoLonger() {
		List<Duration> durations = new ArrayList<>();
		for (int round = 0; round < 7; round++) {
			Lock lock = fiveFailures("clerk", HOME);
			durations.add(lock.duration());
			this.clock.advance(lock.duration());
		}

		assertThat(durations).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
				Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15));
	}

	@Test
	void aQuietWindowAfterALockMakesTheNextLockAFirstOneAgain() {
		this.clock.advance(fiveFailures("clerk", HOME).duration());
		this.clock.advance(fiveFailures("clerk", HOME).duration());
		assertThat(fiveFailures("clerk", HOME).duration()).isEqualTo(Duration.ofMinutes(4));

		this.clock.advance(Duration.ofMinutes(4 + 16));

		assertThat(fiveFailures("clerk", HOME).duration()).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void failuresOlderThanTheWindowNoLongerCount() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("clerk", HOME);
		}
		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));

		assertThat(this.throttle.failed("clerk", HOME)).isEmpty();
		assertThat(this.throttle.lockedFor("clerk", HOME)).isEmpty();
	}

	@Test
	void aRightPasswordForgetsTheFailuresOfThatNameAtThatAddress() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("clerk", HOME);
		}
		this.throttle.succeeded("clerk", HOME);

		assertThat(this.throttle.failed("clerk", HOME)).isEmpty();
	}

	@Test
	void aFloodOfNamesFromOneAddressLocksTheAddressForEveryNameAndForTokens() {
		List<Lock> locks = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			locks.addAll(this.throttle.failed("user" + i, HOME));
		}

		assertThat(locks).extracting(Lock::scope).containsExactly(Scope.ADDRESS);
		assertThat(this.throttle.lockedFor("admin", HOME)).hasValue(Duration.ofMinutes(1));
		assertThat(this.throttle.lockedFor(null, HOME)).hasValue(Duration.ofMinutes(1));
		assertThat(this.throttle.lockedFor("admin", "192.0.2.2")).isEmpty();
	}

	@Test
	void badTokensCountAgainstTheirAddressOnly() {
		for (int i = 0; i < 19; i++) {
			assertThat(this.throttle.failed(null, HOME)).isEmpty();
		}
		assertThat(this.throttle.failed(null, HOME)).extracting(Lock::scope).containsExactly(Scope.ADDRESS);
	}

	@Test
	void aNameGuessedFromManyAddressesIsLockedExceptWhereItsOwnerHasSignedIn() {
		this.throttle.succeeded("admin", HOME);
		List<Lock> locks = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			locks.addAll(this.throttle.failed("admin", "198.51.100." + i));
		}

		assertThat(locks).extracting(Lock::scope).containsExactly(Scope.NAME);
		assertThat(this.throttle.lockedFor("admin", "203.0.113.9")).hasValue(Duration.ofMinutes(1));
		// whoever only knows the name cannot keep its owner out at its own address
		assertThat(this.throttle.lockedFor("admin", HOME)).isEmpty();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.throttle.lockedFor("admin", "203.0.113.9")).isEmpty();
	}

	@Test
	void attemptsDuringALockDoNotLengthenIt() {
		fiveFailures("clerk", HOME);
		for (int i = 0; i < 10; i++) {
			assertThat(this.throttle.failed("clerk", HOME)).isEmpty();
		}
		assertThat(this.throttle.lockedFor("clerk", HOME)).hasValue(Duration.ofMinutes(1));
	}

	/**
	 * The lock of the name at the address; a run of them may lock the address and the
	 * name as well.
	 */
	@Test
	void aFloodFromEverywhereKeepsTheCountersBoundedAndTheLocks() {
		SignInThrottle small = new SignInThrottle(SignInProperties.defaults(), this.clock, 100, 1_000);
		for (int i = 0; i < 5; i++) {
			small.failed("clerk", HOME);
		}
		// a thousand failures a second, each a new name from a new address
		for (int i = 0; i < 20_000; i++) {
			this.clock.advance(Duration.ofMillis(1));
			small.failed("name" + i, "198.51." + (i / 250) + "." + (i % 250));
		}

		// each of the three scopes holds at most its limit and one second's new keys
		assertThat(small.counted()).isLessThanOrEqualTo(3 * (1_000 + 1_000));
		// the lock imposed before the flood, 20 s ago, holds
		assertThat(small.lockedFor("clerk", HOME)).hasValue(Duration.ofSeconds(40));
	}

	private Lock fiveFailures(String name, String address) {
		List<Lock> locks = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			locks.addAll(this.throttle.failed(name, address));
		}
		return locks.stream().filter(lock -> lock.scope() == Scope.NAME_AND_ADDRESS).findFirst().orElseThrow();
	}

}
