package org.sixrates.records;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Values;

/**
 * One activity record as listed, with its committee's name. Its JSON is every field by
 * key, the committee's name beside the committee.
 */
public record ListedRecord(String committeeName, Values<RecordField> values) {

	public String committee() {
		return values.get(RecordField.COMMITTEE, String.class);
	}

	public String id() {
		return values.get(RecordField.ID, String.class);
	}

	@JsonValue
	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		values.json().forEach((key, value) -> {
			json.put(key, value);
			if (key.equals(RecordField.COMMITTEE.key())) {
				json.put("committeeName", committeeName);
			}
		});
		return json;
	}

}
