package org.sixrates.importing;

import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Values;

/**
 * One record read from a file or a form, the defaults of DESIGN §2 filled in.
 *
 * @param line where the row starts in its file
 * @param values every field; the committee is its code (a name in the file is resolved to
 * it)
 */
public record RecordRow(int line, Values<RecordField> values) {

	public String committee() {
		return values.get(RecordField.COMMITTEE, String.class);
	}

	public String id() {
		return values.get(RecordField.ID, String.class);
	}

	public int year() {
		return values.get(RecordField.YEAR, Integer.class);
	}

}
