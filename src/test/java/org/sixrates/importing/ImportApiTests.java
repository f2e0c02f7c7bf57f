package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatcher;
import org.sixrates.importing.ImportResult;
import org.sixrates.importing.Importer;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.web.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/committees} and {@code POST /api/records} with a mocked importer. */
@WebTest
class ImportApiTests {

	static final String SHA = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Importer importer;

	@Autowired
	private MeterRegistry registry;

	@Test
	void aGoodRecordsFileIsImportedAndItsCountsReturned() throws Exception {
		byte[] csv = "id,committee,year,kind,title\nP1,DH,2024,PROPOSAL,关于养老的提案\n".getBytes(StandardCharsets.UTF_8);
		given(importer.importRecords(argThat(holding(null, csv)), eq("admin"), isNull(), isNull()))
			.willReturn(new ImportResult("records.csv", SHA, 3, 2));
		double before = count("sixrates.imports", "records", "outcome", "success");
		double addedBefore = count("sixrates.import.rows", "records", "change", "added");
		mvc.perform(post("/api/records").contentType("text/csv").content(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fileName").value("records.csv"))
			.andExpect(jsonPath("$.sha256").value(SHA))
			.andExpect(jsonPath("$.added").value(3))
			.andExpect(jsonPath("$.updated").value(2));
		assertThat(count("sixrates.imports", "records", "outcome", "success")).isEqualTo(before + 1);
		assertThat(count("sixrates.import.rows", "records", "change", "added")).isEqualTo(addedBefore + 3);
	}

	@Test
	void theFileParameterNamesTheFile() throws Exception {
		given(importer.importCommittees(argThat(named("committees-2024.csv")), eq("admin"), isNull()))
			.willReturn(new ImportResult("committees-2024.csv", SHA, 4, 0));
		mvc.perform(post("/api/committees").param("file", "committees-2024.csv")
			.contentType("text/csv;charset=UTF-8")
			.content("code,name,type,year,members\n"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(4));
		verify(importer).importCommittees(argThat(named("committees-2024.csv")), eq("admin"), isNull());
	}

	@Test
	void aRefusedFileIsABadRequestProblemListingEveryError() throws Exception {
		given(importer.importRecords(any(Upload.class), anyString(), any(), any())).willThrow(new BadInputException(
				List.of(new InputError("records.csv", 7, 4, "kind", "PROPSAL", "one of PROPOSAL (提案), …"),
						new InputError("records.csv", 9, 3, "year", "20x4", "a year such as 2024"))));
		double before = count("sixrates.imports", "records", "outcome", "refused");
		mvc.perform(post("/api/records").contentType("text/csv").content("x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Bad input"))
			.andExpect(jsonPath("$.detail").value("2 error(s) found in records.csv; nothing was imported"))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].file").value("records.csv"))
			.andExpect(jsonPath("$.errors[0].line").value(7))
			.andExpect(jsonPath("$.errors[0].column").value(4))
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].value").value("PROPSAL"))
			.andExpect(jsonPath("$.errors[0].expected").value("one of PROPOSAL (提案), …"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("records.csv: line 7, column 4 (kind): \"PROPSAL\" — one of PROPOSAL (提案), …"))
			.andExpect(jsonPath("$.errors[1].line").value(9));
		assertThat(count("sixrates.imports", "records", "outcome", "refused")).isEqualTo(before + 1);
	}

	@Test
	void anythingButCsvIsRefusedUnread() throws Exception {
		mvc.perform(post("/api/records").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnsupportedMediaType());
		verifyNoInteractions(importer);
	}

	@Test
	void anUnexpectedFailureIsAProblemWithoutInternals() throws Exception {
		given(importer.importCommittees(any(Upload.class), anyString(), any()))
			.willThrow(new IllegalStateException("connection pool exhausted at com.example.Secret"));
		mvc.perform(post("/api/committees").contentType("text/csv").content("x"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Internal error"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Secret"))));
	}

	/** An upload named {@code name} (or not named) that holds {@code bytes}. */
	private static ArgumentMatcher<Upload> holding(String name, byte[] bytes) {
		return upload -> {
			try (InputStream in = upload.open()) {
				return Objects.equals(upload.name(), name) && Arrays.equals(in.readAllBytes(), bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

	private static ArgumentMatcher<Upload> named(String name) {
		return upload -> name.equals(upload.name());
	}

	private double count(String name, String content, String tag, String value) {
		return registry.get(name).tag("content", content).tag(tag, value).counter().count();
	}

}
