package org.sixrates.importing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.sixrates.db.Tables.IMPORT_LOG;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.importing.ImportResult;
import org.sixrates.importing.Importer;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.records.SampleRecords;
import org.sixrates.web.WebTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import page: forms, the outcome of an upload and the log. */
@WebTest
class ImportPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Importer importer;

	@Autowired
	private DSLContext dsl;

	@BeforeEach
	void emptyTables() {
		SampleRecords.clear(dsl);
	}

	@Test
	void thePageOffersBothUploads() throws Exception {
		mvc.perform(get("/import"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("action=\"/import/committees\""), containsString("action=\"/import/records\""),
							containsString("enctype=\"multipart/form-data\""), containsString("尚无导入记录"))));
	}

	@Test
	void theLogShowsTheLatestImportsNewestFirst() throws Exception {
		log("clerk-dh", OffsetDateTime.of(2024, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8)), "committees.csv",
				"COMMITTEES", 4, 0);
		log("clerk-xs", OffsetDateTime.of(2024, 3, 2, 14, 5, 0, 0, ZoneOffset.ofHours(8)), "records-xs.csv", "RECORDS",
				12, 3);
		String page = mvc.perform(get("/import")).andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page)
			.contains("2024-03-02 14:05:00", "clerk-xs", "records-xs.csv", "履职记录", "2024-03-01 09:30:00", "单位名册")
			.containsSubsequence("records-xs.csv", "committees.csv");
	}

	@Test
	void aClerkSeesItsOwnImportsOnly() throws Exception {
		log("clerk-dh", OffsetDateTime.of(2024, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8)), "records-dh.csv", "RECORDS",
				4, 0);
		log("clerk-xs", OffsetDateTime.of(2024, 3, 2, 14, 5, 0, 0, ZoneOffset.ofHours(8)), "records-xs.csv", "RECORDS",
				12, 3);
		String page = mvc
			.perform(get("/import").with(user("clerk-dh").authorities(new SimpleGrantedAuthority("ROLE_CLERK"),
					new SimpleGrantedAuthority("COMMITTEE_DH"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page).contains("records-dh.csv").doesNotContain("records-xs.csv");
	}

	@Test
	void aGoodUploadRedirectsWithItsCounts() throws Exception {
		given(importer.importRecords(any(Upload.class), anyString(), any(), any()))
			.willReturn(new ImportResult("records-dh.csv", ImportApiTests.SHA, 10, 2));
		mvc.perform(multipart("/import/records").with(csrf())
			.file(new MockMultipartFile("file", "records-dh.csv", "text/csv", "id,committee\n".getBytes())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/import"))
			.andExpect(flash().attributeExists("result"));
		mvc.perform(get("/import").flashAttr("result", new ImportResult("records-dh.csv", ImportApiTests.SHA, 10, 2)))
			.andExpect(content().string(containsString("已导入 records-dh.csv：新增 10 行，更新 2 行。")));
	}

	@Test
	void aRefusedUploadShowsEveryErrorInATable() throws Exception {
		given(importer.importCommittees(any(Upload.class), anyString(), any())).willThrow(new BadInputException(List.of(
				new InputError("committees.csv", 3, 3, "type", "TOWN",
						"one of COUNTY (县), DISTRICT (区), CITY_COUNTY (县级市)"),
				new InputError("committees.csv", 5, 5, "members", "-4", "a whole number ≥ 0"))));
		mvc.perform(multipart("/import/committees").with(csrf())
			.file(new MockMultipartFile("file", "committees.csv", "text/csv", "code,name\n".getBytes())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("文件 committees.csv 未导入：发现 2 处错误，未写入任何数据。"),
					containsString("<td class=\"num\">3</td>"), containsString("<code>TOWN</code>"),
					containsString("one of COUNTY (县), DISTRICT (区), CITY_COUNTY (县级市)"),
					containsString("<code>-4</code>"), containsString("a whole number ≥ 0"))));
	}

	private void log(String by, OffsetDateTime at, String file, String content, int added, int updated) {
		dsl.insertInto(IMPORT_LOG)
			.set(IMPORT_LOG.IMPORTED_BY, by)
			.set(IMPORT_LOG.IMPORTED_AT, at)
			.set(IMPORT_LOG.FILE_NAME, file)
			.set(IMPORT_LOG.CONTENT, content)
			.set(IMPORT_LOG.SHA256, ImportApiTests.SHA)
			.set(IMPORT_LOG.ROWS_ADDED, added)
			.set(IMPORT_LOG.ROWS_UPDATED, updated)
			.execute();
	}

}
