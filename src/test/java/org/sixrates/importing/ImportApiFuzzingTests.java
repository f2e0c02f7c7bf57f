package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.sixrates.testing.Mutations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Damaged files sent to the import API of the real application: every one is imported
 * (200) or refused with its errors as a problem detail (400) and changes nothing — never
 * a 500.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:import-api-fuzzing", "sixrates.demo-data=true" })
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class ImportApiFuzzingTests {

	private static final int FILES = 120;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@Test
	void damagedRecordsFilesAreImportedOrRefusedWholeNeverAServerError() throws Exception {
		List<String> demo = openYear(Path.of("src/main/resources/demo/records.csv"));
		// the header and a slice of the demo city's records, in several shapes
		String slice = String.join("\r\n", demo.subList(0, 40)) + "\r\n";
		send("/api/records",
				Mutations.of(Arbitraries.of(slice, slice.replace(",", ",  "), String.join("\n", demo.subList(0, 3)))));
	}

	@Test
	void damagedCommitteesFilesAreImportedOrRefusedWholeNeverAServerError() throws Exception {
		String committees = String.join("\n", openYear(Path.of("src/main/resources/demo/committees.csv"))) + "\n";
		send("/api/committees", Mutations.of(Arbitraries.of(committees)));
	}

	private void send(String url, Arbitrary<byte[]> files) throws Exception {
		int refused = 0;
		for (byte[] file : files.sampleStream().limit(FILES).toList()) {
			long[] before = counts();
			MockHttpServletResponse response = mvc.perform(post(url).contentType("text/csv").content(file))
				.andReturn()
				.getResponse();
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			assertThat(response.getStatus()).as(body).isIn(200, 400);
			if (response.getStatus() == 400) {
				refused++;
				assertThat(response.getContentType()).startsWith("application/problem+json");
				assertThat(body).contains("\"errors\"", "\"line\"", "\"expected\"").doesNotContain("Exception");
				assertThat(counts()).as("a refused file changes nothing").containsExactly(before);
			}
		}
		// the damage is real: many files are refused (76 to 85 of 120 in trial runs)
		assertThat(refused).isGreaterThan(FILES / 4);
	}

	/**
	 * The header and the rows of the demo city's open year, 2025: its earlier years are
	 * published, and take no change at all.
	 */
	private static List<String> openYear(Path file) throws java.io.IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String> open = new java.util.ArrayList<>(List.of(lines.get(0)));
		lines.stream().skip(1).filter(line -> line.contains(",2025,")).forEach(open::add);
		return open;
	}

	/** Records, committee years and audit events: what an import would change. */
	private long[] counts() {
		return new long[] { dsl.fetchCount(ACTIVITY_RECORD), dsl.fetchCount(COMMITTEE_YEAR),
				dsl.fetchCount(AUDIT_EVENT) };
	}

}
