package org.sixrates.importing;

import org.sixrates.vocabulary.CommitteeField;
import org.sixrates.vocabulary.Values;

/**
 * One row of {@code committees.csv}: a committee and its attributes in one assessment
 * year.
 *
 * @param line where the row starts in its file
 */
record CommitteeRow(int line, Values<CommitteeField> values) {

	String code() {
		return values.get(CommitteeField.CODE, String.class);
	}

	int year() {
		return values.get(CommitteeField.YEAR, Integer.class);
	}

}
