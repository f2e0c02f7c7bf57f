package org.sixrates.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.records.CommitteeType;

/**
 * Reads {@code committees.csv}: one row per committee and year, a committee's name and
 * type the same on all its rows. Nothing here touches the database.
 */
final class CommitteeFile {

	static final int CODE_LENGTH = 32;

	static final int NAME_LENGTH = 200;

	private CommitteeFile() {
	}

	/**
	 * Every row of the file, or a {@link BadInputException} listing every error in it.
	 */
	static List<CommitteeRow> read(String file, String text) {
		List<InputError> errors = new ArrayList<>();
		List<CommitteeRow> rows = new ArrayList<>();
		Map<String, CommitteeRow> firstOfCode = new HashMap<>();
		Map<String, Integer> lineOfYear = new HashMap<>();
		CsvTable.read(file, text, CommitteeColumn.class, fields -> {
			CommitteeRow row = row(fields, firstOfCode, lineOfYear);
			if (row != null) {
				rows.add(row);
			}
		}, errors);
		if (!errors.isEmpty()) {
			throw new BadInputException(errors);
		}
		return rows;
	}

	private static CommitteeRow row(Fields<CommitteeColumn> fields, Map<String, CommitteeRow> firstOfCode,
			Map<String, Integer> lineOfYear) {
		String code = fields.text(CommitteeColumn.CODE, CODE_LENGTH);
		if (code != null && !code.chars().allMatch(c -> c > ' ' && c < 0x7F)) {
			fields.reject(CommitteeColumn.CODE, "a code of ASCII letters, digits and signs, without spaces");
		}
		String name = fields.text(CommitteeColumn.NAME, NAME_LENGTH);
		CommitteeType type = fields.vocabulary(CommitteeColumn.TYPE, CommitteeType.class, null);
		Integer year = fields.year(CommitteeColumn.YEAR);
		Integer members = fields.whole(CommitteeColumn.MEMBERS, 0, Integer.MAX_VALUE, null);
		if (code == null) {
			return null;
		}
		CommitteeRow first = firstOfCode.get(code);
		if (first != null && name != null && !first.name().equals(name)) {
			fields.reject(CommitteeColumn.NAME, "\"" + first.name() + "\" as on line " + first.line()
					+ " for committee " + code + " (one name per committee)");
		}
		if (first != null && type != null && first.type() != type) {
			fields.reject(CommitteeColumn.TYPE, first.type() + " (" + first.type().zh() + ") as on line " + first.line()
					+ " for committee " + code + " (one type per committee)");
		}
		if (year != null) {
			Integer earlier = lineOfYear.putIfAbsent(code + '\n' + year, fields.line());
			if (earlier != null) {
				fields.reject(CommitteeColumn.YEAR,
						"one row per committee and year; " + code + " " + year + " is on line " + earlier + " already");
			}
		}
		if (!fields.valid() || name == null || type == null || year == null || members == null) {
			return null;
		}
		CommitteeRow row = new CommitteeRow(fields.line(), code, name, type, year, members);
		firstOfCode.putIfAbsent(code, row);
		return row;
	}

}
