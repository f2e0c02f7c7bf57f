package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.CallbackExecuteListener;
import org.junit.jupiter.api.Test;

class TransactionTests extends ImportingFixture {

	@Test
	void whenTheLogCannotBeWrittenTheRowsAreNotImportedEither() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		Map<String, List<Map<String, Object>>> before = database.contents();
		DSLContext failingLog = database.dsl.configuration()
			.derive(new CallbackExecuteListener().onExecuteStart(context -> {
				if (context.sql().contains("import_log")) {
					throw new DataAccessException("disk full");
				}
			}))
			.dsl();
		Importer importer = new Importer(failingLog, Clock.fixed(NOW, ZoneOffset.UTC));

		assertThatThrownBy(() -> importer.importRecords("records.csv", resource("records-quoted.csv"), "clerk"))
			.hasMessageContaining("disk full");
		assertThatThrownBy(() -> importer.importCommittees("committees.csv",
				utf8("code,name,type,year,members\nWZ,温州,CITY_COUNTY,2024,10\n"), "office"))
			.hasMessageContaining("disk full");

		assertThat(database.contents()).isEqualTo(before);
	}

}
