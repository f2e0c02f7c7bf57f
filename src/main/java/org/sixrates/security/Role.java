package org.sixrates.security;

/**
 * What a user may do. ADMIN is the city office: everything. CLERK is bound to one
 * committee: imports and edits that committee's records, sees its detail pages and the
 * published ranking. VIEWER reads the ranking, the details and the records, and changes
 * nothing.
 */
public enum Role {

	ADMIN, CLERK, VIEWER

}
