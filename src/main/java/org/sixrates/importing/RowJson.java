package org.sixrates.importing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jooq.Record;
import org.sixrates.db.tables.ActivityRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of a record or a committee year as the audit trail writes them: one JSON
 * object, keys in the file's column order, so that the text of a row read from the
 * database and of the same row read from a file are equal exactly when nothing changed.
 */
final class RowJson {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final ActivityRecord R = org.sixrates.db.Tables.ACTIVITY_RECORD;

	private RowJson() {
	}

	static String of(RecordRow row) {
		return record(row.year(), row.kind().name(), row.subtype(), row.title(), row.date(), row.level().name(),
				row.status().name(), row.converted(), row.satisfaction() == null ? null : row.satisfaction().name(),
				row.quantity(), row.score());
	}

	/** A row of {@code activity_record} read with every column. */
	static String ofStored(Record row) {
		return record(row.get(R.YEAR), row.get(R.KIND), row.get(R.SUBTYPE), row.get(R.TITLE), row.get(R.RECORD_DATE),
				row.get(R.LEVEL_REACHED), row.get(R.STATUS), row.get(R.CONVERTED), row.get(R.SATISFACTION),
				row.get(R.QUANTITY), row.get(R.SCORE));
	}

	static String committeeYear(String name, String type, int members) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("type", type);
		fields.put("members", members);
		return json.writeValueAsString(fields);
	}

	private static String record(int year, String kind, String subtype, String title, LocalDate date, String level,
			String status, boolean converted, String satisfaction, int quantity, Double score) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("year", year);
		fields.put("kind", kind);
		fields.put("subtype", subtype);
		fields.put("title", title);
		fields.put("date", date == null ? null : date.toString());
		fields.put("level", level);
		fields.put("status", status);
		fields.put("converted", converted);
		fields.put("satisfaction", satisfaction);
		fields.put("quantity", quantity);
		fields.put("score", score);
		return json.writeValueAsString(fields);
	}

}
