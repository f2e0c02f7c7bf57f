package org.sixrates.security;

import org.sixrates.vocabulary.Message;

/**
 * What a user may do. ADMIN is the city office: everything. CLERK is bound to one
 * committee: imports and edits that committee's records, sees its detail pages and the
 * published ranking. VIEWER reads the ranking, the details and the records, and changes
 * nothing.
 */
public enum Role {

	ADMIN, CLERK, VIEWER;

	/** The role's name in the reader's language: 市政协办公室, 填报人, 查阅人. */
	public Message label() {
		return Message.of("account.role." + name());
	}

}
