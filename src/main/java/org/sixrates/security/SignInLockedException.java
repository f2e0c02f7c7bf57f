package org.sixrates.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused, without looking at its password, because its name or address failed
 * too often: the answer is the same whether the password was right or not.
 */
final class SignInLockedException extends AuthenticationException {

	private final Duration retryAfter;

	SignInLockedException(Duration retryAfter) {
		super("Too many failed sign-ins; try again later");
		this.retryAfter = retryAfter;
	}

	/** How long the lock still holds. */
	Duration retryAfter() {
		return this.retryAfter;
	}

	/** The lock in whole seconds, rounded up, as {@code Retry-After} wants it. */
	long retryAfterSeconds() {
		long seconds = this.retryAfter.toSeconds();
		return (this.retryAfter.toNanosPart() > 0) ? seconds + 1 : Math.max(seconds, 1);
	}

}
