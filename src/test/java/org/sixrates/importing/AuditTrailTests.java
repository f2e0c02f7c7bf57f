package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sixrates.input.ForeignRowsException;
import org.sixrates.db.tables.records.AuditEventRecord;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Status;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.tallies.TallyRepository;

/**
 * Every import and edit leaves an audit event and the before and after of each row it
 * changed; an import of records counts the records it adds, which are its file's rows.
 */
class AuditTrailTests extends ImportingFixture {

	static final String RECORDS = """
			id,committee,year,kind,title,date,status
			P1,LC,2024,PROPOSAL,关于养老的提案,2024-03-01,FILED
			P2,LC,2024,PROPOSAL,关于托育的提案,2024-04-01,FILED
			""";

	static final String P1_FILED = "{\"year\":2024,\"kind\":\"PROPOSAL\",\"subtype\":null,\"title\":\"关于养老的提案\","
			+ "\"date\":\"2024-03-01\",\"level\":\"NONE\",\"status\":\"FILED\",\"converted\":false,"
			+ "\"satisfaction\":null,\"quantity\":0,\"score\":null,\"review\":\"APPROVED\"}";

	@Test
	void anImportIsOneEventWithEachAddedRowAfterOnly() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");

		AuditEventRecord event = database.dsl.selectFrom(AUDIT_EVENT).fetchSingle();
		assertThat(event.getUsername()).isEqualTo("office");
		assertThat(event.getHappenedAt().toInstant()).isEqualTo(NOW);
		assertThat(event.getAction()).isEqualTo("IMPORT");
		assertThat(event.getContent()).isEqualTo("COMMITTEES");
		assertThat(event.getCommittee()).isNull();
		assertThat(event.getFileName()).isEqualTo("committees.csv");
		// sha256sum of COMMITTEES as UTF-8, as in ImportLogTests
		assertThat(event.getSha256()).isEqualTo("09091047c94f2931788f312ad0c43ffbd4d1b6d0fade37375a807ba76c3c98c4");
		assertThat(List.of(event.getRowsAdded(), event.getRowsUpdated())).containsExactly(4, 0);
		assertThat(changes())
			.extracting(c -> c.get("entity"), c -> c.get("committee"), c -> c.get("entity_key"),
					c -> c.get("before_value"), c -> c.get("after_value"))
			.containsExactly(
					tuple("COMMITTEE_YEAR", "LC", "2024", null,
							"{\"name\":\"鹿城区\",\"type\":\"DISTRICT\",\"members\":120}"),
					tuple("COMMITTEE_YEAR", "LC", "2025", null,
							"{\"name\":\"鹿城区\",\"type\":\"DISTRICT\",\"members\":125}"),
					tuple("COMMITTEE_YEAR", "RA", "2024", null,
							"{\"name\":\"瑞安市\",\"type\":\"CITY_COUNTY\",\"members\":150}"),
					tuple("COMMITTEE_YEAR", "YJ", "2024", null,
							"{\"name\":\"永嘉县\",\"type\":\"COUNTY\",\"members\":98}"));
	}

	@Test
	void aReimportAuditsTheRecordsThatChangedWithBeforeAndAfterAndSkipsTheSameOnes() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		importer.importRecords("records.csv", utf8(RECORDS), "office");
		importer.importRecords("records-2.csv", utf8(RECORDS.replace("2024-03-01,FILED", "2024-03-01,COMPLETED")),
				"office");

		AuditEventRecord last = database.dsl.selectFrom(AUDIT_EVENT)
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(1)
			.fetchSingle();
		assertThat(last.getFileName()).isEqualTo("records-2.csv");
		// both rows were known: 0 added, 2 updated, of which only P1 changed
		assertThat(List.of(last.getRowsAdded(), last.getRowsUpdated())).containsExactly(0, 2);
		List<Map<String, Object>> changes = database.dsl.selectFrom(AUDIT_CHANGE)
			.where(AUDIT_CHANGE.EVENT_ID.eq(last.getId()))
			.fetchMaps();
		assertThat(changes).hasSize(1);
		assertThat(changes.get(0)).containsEntry("entity", "RECORD")
			.containsEntry("committee", "LC")
			.containsEntry("entity_key", "P1")
			.containsEntry("before_value", P1_FILED)
			.containsEntry("after_value", P1_FILED.replace("FILED", "COMPLETED"));
	}

	@Test
	void aClerksFileWithAnotherCommitteesRowIsRefusedWholeNamingTheLinesAndChangesNothing() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		var before = database.contents();
		long events = database.dsl.fetchCount(AUDIT_EVENT);
		String file = """
				id,committee,year,kind
				P1,LC,2024,PROPOSAL
				R1,RA,2024,PROPOSAL
				P2,鹿城区,2024,PROPOSAL
				Y1,YJ,2024,ACTIVITY
				""";

		ForeignRowsException refused = catchThrowableOfType(ForeignRowsException.class,
				() -> importer.importRecords("lc.csv", utf8(file), "clerk-lc", "LC"));

		assertThat(refused.errors()).extracting(InputError::line, InputError::field, InputError::value)
			.containsExactly(tuple(3, "committee", "RA"), tuple(5, "committee", "YJ"));
		assertThat(refused.errors().get(0).message()).isEqualTo(
				"lc.csv: line 3, column 2 (committee): \"RA\" — committee LC only: a clerk imports the records of its own committee");
		assertThat(database.contents()).isEqualTo(before);
		assertThat(database.dsl.fetchCount(AUDIT_EVENT)).isEqualTo(events);
	}

	@Test
	void aClerksOwnFileIsImportedAndItsEventNamesTheCommittee() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");

		ImportResult result = importer.importRecords("lc.csv", utf8(RECORDS), "clerk-lc", "LC");

		assertThat(result.added()).isEqualTo(2);
		AuditEventRecord last = database.dsl.selectFrom(AUDIT_EVENT)
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(1)
			.fetchSingle();
		assertThat(last.getCommittee()).isEqualTo("LC");
		assertThat(last.getUsername()).isEqualTo("clerk-lc");
	}

	@Test
	void aRecordsImportCountsTheRecordsItAddsWithoutARowForEach() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");

		importer.importRecords("records.csv", utf8(RECORDS), "office");

		AuditEventRecord last = database.dsl.selectFrom(AUDIT_EVENT)
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(1)
			.fetchSingle();
		assertThat(List.of(last.getRowsAdded(), last.getRowsUpdated())).containsExactly(2, 0);
		// sha256sum of RECORDS as UTF-8: the file that holds the two records
		assertThat(last.getSha256()).isEqualTo("24489b777aa066d01878807f588eb4afc8261b331d88191950440d73dcbdf5ba");
		assertThat(database.dsl.fetchCount(AUDIT_CHANGE, AUDIT_CHANGE.EVENT_ID.eq(last.getId()))).isZero();
	}

	@Test
	void anEditIsAuditedWithBeforeAndAfterAndMovesTheVersionOn() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		importer.importRecords("records.csv", utf8(RECORDS), "office");
		TallyRepository tallies = new TallyRepository(database.dsl);
		long version = tallies.version();
		Map<String, String> form = new LinkedHashMap<>(importer.record("LC", "P1").orElseThrow());
		assertThat(form).containsEntry("title", "关于养老的提案").containsEntry("status", "FILED").containsEntry("score", "");
		form.put("status", "已办结");
		form.put("satisfaction", "满意");

		RecordRow saved = importer.saveRecord("LC", "P1", form, "clerk-lc");

		assertThat(saved.values().get(RecordField.STATUS)).isEqualTo(Status.COMPLETED);
		AuditEventRecord edit = database.dsl.selectFrom(AUDIT_EVENT)
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(1)
			.fetchSingle();
		assertThat(List.of(edit.getAction(), edit.getUsername(), edit.getCommittee())).containsExactly("EDIT",
				"clerk-lc", "LC");
		assertThat(edit.getFileName()).isNull();
		assertThat(List.of(edit.getRowsAdded(), edit.getRowsUpdated())).containsExactly(0, 1);
		Map<String, Object> change = database.dsl.selectFrom(AUDIT_CHANGE)
			.where(AUDIT_CHANGE.EVENT_ID.eq(edit.getId()))
			.fetchSingleMap();
		assertThat(change).containsEntry("before_value", P1_FILED)
			.containsEntry("after_value", P1_FILED.replace("\"FILED\"", "\"COMPLETED\"")
				.replace("\"satisfaction\":null", "\"satisfaction\":\"SATISFIED\""));
		assertThat(tallies.version()).isEqualTo(edit.getId()).isGreaterThan(version);
	}

	@Test
	void aNewRecordIsAuditedAfterOnlyAndItsIdMustBeNew() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		importer.importRecords("records.csv", utf8(RECORDS), "office");

		importer.saveRecord("LC", null,
				Map.of("id", "A1", "year", "2025", "kind", "ACTIVITY", "subtype", "视察", "quantity", "12"), "office");
		BadInputException taken = catchThrowableOfType(BadInputException.class, () -> importer.saveRecord("LC", null,
				Map.of("id", "P1", "year", "2024", "kind", "PROPOSAL"), "office"));

		AuditEventRecord create = database.dsl.selectFrom(AUDIT_EVENT)
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(1)
			.fetchSingle();
		assertThat(create.getAction()).isEqualTo("CREATE");
		Map<String, Object> change = database.dsl.selectFrom(AUDIT_CHANGE)
			.where(AUDIT_CHANGE.EVENT_ID.eq(create.getId()))
			.fetchSingleMap();
		assertThat(change.get("before_value")).isNull();
		assertThat(change.get("after_value"))
			.isEqualTo("{\"year\":2025,\"kind\":\"ACTIVITY\",\"subtype\":\"INSPECTION\","
					+ "\"title\":\"\",\"date\":null,\"level\":\"NONE\",\"status\":\"FILED\",\"converted\":false,"
					+ "\"satisfaction\":null,\"quantity\":12,\"score\":null,\"review\":\"APPROVED\"}");
		assertThat(taken.errors()).extracting(InputError::field, InputError::expected)
			.containsExactly(tuple("id", "an id that committee LC does not use yet"));
	}

	@Test
	void aFormWithBadFieldsNamesEachFieldAndWritesNothing() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		importer.importRecords("records.csv", utf8(RECORDS), "office");
		var before = database.contents();
		long events = database.dsl.fetchCount(AUDIT_EVENT);
		Map<String, String> form = new LinkedHashMap<>(importer.record("LC", "P2").orElseThrow());
		form.put("kind", "PROPSAL");
		form.put("score", "101");
		form.put("year", "2023");

		BadInputException refused = catchThrowableOfType(BadInputException.class,
				() -> importer.saveRecord("LC", "P2", form, "clerk-lc"));

		assertThat(refused.errors()).extracting(InputError::field, InputError::value)
			.containsExactlyInAnyOrder(tuple("year", "2023"), tuple("kind", "PROPSAL"), tuple("score", "101"));
		assertThat(database.contents()).isEqualTo(before);
		assertThat(database.dsl.fetchCount(AUDIT_EVENT)).isEqualTo(events);
	}

	@Test
	void deletingACommitteeRemovesItsYearsAndRecordsAndAuditsEachRowBeforeOnly() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		importer.importRecords("records.csv", utf8(RECORDS), "office");
		long changesBefore = database.dsl.fetchCount(AUDIT_CHANGE);

		Optional<Importer.Deletion> deletion = importer.deleteCommittee("LC", "office");

		// LC had 2024 and 2025 and the two records P1 and P2
		assertThat(deletion).contains(new Importer.Deletion("LC", 2, 2));
		assertThat(database.dsl.select(org.sixrates.db.Tables.COMMITTEE.CODE)
			.from(org.sixrates.db.Tables.COMMITTEE)
			.orderBy(org.sixrates.db.Tables.COMMITTEE.CODE)
			.fetch(org.sixrates.db.Tables.COMMITTEE.CODE)).containsExactly("RA", "YJ");
		assertThat(database.dsl.fetchCount(org.sixrates.db.Tables.COMMITTEE_YEAR)).isEqualTo(2);
		assertThat(database.dsl.fetchCount(org.sixrates.db.Tables.ACTIVITY_RECORD)).isZero();
		AuditEventRecord event = database.dsl.selectFrom(AUDIT_EVENT)
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(1)
			.fetchSingle();
		assertThat(List.of(event.getAction(), event.getContent(), event.getCommittee(), event.getUsername()))
			.containsExactly("DELETE", "COMMITTEES", "LC", "office");
		assertThat(changes().subList((int) changesBefore, (int) changesBefore + 4))
			.extracting(c -> c.get("entity"), c -> c.get("entity_key"), c -> c.get("before_value"),
					c -> c.get("after_value"))
			.containsExactly(tuple("RECORD", "P1", P1_FILED, null),
					tuple("RECORD", "P2", P1_FILED.replace("关于养老的提案", "关于托育的提案").replace("2024-03-01", "2024-04-01"),
							null),
					tuple("COMMITTEE_YEAR", "2024", "{\"name\":\"鹿城区\",\"type\":\"DISTRICT\",\"members\":120}", null),
					tuple("COMMITTEE_YEAR", "2025", "{\"name\":\"鹿城区\",\"type\":\"DISTRICT\",\"members\":125}", null));
		assertThat(importer.deleteCommittee("LC", "office")).isEmpty();
	}

	private List<Map<String, Object>> changes() {
		return database.dsl.selectFrom(AUDIT_CHANGE).orderBy(AUDIT_CHANGE.ID).fetchMaps();
	}

}
