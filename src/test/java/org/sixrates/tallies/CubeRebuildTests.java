package org.sixrates.tallies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.db.Tables.TALLY_CELL;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.sixrates.cli.RebuildCubeCommand;
import org.sixrates.importing.Importer;
import org.sixrates.db.tables.records.TallyCellRecord;
import org.sixrates.testing.RecordCells;
import org.sixrates.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A kept cube put out of step behind the application's back (a cell deleted, another
 * doubled) is made again from the records by the city office, from the import page, the
 * API or the command line: the cells are then the records' again, the rebuild is audited,
 * and the ranking is scored from them.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:cube-rebuild", "sixrates.demo-data=true" })
@AutoConfigureMockMvc
class CubeRebuildTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	DSLContext dsl;

	@Test
	void theOfficeRebuildsACubeOutOfStepFromTheApiAndThePage() throws Exception {
		Map<CellKey, CellSums> records = RecordCells.grouped(dsl);
		String ranking = mvc.perform(get("/api/rankings/2025").with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int cells = dsl.fetchCount(TALLY_CELL);
		outOfStep(dsl);
		assertThat(RecordCells.kept(dsl)).isNotEqualTo(records);

		mvc.perform(post("/api/cube/rebuild").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cells").value(cells));
		assertThat(RecordCells.kept(dsl)).isEqualTo(records);
		assertThat(mvc.perform(get("/api/rankings/2025").with(ADMIN)).andReturn().getResponse().getContentAsString())
			.isEqualTo(ranking);
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("CUBE_REBUILT"), AUDIT_EVENT.USERNAME.eq("admin")))
			.isEqualTo(1);

		outOfStep(dsl);
		mvc.perform(post("/import/cube/rebuild").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/import#cube"))
			.andExpect(flash().attribute("cubeRebuilt", cells));
		assertThat(RecordCells.kept(dsl)).isEqualTo(records);
		mvc.perform(get("/api/cube").with(ADMIN)).andExpect(jsonPath("$.cells").value(cells));
	}

	@Test
	@DisabledIfSystemProperty(named = "sixrates.test.database", matches = "postgres",
			disabledReason = "the command is given the H2 file's URL; the API test covers PostgreSQL")
	void theCommandRebuildsTheCubeOfTheDatabaseItIsGiven(@TempDir Path folder) {
		TestDatabase.Address address = TestDatabase.freshFile(folder);
		TestDatabase database = TestDatabase.open(address);
		Map<CellKey, CellSums> records;
		try {
			Importer importer = new Importer(database.dsl, Clock.systemUTC());
			importer.importCommittees("committees.csv", utf8("code,name,type,year,members\nK1,K1,COUNTY,2024,10\n"),
					"test");
			importer.importRecords("records.csv", utf8("""
					id,committee,year,kind,status,score
					P1,K1,2024,PROPOSAL,COMPLETED,
					P2,K1,2024,PROPOSAL,FILED,
					F1,K1,2024,FEEDBACK,,88.5
					"""), "test");
			records = RecordCells.grouped(database.dsl);
			outOfStep(database.dsl);
		}
		finally {
			database.shutdown();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = RebuildCubeCommand.run(
				List.of("--spring.datasource.url=" + address.url(), "--spring.datasource.username=" + address.user(),
						"--spring.datasource.password=" + address.password()),
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

		assertThat(code).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("rebuild-cube: 3 cells" + System.lineSeparator());
		TestDatabase again = TestDatabase.open(address);
		try {
			assertThat(RecordCells.kept(again.dsl)).isEqualTo(records);
		}
		finally {
			again.shutdown();
		}
	}

	/** One cell deleted and another's count doubled, behind the application's back. */
	private static void outOfStep(DSLContext dsl) {
		var cells = dsl.selectFrom(TALLY_CELL).orderBy(TALLY_CELL.fields()).limit(2).fetch();
		dsl.deleteFrom(TALLY_CELL).where(key(cells.get(0))).execute();
		dsl.update(TALLY_CELL)
			.set(TALLY_CELL.RECORDS, cells.get(1).getRecords() * 2)
			.where(key(cells.get(1)))
			.execute();
	}

	private static org.jooq.Condition key(TallyCellRecord cell) {
		return TALLY_CELL.COMMITTEE.eq(cell.getCommittee())
			.and(TALLY_CELL.YEAR.eq(cell.getYear()))
			.and(TALLY_CELL.KIND.eq(cell.getKind()))
			.and(TALLY_CELL.SUBTYPE.eq(cell.getSubtype()))
			.and(TALLY_CELL.LEVEL_REACHED.eq(cell.getLevelReached()))
			.and(TALLY_CELL.STATUS.eq(cell.getStatus()))
			.and(TALLY_CELL.CONVERTED.eq(cell.getConverted()))
			.and(TALLY_CELL.SATISFACTION.eq(cell.getSatisfaction()))
			.and(TALLY_CELL.REVIEW.eq(cell.getReview()));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
