package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.testing.TestDatabase;

/**
 * A migrated database with an importer on a fixed clock, and the files the tests import.
 */
abstract class ImportingFixture {

	static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

	/** LC has 2024 and 2025, RA and YJ only 2024. */
	static final String COMMITTEES = """
			code,name,type,year,members
			LC,鹿城区,DISTRICT,2024,120
			LC,鹿城区,DISTRICT,2025,125
			RA,瑞安市,CITY_COUNTY,2024,150
			YJ,永嘉县,COUNTY,2024,98
			""";

	TestDatabase database;

	Importer importer;

	@BeforeEach
	void migrate() {
		database = TestDatabase.migrated();
		importer = new Importer(database.dsl, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@AfterEach
	void shutdown() {
		database.shutdown();
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] resource(String name) {
		try (InputStream in = ImportingFixture.class.getResourceAsStream("/importing/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The errors {@code importing} fails with, after checking that it changed nothing at
	 * all, each with what it expected in English, so that a test compares the text a
	 * reader of the English page or of the command line sees.
	 */
	List<InputError> errorsOf(Runnable importing) {
		Map<String, List<Map<String, Object>>> before = database.contents();
		BadInputException failure = catchThrowableOfType(BadInputException.class, importing::run);
		assertThat(failure).as("a BadInputException").isNotNull();
		assertThat(database.contents()).isEqualTo(before);
		return failure.errors()
			.stream()
			.map(error -> new InputError(error.file(), error.line(), error.column(), error.field(), error.value(),
					error.expected()))
			.toList();
	}

	List<InputError> committeeErrors(String csv) {
		return errorsOf(() -> importer.importCommittees("committees.csv", utf8(csv), "clerk"));
	}

	List<InputError> recordErrors(String csv) {
		return errorsOf(() -> importer.importRecords("records.csv", utf8(csv), "clerk"));
	}

}
