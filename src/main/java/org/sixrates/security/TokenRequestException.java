package org.sixrates.security;

/**
 * A token that cannot be made as asked: the page says why in the reader's language (the
 * message key {@code tokens.refused.<reason>}), the API in {@link #getMessage()}.
 */
final class TokenRequestException extends IllegalArgumentException {

	enum Reason {

		/** The name is empty or longer than 100 characters. */
		NAME,
		/** The validity is not a whole number of days from 1 to 3650. */
		VALIDITY,
		/** No such account. */
		USER

	}

	private final Reason reason;

	TokenRequestException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

}
