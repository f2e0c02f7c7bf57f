package org.sixrates.security;

import org.sixrates.vocabulary.Message;

/**
 * A change of a user refused for a reason its author can read in its own language: a name
 * taken, a password too short, the last user of the city office. Nothing changed.
 */
final class AccountRefused extends RuntimeException {

	private final Message reason;

	AccountRefused(String key, Object... arguments) {
		this(Message.of(key, arguments));
	}

	AccountRefused(Message reason) {
		super(reason.english());
		this.reason = reason;
	}

	Message reason() {
		return this.reason;
	}

}
