package org.sixrates.tallies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sixrates.testing.RecordCells;
import org.sixrates.testing.TestDatabase;

/**
 * A database that holds records before the cube is kept (migration 7) gets its cube from
 * them when it is migrated: the cells are those of the records, scores summed exactly.
 */
class CubeMigrationTests {

	@Test
	void theMigrationFillsTheCubeFromTheRecordsAlreadyThere(@TempDir Path folder) {
		TestDatabase.Address address = TestDatabase.freshFile(folder);
		DataSource dataSource = TestDatabase.dataSource(address);
		TestDatabase.flyway(address, dataSource).target("7").load().migrate();
		DSLContext dsl = DSL.using(dataSource, address.dialect());
		dsl.execute("insert into assessment_year (year, state) values (2024, 'OPEN')");
		dsl.execute("insert into committee (code, name, type) values ('U1', 'U1', 'COUNTY'), ('U2', 'U2', 'COUNTY')");
		dsl.execute("insert into committee_year (committee, year, members) values ('U1', 2024, 10), ('U2', 2024, 20)");
		dsl.execute("insert into activity_record (committee, id, year, kind, subtype, title, level_reached, status,"
				+ " converted, satisfaction, quantity, score, review) values"
				+ " ('U1', 'F1', 2024, 'FEEDBACK', null, 't', 'NONE', 'FILED', false, 'SATISFIED', 0, 0.1, 'APPROVED'),"
				+ " ('U1', 'F2', 2024, 'FEEDBACK', null, 't', 'NONE', 'FILED', false, 'SATISFIED', 0, 0.2, 'APPROVED'),"
				+ " ('U1', 'F3', 2024, 'FEEDBACK', null, 't', 'NONE', 'FILED', false, 'SATISFIED', 0, 0.3, 'APPROVED'),"
				+ " ('U1', 'A1', 2024, 'ACTIVITY', 'INSPECTION', 't', 'NONE', 'FILED', false, null, 30, null, 'PENDING'),"
				+ " ('U2', 'P1', 2024, 'PROPOSAL', null, 't', 'CITY', 'COMPLETED', true, null, 0, null, 'APPROVED')");

		TestDatabase database = TestDatabase.open(address);
		try {
			assertThat(RecordCells.kept(database.dsl)).hasSize(3).isEqualTo(RecordCells.grouped(database.dsl));
			// the three scores, as written, add up to exactly 0.6
			assertThat(RecordCells.kept(database.dsl).values())
				.anySatisfy(sums -> assertThat(sums.score()).isEqualByComparingTo("0.6"));
		}
		finally {
			database.shutdown();
		}
	}

}
