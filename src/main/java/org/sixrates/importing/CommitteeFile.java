package org.sixrates.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.vocabulary.CommitteeField;
import org.sixrates.vocabulary.Localizable;
import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.Term;

/**
 * Reads {@code committees.csv}: one row per committee and year, a committee's own fields
 * (name, type) the same on all its rows. Nothing here touches the database.
 */
final class CommitteeFile {

	private CommitteeFile() {
	}

	/**
	 * Every row of the file, or a {@link BadInputException} listing every error in it.
	 * @param knownCodes the codes already in the database: a code may not differ from one
	 * of them, or from another code of the file, in letter case alone
	 */
	static List<CommitteeRow> read(RowSource source, Set<String> knownCodes) {
		List<InputError> errors = new ArrayList<>();
		List<CommitteeRow> rows = new ArrayList<>();
		Map<String, Fields<CommitteeField>> firstOfCode = new HashMap<>();
		Map<String, Integer> lineOfYear = new HashMap<>();
		Map<String, String> codeOfLowerCase = new HashMap<>();
		knownCodes.forEach(code -> codeOfLowerCase.put(code.toLowerCase(Locale.ROOT), code));
		FileTable.read(source, ImportContent.COMMITTEES, CommitteeField.class, fields -> {
			String code = (String) fields.get(CommitteeField.CODE);
			if (code != null) {
				String same = codeOfLowerCase.putIfAbsent(code.toLowerCase(Locale.ROOT), code);
				if (same != null && !same.equals(code)) {
					fields.reject(CommitteeField.CODE, "input.code.case", same);
				}
			}
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

	private static CommitteeRow row(Fields<CommitteeField> fields, Map<String, Fields<CommitteeField>> firstOfCode,
			Map<String, Integer> lineOfYear) {
		String code = (String) fields.get(CommitteeField.CODE);
		if (code == null) {
			return null;
		}
		Fields<CommitteeField> first = firstOfCode.putIfAbsent(code, fields);
		if (first != null) {
			for (CommitteeField field : CommitteeField.values()) {
				Object value = fields.get(field);
				if (field.perCommittee() && value != null && first.get(field) != null
						&& !Objects.equals(first.get(field), value)) {
					fields.reject(field, "input.committee.same", quoted(first.get(field)), first.line(), code, field);
				}
			}
		}
		Integer year = (Integer) fields.get(CommitteeField.YEAR);
		if (year != null) {
			Integer earlier = lineOfYear.putIfAbsent(code + '\n' + year, fields.line());
			if (earlier != null) {
				fields.reject(CommitteeField.YEAR, "input.committee.yearTwice", code, year, earlier);
			}
		}
		if (!fields.valid()) {
			return null;
		}
		return new CommitteeRow(fields.line(), fields.values(CommitteeField.class));
	}

	/** A value as a message quotes it: a term with its code and label, text in quotes. */
	private static Localizable quoted(Object value) {
		if (value instanceof Term term) {
			return Term.described(term);
		}
		return locale -> Messages.english(locale) ? "\"" + value + "\"" : "“" + value + "”";
	}

}
