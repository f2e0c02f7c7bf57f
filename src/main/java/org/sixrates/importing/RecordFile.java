package org.sixrates.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.records.Kind;
import org.sixrates.records.Level;
import org.sixrates.records.Satisfaction;
import org.sixrates.records.Status;
import org.sixrates.records.Subtypes;

/**
 * Reads {@code records.csv} against the committees already in the database: each record
 * belongs to a known committee in one of its assessment years, and an id appears once per
 * committee in a file.
 */
final class RecordFile {

	static final int ID_LENGTH = 100;

	static final int SUBTYPE_LENGTH = 100;

	static final int TITLE_LENGTH = 2000;

	private RecordFile() {
	}

	/**
	 * Every row of the file, or a {@link BadInputException} listing every error in it.
	 */
	static List<RecordRow> read(String file, String text, CommitteeDirectory committees) {
		List<InputError> errors = new ArrayList<>();
		List<RecordRow> rows = new ArrayList<>();
		Map<String, Integer> lineOfKey = new HashMap<>();
		CsvTable.read(file, text, RecordColumn.class, fields -> {
			RecordRow row = row(fields, committees, lineOfKey);
			if (row != null) {
				rows.add(row);
			}
		}, errors);
		if (!errors.isEmpty()) {
			throw new BadInputException(errors);
		}
		return rows;
	}

	private static RecordRow row(Fields<RecordColumn> fields, CommitteeDirectory committees,
			Map<String, Integer> lineOfKey) {
		String id = fields.text(RecordColumn.ID, ID_LENGTH);
		String committee = committee(fields, committees);
		if (id != null && committee != null) {
			Integer earlier = lineOfKey.putIfAbsent(committee + '\n' + id, fields.line());
			if (earlier != null) {
				fields.reject(RecordColumn.ID, "an id used once per committee; committee " + committee
						+ " has this id on line " + earlier + " already");
			}
		}
		Integer year = fields.year(RecordColumn.YEAR);
		if (committee != null && year != null && !committees.years(committee).contains(year)) {
			Set<Integer> years = committees.years(committee);
			fields.reject(RecordColumn.YEAR, "a year of committee " + committee + " in the committees data ("
					+ (years.isEmpty() ? "it has none" : "it has " + years) + "); import its committees.csv row first");
		}
		Kind kind = fields.vocabulary(RecordColumn.KIND, Kind.class, null);
		String subtype = fields.text(RecordColumn.SUBTYPE, SUBTYPE_LENGTH);
		String title = fields.text(RecordColumn.TITLE, TITLE_LENGTH);
		LocalDate date = fields.date(RecordColumn.DATE);
		Level level = fields.vocabulary(RecordColumn.LEVEL, Level.class, Level.NONE);
		Status status = fields.vocabulary(RecordColumn.STATUS, Status.class, Status.FILED);
		Boolean converted = fields.bool(RecordColumn.CONVERTED);
		Satisfaction satisfaction = fields.vocabulary(RecordColumn.SATISFACTION, Satisfaction.class, null);
		Integer quantity = fields.whole(RecordColumn.QUANTITY, 0, Integer.MAX_VALUE, 0);
		Double score = fields.number(RecordColumn.SCORE, 0, 100);
		if (!fields.valid() || id == null || committee == null || year == null || kind == null) {
			return null;
		}
		return new RecordRow(fields.line(), committee, id, year, kind, Subtypes.canonical(subtype), title, date, level,
				status, converted, satisfaction, quantity, score);
	}

	private static String committee(Fields<RecordColumn> fields, CommitteeDirectory committees) {
		String text = fields.text(RecordColumn.COMMITTEE, Integer.MAX_VALUE);
		if (text == null) {
			return null;
		}
		String code = committees.resolve(text);
		if (code == null) {
			List<String> namesakes = committees.codesNamed(text);
			fields.reject(RecordColumn.COMMITTEE,
					namesakes.isEmpty()
							? "the code or name of a committee in the committees data; import its committees.csv first"
							: "a committee code; several committees are named so: " + String.join(", ", namesakes));
		}
		return code;
	}

}
