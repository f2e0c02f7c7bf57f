package org.sixrates.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.sixrates.input.BadInputException;
import org.sixrates.input.ForeignRowsException;
import org.sixrates.input.InputError;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Review;

/**
 * Reads {@code records.csv} against the committees already in the database: each record
 * belongs to a known committee in one of its assessment years, and an id appears once per
 * committee in a file. A clerk's file is read for its own committee: a row of another is
 * an error of the same pass as every other, so that one upload lists all that is wrong.
 * The rows are handed over one at a time as they are read, so that a reader of a large
 * file need not hold them; the errors of the whole file are reported together at its end.
 */
final class RecordFile {

	private RecordFile() {
	}

	/**
	 * Every row of the file, or a {@link BadInputException} listing every error in it.
	 */
	static List<RecordRow> read(String file, String text, CommitteeDirectory committees) {
		return read(new RowSource.Csv(file, text), committees, null);
	}

	/**
	 * Every row of the file, or a {@link BadInputException} listing every error in it: a
	 * {@link ForeignRowsException} when the only errors are rows of a committee other
	 * than {@code scope}.
	 * @param scope the clerk's committee, or {@code null} for the city office
	 */
	static List<RecordRow> read(RowSource source, CommitteeDirectory committees, String scope) {
		List<RecordRow> rows = new ArrayList<>();
		Map<String, Integer> lineOfKey = new HashMap<>();
		read(source, committees, scope, (committee, id, line) -> lineOfKey.putIfAbsent(committee + '\n' + id, line),
				rows::add);
		return rows;
	}

	/**
	 * Hands every valid row of the file to {@code action} as it is read, then throws a
	 * {@link BadInputException} listing every error in the file, if any: a
	 * {@link ForeignRowsException} when the only errors are rows of a committee other
	 * than {@code scope}. The rows handed over before are then to be discarded.
	 * @param scope the clerk's committee, or {@code null} for the city office
	 * @param ids where the file had each id before, told of every row that names one
	 */
	static void read(RowSource source, CommitteeDirectory committees, String scope, RecordIds ids,
			Consumer<RecordRow> action) {
		List<InputError> errors = new ArrayList<>();
		List<InputError> foreign = new ArrayList<>();
		FileTable.read(source, ImportContent.RECORDS, RecordField.class, fields -> {
			RecordRow row = row(fields, committees, ids, scope, foreign);
			if (row != null) {
				action.accept(row);
			}
		}, errors);
		if (!errors.isEmpty()) {
			throw (foreign.size() == errors.size()) ? new ForeignRowsException(errors) : new BadInputException(errors);
		}
	}

	private static RecordRow row(Fields<RecordField> fields, CommitteeDirectory committees, RecordIds ids, String scope,
			List<InputError> foreign) {
		String id = (String) fields.get(RecordField.ID);
		String committee = committee(fields, committees);
		if (scope != null && committee != null && !committee.equals(scope)) {
			// the row is another committee's: nothing more of it is checked, and nothing
			// of that committee (its years) is told
			foreign.add(fields.reject(RecordField.COMMITTEE, "input.foreign", scope));
			return null;
		}
		if (scope != null) {
			Object review = fields.get(RecordField.REVIEW);
			if (review != null && review != Review.PENDING) {
				fields.reject(RecordField.REVIEW, "input.review.clerk");
			}
		}
		if (id != null && committee != null) {
			Integer earlier = ids.noted(committee, id, fields.line());
			if (earlier != null) {
				fields.reject(RecordField.ID, "input.id.twice", committee, earlier);
			}
		}
		Integer year = (Integer) fields.get(RecordField.YEAR);
		if (committee != null && year != null && !committees.years(committee).contains(year)) {
			Set<Integer> years = committees.years(committee);
			fields.reject(RecordField.YEAR, "input.year.unknown", committee,
					years.isEmpty() ? Message.of("input.year.none") : Message.of("input.year.has", years.toString()));
		}
		if (!fields.valid()) {
			return null;
		}
		fields.set(RecordField.COMMITTEE, committee);
		return new RecordRow(fields.line(), fields.values(RecordField.class));
	}

	private static String committee(Fields<RecordField> fields, CommitteeDirectory committees) {
		String text = (String) fields.get(RecordField.COMMITTEE);
		if (text == null) {
			return null;
		}
		String code = committees.resolve(text);
		if (code == null) {
			List<String> namesakes = committees.codesNamed(text);
			if (namesakes.isEmpty()) {
				fields.reject(RecordField.COMMITTEE, "input.committee.unknown");
			}
			else {
				fields.reject(RecordField.COMMITTEE, "input.committee.ambiguous", String.join(", ", namesakes));
			}
		}
		return code;
	}

}
