package org.sixrates.audit;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON text of a row's fields before or after a change, for what the audit trail
 * keeps of something that is not a record or a committee year (a year's state, an
 * objection).
 */
public final class AuditJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AuditJson() {
	}

	/** The fields in their map's order; a null value is written as {@code null}. */
	public static String of(Map<String, ?> fields) {
		return JSON.writeValueAsString(fields);
	}

}
