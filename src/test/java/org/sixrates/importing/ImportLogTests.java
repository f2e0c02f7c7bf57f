package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ImportLogTests extends ImportingFixture {

	@Test
	void everyImportIsLoggedWithWhoWhenTheFileItsHashAndItsCounts() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		Importer later = new Importer(database.dsl, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));
		ImportResult result = later.importRecords("quoted.csv", resource("records-quoted.csv"), "clerk of LC");

		// the hashes are sha256sum of records-quoted.csv and of COMMITTEES as UTF-8
		assertThat(new ImportLog(database.dsl).recent(10))
			.extracting(ImportLogEntry::importedBy, ImportLogEntry::importedAt, ImportLogEntry::fileName,
					ImportLogEntry::content, ImportLogEntry::sha256, ImportLogEntry::rowsAdded,
					ImportLogEntry::rowsUpdated)
			.containsExactly(
					tuple("clerk of LC", Instant.parse("2026-03-02T01:31:00Z"), "quoted.csv", ImportContent.RECORDS,
							"2db319cf068ba4003babc66f50b2c5ca5acfefdd5e09ea82e682e9c6573a9550", 3, 0),
					tuple("office", NOW, "committees.csv", ImportContent.COMMITTEES,
							"09091047c94f2931788f312ad0c43ffbd4d1b6d0fade37375a807ba76c3c98c4", 4, 0));
		assertThat(result.sha256()).isEqualTo("2db319cf068ba4003babc66f50b2c5ca5acfefdd5e09ea82e682e9c6573a9550");
	}

	@Test
	void recentListsTheNewestFirstUpToTheLimit() {
		for (int i = 1; i <= 3; i++) {
			new Importer(database.dsl, Clock.fixed(NOW.plusSeconds(i), ZoneOffset.UTC))
				.importCommittees("committees-" + i + ".csv", utf8(COMMITTEES), "office");
		}

		assertThat(new ImportLog(database.dsl).recent(2)).extracting(ImportLogEntry::fileName)
			.containsExactly("committees-3.csv", "committees-2.csv");
	}

	@Test
	void aFileWithoutANameIsLoggedUnderTheNameOfItsKind() {
		ImportResult result = importer.importCommittees(" ", utf8(COMMITTEES), "api");

		assertThat(result.fileName()).isEqualTo("committees.csv");
	}

}
