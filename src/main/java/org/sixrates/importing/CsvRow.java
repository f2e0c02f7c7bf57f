package org.sixrates.importing;

import java.util.List;

/**
 * One CSV record as written.
 *
 * @param line the physical line of the file where the record starts (1-based)
 * @param values the fields in file order, not yet stripped
 */
record CsvRow(int line, List<String> values) {

	boolean blank() {
		return values.stream().allMatch(String::isBlank);
	}

}
