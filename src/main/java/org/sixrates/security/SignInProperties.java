package org.sixrates.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled ({@code sixrates.sign-in.*}); see
 * {@link SignInThrottle}.
 *
 * @param failures failed sign-ins of one user name from one address within the window
 * that lock that name there
 * @param addressFailures failed sign-ins from one address, whatever the names or tokens,
 * that lock the address
 * @param nameFailures failed sign-ins of one user name from any address that lock the
 * name, except where it has signed in before
 * @param window how long a failure counts; a window without failures also forgets the
 * locks before it, so the next lock is a first one again
 * @param firstLock the first lock; each that follows is twice as long
 * @param longestLock no lock lasts longer
 */
@ConfigurationProperties("sixrates.sign-in")
public record SignInProperties(@DefaultValue("5") int failures, @DefaultValue("20") int addressFailures,
		@DefaultValue("20") int nameFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("1m") Duration firstLock, @DefaultValue("15m") Duration longestLock) {

	/** The defaults, for code that runs without Spring. */
	static SignInProperties defaults() {
		return new SignInProperties(5, 20, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15));
	}

}
