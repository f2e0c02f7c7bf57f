package org.sixrates.importing;

import org.sixrates.vocabulary.Field;
import org.sixrates.vocabulary.Values;
import tools.jackson.databind.json.JsonMapper;

/**
 * A row's content as the audit trail writes it: one JSON object of every field that is
 * not part of the key, in field order, so that the text of a row read from the database
 * and of the same row read from a file are equal exactly when nothing changed.
 */
public final class RowJson {

	private static final JsonMapper json = JsonMapper.builder().build();

	private RowJson() {
	}

	public static <F extends Enum<F> & Field> String of(Values<F> values) {
		return json.writeValueAsString(values.content());
	}

}
