package org.sixrates.security;

import org.sixrates.vocabulary.Message;
import org.springframework.security.access.AccessDeniedException;

/** A refusal of access whose reason the user can read in its own language (a 403). */
public class Denied extends AccessDeniedException {

	private final Message reason;

	public Denied(String key, Object... arguments) {
		this(Message.of(key, arguments));
	}

	public Denied(Message reason) {
		super(reason.english());
		this.reason = reason;
	}

	public Message reason() {
		return reason;
	}

}
