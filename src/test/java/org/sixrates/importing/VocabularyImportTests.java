package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.COMMITTEE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sixrates.vocabulary.CommitteeField;
import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.RecordField;

/**
 * The vocabulary rule (DESIGN §10): every label the message bundles give a field or a
 * value — what the pages show — is accepted on import, in both languages. The labels are
 * read from the bundles themselves, so a label added there is tested here without a word
 * of this test changing; which field a group of value labels belongs to is said here,
 * independently.
 */
class VocabularyImportTests extends ImportingFixture {

	/**
	 * The bundle prefix of each closed vocabulary, and the column of records.csv it is
	 * written in.
	 */
	private static final Map<String, String> RECORD_VALUES = Map.of("kind.", "kind", "level.", "level", "status.",
			"status", "satisfaction.", "satisfaction", "subtype.", "subtype", "boolean.", "converted");

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "zh", "en" })
	void everyFieldLabelIsAcceptedAsAHeader(String language) {
		Locale locale = Locale.forLanguageTag(language);
		Map<String, String> labels = labels(locale, "field.");
		assertThat(labels).hasSize(RecordField.values().length + CommitteeField.values().length - 1);

		// committees.csv with every one of its columns under its label
		List<String> committeeHeader = new ArrayList<>();
		for (CommitteeField field : CommitteeField.values()) {
			committeeHeader.add(labels.get(field.key()));
		}
		importer.importCommittees("committees.csv",
				utf8(String.join(",", committeeHeader) + "\nLC,鹿城区,DISTRICT,2024,120\n"), "office");
		assertThat(database.dsl.fetchValue(COMMITTEE.NAME)).isEqualTo("鹿城区");

		// records.csv likewise
		List<String> recordHeader = new ArrayList<>();
		for (RecordField field : RecordField.values()) {
			recordHeader.add(labels.get(field.key()));
		}
		importer.importRecords("records.csv",
				utf8(String.join(",", recordHeader)
						+ "\nP1,LC,2024,PROPOSAL,,t,2024-03-05,CITY,COMPLETED,true,SATISFIED,3,88.5,PENDING\n"),
				"office");
		var stored = database.dsl.selectFrom(ACTIVITY_RECORD).fetchSingle();
		assertThat(stored.getReview()).isEqualTo("PENDING");
		assertThat(List.of(stored.getLevelReached(), stored.getStatus(), stored.getSatisfaction()))
			.containsExactly("CITY", "COMPLETED", "SATISFIED");
		assertThat(stored.getConverted()).isTrue();
		assertThat(stored.getScore()).isEqualTo(88.5);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "zh", "en" })
	void everyValueLabelIsAcceptedAndStoredAsItsCode(String language) {
		Locale locale = Locale.forLanguageTag(language);
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		// one record per label: the label in its column, the code expected in the
		// database
		StringBuilder csv = new StringBuilder("id,committee,year,kind,subtype,level,status,satisfaction,converted\n");
		Map<String, String> expected = new LinkedHashMap<>();
		int row = 0;
		for (Map.Entry<String, String> vocabulary : RECORD_VALUES.entrySet()) {
			for (Map.Entry<String, String> label : labels(locale, vocabulary.getKey()).entrySet()) {
				String id = "V" + (++row);
				Map<String, String> cells = new LinkedHashMap<>(Map.of("kind", "PROPOSAL", "subtype", "", "level", "",
						"status", "", "satisfaction", "", "converted", ""));
				cells.put(vocabulary.getValue(), label.getValue());
				csv.append(id)
					.append(",LC,2024,")
					.append(String.join(",", cells.get("kind"), cells.get("subtype"), cells.get("level"),
							cells.get("status"), cells.get("satisfaction"), cells.get("converted")))
					.append('\n');
				expected.put(id, vocabulary.getValue() + "=" + label.getKey());
			}
		}
		assertThat(row).isGreaterThan(30);

		importer.importRecords("records.csv", utf8(csv.toString()), "office");

		Map<String, String> stored = new LinkedHashMap<>();
		database.dsl.selectFrom(ACTIVITY_RECORD).orderBy(ACTIVITY_RECORD.ID).forEach(record -> {
			String column = expected.get(record.getId()).split("=")[0];
			String value = switch (column) {
				case "kind" -> record.getKind();
				case "subtype" -> record.getSubtype();
				case "level" -> record.getLevelReached();
				case "status" -> record.getStatus();
				case "satisfaction" -> record.getSatisfaction();
				default -> String.valueOf(record.getConverted());
			};
			stored.put(record.getId(), column + "=" + value);
		});
		assertThat(stored).isEqualTo(expected);
	}

	@Test
	void everyCommitteeTypeLabelIsAcceptedInBothLanguages() {
		StringBuilder csv = new StringBuilder("code,name,type,year,members\n");
		List<String> codes = new ArrayList<>();
		for (Locale locale : Messages.LANGUAGES) {
			labels(locale, "type.").forEach((code, label) -> {
				String committee = "C" + codes.size();
				csv.append(committee).append(",名").append(codes.size()).append(',').append(label).append(",2024,10\n");
				codes.add(committee + "=" + code);
			});
		}
		importer.importCommittees("committees.csv", utf8(csv.toString()), "office");

		assertThat(database.dsl.selectFrom(COMMITTEE)
			.orderBy(COMMITTEE.CODE)
			.fetch(committee -> committee.getCode() + "=" + committee.getType()))
			.containsExactlyInAnyOrderElementsOf(codes);
		assertThat(Set.copyOf(codes)).hasSize(6);
	}

	/**
	 * The labels under {@code prefix} in the bundle of {@code locale}: the key's last
	 * part → the label.
	 */
	private static Map<String, String> labels(Locale locale, String prefix) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : Messages.keys(locale)) {
			if (key.startsWith(prefix)) {
				labels.put(key.substring(prefix.length()), Messages.text(locale, key));
			}
		}
		return labels;
	}

}
