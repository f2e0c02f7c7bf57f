package org.sixrates.web;

import org.sixrates.vocabulary.Message;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request refused for a reason the user can read: 404 for a year or committee that is
 * not there, 400 for a parameter that means nothing. The page and the problem detail both
 * say it in the reader's language.
 */
public class Refused extends ResponseStatusException {

	private final Message message;

	public Refused(HttpStatus status, Message message) {
		super(status, message.english());
		this.message = message;
	}

	public static Refused notFound(String key, Object... arguments) {
		return new Refused(HttpStatus.NOT_FOUND, Message.of(key, arguments));
	}

	/**
	 * A query parameter that means nothing:
	 * {@code Parameter page: "0" — expected 1 or more}.
	 */
	public static Refused badParameter(String name, String value, Object expected) {
		return new Refused(HttpStatus.BAD_REQUEST, Message.of("input.parameter", name, value, expected));
	}

	public Message userMessage() {
		return message;
	}

}
