package org.sixrates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A clerk's work with the real importer and database: its own records imported and
 * edited, and audited; another committee's rows refused with the lines named and nothing
 * written.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:clerk", "sixrates.demo-data=false",
		"sixrates.admin-password=clerk-work" })
@AutoConfigureMockMvc
class ClerkWorkTests {

	private static final String COMMITTEES = """
			code,name,type,year,members
			LC,鹿城区,DISTRICT,2024,120
			RA,瑞安市,CITY_COUNTY,2024,150
			""";

	private static final RequestPostProcessor CLERK_LC = user("clerk-lc")
		.authorities(Users.authorities(Role.CLERK, "LC"));

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Importer importer;

	@BeforeEach
	void cityWithTwoCommittees() {
		dsl.deleteFrom(org.sixrates.db.Tables.AUDIT_CHANGE).execute();
		dsl.deleteFrom(AUDIT_EVENT).execute();
		dsl.deleteFrom(ACTIVITY_RECORD).execute();
		dsl.deleteFrom(org.sixrates.db.Tables.TALLY_CELL).execute();
		importer.importCommittees("committees.csv", COMMITTEES.getBytes(StandardCharsets.UTF_8), "office");
	}

	@Test
	void aClerksApiFileWithAnotherCommitteesRowsIsA403ListingThemAndNothingIsImported() throws Exception {
		long events = dsl.fetchCount(AUDIT_EVENT);
		mvc.perform(post("/api/records").param("file", "lc.csv")
			.contentType("text/csv")
			.content("id,committee,year,kind\nP1,LC,2024,PROPOSAL\nR1,RA,2024,PROPOSAL\n")
			.with(CLERK_LC))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").value("1 row(s) of another committee in lc.csv; nothing was imported"))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].value").value("RA"));
		assertThat(dsl.fetchCount(ACTIVITY_RECORD)).isZero();
		assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(events);
	}

	@Test
	void aClerksUploadWithAnotherCommitteesRowsShowsTheLinesWith403() throws Exception {
		mvc.perform(multipart("/import/records")
			.file(new MockMultipartFile("file", "lc.csv", "text/csv",
					"id,committee,year,kind\nR1,RA,2024,PROPOSAL\nP1,LC,2024,PROPOSAL\n"
						.getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(CLERK_LC))
			.andExpect(status().isForbidden())
			.andExpect(content().string(allOf(containsString("id=\"error-table\""), containsString("<code>RA</code>"),
					containsString("只能是单位 LC"))));
		assertThat(dsl.fetchCount(ACTIVITY_RECORD)).isZero();
	}

	@Test
	void aClerkAddsAndEditsItsRecordAndTheCityOfficeReadsTheDiffInTheAuditTrail() throws Exception {
		mvc.perform(post("/records/LC/new").param("id", "P1")
			.param("year", "2024")
			.param("kind", "PROPOSAL")
			.param("title", "关于养老的提案")
			.param("status", "FILED")
			.with(csrf())
			.with(CLERK_LC)).andExpect(status().isFound()).andExpect(redirectedUrl("/records/LC/P1"));
		mvc.perform(get("/records/LC/P1/edit").with(CLERK_LC))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"关于养老的提案\"")));
		mvc.perform(post("/records/LC/P1/edit").param("year", "2024")
			.param("kind", "PROPOSAL")
			.param("title", "关于养老的提案")
			.param("status", "COMPLETED")
			.with(csrf())
			.with(CLERK_LC)).andExpect(status().isFound());
		assertThat(dsl.select(ACTIVITY_RECORD.STATUS).from(ACTIVITY_RECORD).fetchOne(ACTIVITY_RECORD.STATUS))
			.isEqualTo("COMPLETED");

		mvc.perform(get("/audit").param("committee", "LC").param("user", "clerk-lc").param("lang", "en").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2 events, page 1 of 1"), containsString("Edit of"),
					containsString("<td>Status</td>"), containsString("<td class=\"before\">Filed</td>"),
					containsString("<td>Completed</td>"), containsString("class=\"changed\""))));
		mvc.perform(get("/audit").param("user", "someone-else").param("lang", "en").with(ADMIN))
			.andExpect(content().string(containsString("0 events, page 1 of 1")));
	}

	@Test
	void theAuditOfAnImportCountsTheRecordsItAddsAndNamesTheFileThatHoldsThem() throws Exception {
		byte[] file = "id,committee,year,kind\nP1,LC,2024,PROPOSAL\nP2,LC,2024,PROPOSAL\n"
			.getBytes(StandardCharsets.UTF_8);
		importer.importRecords("lc.csv", file, "clerk-lc", "LC");

		// sha256sum of the file; the clerk's event alone, not the committees file's
		mvc.perform(get("/audit").param("user", "clerk-lc").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("63203e15eed0e9ffdd3347e27c9ba40e9f0f8d2598b726abaf21c996c08764a5"),
						containsString("新增 2 行，更新 0 行；0 行逐条记入审计"), containsString("新增的 2 条记录即该文件的行，不逐条列出"),
						not(containsString("class=\"added\"")))));
	}

	@Test
	void aClerksRecordListIsItsOwnCommitteesAndOffersNoOther() throws Exception {
		importer.importRecords("all.csv",
				"id,committee,year,kind\nP1,LC,2024,PROPOSAL\nR1,RA,2024,PROPOSAL\n".getBytes(StandardCharsets.UTF_8),
				"office");

		mvc.perform(get("/records").with(CLERK_LC))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<code>P1</code>"), not(containsString("<code>R1</code>")),
					containsString("<option value=\"LC\""), not(containsString("<option value=\"RA\"")),
					containsString("href=\"/records/LC/P1/edit\""), containsString("id=\"new-record\""))));
		mvc.perform(get("/api/records").with(CLERK_LC))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.records[0].id").value("P1"));
		mvc.perform(get("/records").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(allOf(containsString("<code>R1</code>"), not(containsString("/edit\"")),
					not(containsString("id=\"new-record\"")))));
	}

	@Test
	void aFormWithABadFieldShowsTheErrorBesideItAndSavesNothing() throws Exception {
		mvc.perform(post("/records/LC/new").param("id", "P1")
			.param("year", "2024")
			.param("kind", "PROPOSAL")
			.param("score", "101")
			.param("lang", "en")
			.with(csrf())
			.with(CLERK_LC))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"error-score\""), containsString("“101”"),
					not(containsString("id=\"error-kind\"")),
					// what was entered is kept: the kind chosen stays selected
					containsString("value=\"PROPOSAL\" selected=\"selected\""))));
		assertThat(dsl.fetchCount(ACTIVITY_RECORD)).isZero();
	}

}
