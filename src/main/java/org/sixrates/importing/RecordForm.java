package org.sixrates.importing;

import static org.sixrates.db.Tables.ACTIVITY_RECORD;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.sixrates.db.tables.ActivityRecord;
import org.sixrates.db.tables.records.ActivityRecordRecord;

/**
 * A record entered in a form, checked by the very rules of {@code records.csv}: the
 * fields are written out as a one-row CSV text and read by {@link RecordFile}, so that a
 * form and a file can never disagree on what a valid record is.
 */
final class RecordForm {

	/** The name errors of a form carry in place of a file name. */
	static final String FILE = "form";

	/** The form's fields, named like the columns of {@code records.csv}. */
	static final List<String> FIELDS = List.of("id", "committee", "year", "kind", "subtype", "title", "date", "level",
			"status", "converted", "satisfaction", "quantity", "score");

	private static final ActivityRecord R = ACTIVITY_RECORD;

	private RecordForm() {
	}

	static String csv(String committee, String id, Map<String, String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : FIELDS) {
			values.put(field, fields.getOrDefault(field, ""));
		}
		values.put("committee", committee);
		values.put("id", id);
		return String.join(",", FIELDS) + "\r\n"
				+ values.values().stream().map(RecordForm::quoted).collect(Collectors.joining(",")) + "\r\n";
	}

	static Optional<Map<String, String>> stored(DSLContext dsl, String committee, String id) {
		ActivityRecordRecord row = dsl.selectFrom(R).where(R.COMMITTEE.eq(committee)).and(R.ID.eq(id)).fetchOne();
		if (row == null) {
			return Optional.empty();
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("id", row.getId());
		fields.put("committee", row.getCommittee());
		fields.put("year", String.valueOf(row.getYear()));
		fields.put("kind", row.getKind());
		fields.put("subtype", text(row.getSubtype()));
		fields.put("title", text(row.getTitle()));
		fields.put("date", row.getRecordDate() == null ? "" : row.getRecordDate().toString());
		fields.put("level", row.getLevelReached());
		fields.put("status", row.getStatus());
		fields.put("converted", String.valueOf(row.getConverted()));
		fields.put("satisfaction", text(row.getSatisfaction()));
		fields.put("quantity", String.valueOf(row.getQuantity()));
		fields.put("score", row.getScore() == null ? "" : plain(row.getScore()));
		return Optional.of(fields);
	}

	private static String plain(double score) {
		return (score == Math.rint(score)) ? String.valueOf((long) score) : String.valueOf(score);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String quoted(String value) {
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
