package org.sixrates.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Where every way in (the form, HTTP Basic, a token) asks before it checks a credential
 * and reports after: refuses a locked sign-in with {@link SignInLockedException}, and
 * logs at WARN and audits each lock that a failure imposes.
 */
final class SignInGuard {

	private static final Logger logger = LoggerFactory.getLogger(SignInGuard.class);

	private final SignInThrottle throttle;

	private final AccountAudit audit;

	private final Accounts accounts;

	SignInGuard(SignInThrottle throttle, AccountAudit audit, Accounts accounts) {
		this.throttle = throttle;
		this.audit = audit;
		this.accounts = accounts;
	}

	/**
	 * Refuses when {@code name} (or, for a token, {@code null}) may not sign in from
	 * {@code address} now.
	 */
	void check(String name, String address) {
		this.throttle.lockedFor(name, address).ifPresent(left -> {
			throw new SignInLockedException(left);
		});
	}

	void failed(String name, String address) {
		for (SignInThrottle.Lock lock : this.throttle.failed(name, address)) {
			String tried = (lock.name() == null) ? "a token" : "'" + LogText.cut(lock.name(), 100) + "'";
			logger.warn("Sign-in locked ({}) for {} from {} for {} s after {} failed attempts within {} min",
					lock.scope(), tried, LogText.cut(lock.address(), 100), lock.duration().toSeconds(), lock.failures(),
					this.throttle.window().toMinutes());
			String account = (lock.name() != null && this.accounts.find(lock.name()).isPresent()) ? lock.name()
					: "anonymous";
			try {
				this.audit.signInLocked(lock, account, this.accounts.committee(account));
			}
			catch (DataAccessException ex) {
				// the lock holds all the same; the log line above records it
				logger.error("Could not audit a sign-in lock", ex);
			}
		}
	}

	void succeeded(String name, String address) {
		this.throttle.succeeded(name, address);
	}

}
