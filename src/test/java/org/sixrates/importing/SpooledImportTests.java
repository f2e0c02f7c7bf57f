package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.IMPORT_LOG;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The page and the API spool a file to a temporary file of their own (in
 * {@code java.io.tmpdir}, a directory of this test's here) and import it from there, with
 * the real importer: the file is gone when the request ends, whether the file was
 * imported, refused for a bad row, failed while its rows were written, or was over the
 * upload limit (4KB here), and in the last three cases nothing was imported.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:spooled", "sixrates.demo-data=false",
		"sixrates.admin-password=spooled-test", "spring.servlet.multipart.max-file-size=4KB" })
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class SpooledImportTests {

	private static final Path SPOOL = spool();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@DynamicPropertySource
	static void spoolDirectory(DynamicPropertyRegistry registry) {
		registry.add("java.io.tmpdir", SPOOL::toString);
	}

	@AfterAll
	static void removeSpool() throws IOException {
		Files.deleteIfExists(SPOOL);
	}

	@Test
	void aFilePostedToTheApiIsImportedAndItsSpooledFileDeleted() throws Exception {
		committee("OK");
		mvc.perform(post("/api/records").param("file", "records-ok.csv")
			.contentType("text/csv")
			.content(utf8("id,committee,year,kind,title\nP1,OK,2024,PROPOSAL,关于养老的提案\nP2,OK,2024,PROPOSAL,停车\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fileName").value("records-ok.csv"))
			.andExpect(jsonPath("$.added").value(2));

		assertThat(spooled()).isEmpty();
		assertThat(records("OK")).isEqualTo(2);
	}

	@Test
	void aFileRefusedForABadRowLeavesNoSpooledFile() throws Exception {
		committee("BR");
		int logged = dsl.fetchCount(IMPORT_LOG);
		mvc.perform(post("/api/records").contentType("text/csv")
			.content(utf8("id,committee,year,kind\nP1,BR,2024,PROPOSAL\nP2,BR,2024,PROPSAL\n")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("kind"));

		assertThat(spooled()).isEmpty();
		assertThat(records("BR")).isZero();
		assertThat(dsl.fetchCount(IMPORT_LOG)).isEqualTo(logged);
	}

	@Test
	void aFileThatFailsWhileItsRowsAreWrittenLeavesNoSpooledFile() throws Exception {
		committee("WF");
		int logged = dsl.fetchCount(IMPORT_LOG);
		// a row the file's check lets through and the database then refuses
		dsl.execute("alter table activity_record add constraint spooled_test_no_boom check (title <> 'boom')");
		try {
			mvc.perform(post("/api/records").contentType("text/csv")
				.content(utf8("id,committee,year,kind,title\nP1,WF,2024,PROPOSAL,fine\nP2,WF,2024,PROPOSAL,boom\n")))
				.andExpect(status().isInternalServerError());
		}
		finally {
			dsl.execute("alter table activity_record drop constraint spooled_test_no_boom");
		}

		assertThat(spooled()).isEmpty();
		assertThat(records("WF")).isZero();
		assertThat(dsl.fetchCount(IMPORT_LOG)).isEqualTo(logged);
	}

	@Test
	void aBodyOverTheLimitIsA413AndNothingOfItIsKeptOrImported() throws Exception {
		committee("OL");
		int logged = dsl.fetchCount(IMPORT_LOG);
		StringBuilder csv = new StringBuilder("id,committee,year,kind\n");
		for (int i = 1; csv.length() <= 4096; i++) {
			csv.append("P").append(i).append(",OL,2024,PROPOSAL\n");
		}
		mvc.perform(post("/api/records").contentType("text/csv").content(utf8(csv.toString())))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.status").value(413))
			.andExpect(jsonPath("$.detail")
				.value("The file is larger than the limit of 4096 bytes; nothing was imported."));

		assertThat(spooled()).isEmpty();
		assertThat(records("OL")).isZero();
		assertThat(dsl.fetchCount(IMPORT_LOG)).isEqualTo(logged);
	}

	@Test
	void aFileUploadedOnThePageIsImportedOrRefusedAndItsSpooledFileDeletedEitherWay() throws Exception {
		committee("PG");
		mvc.perform(multipart("/import/records").with(csrf())
			.file(new MockMultipartFile("file", "records-pg.csv", "text/csv",
					utf8("id,committee,year,kind\nP1,PG,2024,PROPOSAL\n"))))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/import"));
		assertThat(spooled()).isEmpty();
		assertThat(records("PG")).isEqualTo(1);

		mvc.perform(multipart("/import/records").with(csrf())
			.file(new MockMultipartFile("file", "records-bad.csv", "text/csv",
					utf8("id,committee,year,kind\nP2,PG,2024,PROPSAL\n"))))
			.andExpect(status().isBadRequest());
		assertThat(spooled()).isEmpty();
		assertThat(records("PG")).isEqualTo(1);
	}

	/**
	 * A committee of code {@code code} with the year 2024, no records, nothing spooled.
	 */
	private void committee(String code) throws Exception {
		mvc.perform(post("/api/committees").contentType("text/csv")
			.content(utf8("code,name,type,year,members\n" + code + ",鹿城区" + code + ",DISTRICT,2024,120\n")))
			.andExpect(status().isOk());
		assertThat(spooled()).isEmpty();
	}

	private int records(String committee) {
		return dsl.fetchCount(ACTIVITY_RECORD, ACTIVITY_RECORD.COMMITTEE.eq(committee));
	}

	private static List<Path> spooled() throws IOException {
		try (Stream<Path> files = Files.list(SPOOL)) {
			return files.toList();
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static Path spool() {
		try {
			return Files.createTempDirectory("sixrates-spool-test");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
