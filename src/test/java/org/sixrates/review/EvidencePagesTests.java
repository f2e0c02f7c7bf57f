package org.sixrates.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.db.Tables.EVIDENCE;
import static org.sixrates.review.EvidenceCity.ADMIN;
import static org.sixrates.review.EvidenceCity.CLERK_LC;
import static org.sixrates.review.EvidenceCity.CLERK_RA;
import static org.sixrates.review.EvidenceCity.VIEWER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
import org.sixrates.input.Sha256;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The evidence section of a record's edit page: the list with its download links and
 * delete buttons, the upload form, what the page says after an upload, a refusal or a
 * deletion, and who may do any of it.
 */
@EvidenceTest
class EvidencePagesTests {

	private static final String EDIT = "/records/LC/P1/edit";

	private static final String UPLOAD = "/records/LC/P1/evidence";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Importer importer;

	@LocalServerPort
	private int port;

	@BeforeEach
	void twoCommitteesWithARecordEach() {
		EvidenceCity.reset(dsl, importer);
	}

	@Test
	void aStoredRecordsPageOffersTheUploadFormAndSaysThereIsNoEvidenceYet() throws Exception {
		mvc.perform(get(EDIT).with(CLERK_LC))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"evidence\""), containsString("id=\"evidence-none\""),
					containsString("action=\"/records/LC/P1/evidence\""),
					containsString("enctype=\"multipart/form-data\""), containsString("name=\"_csrf\""),
					containsString("每个不超过 10MB"))));
		// a new record has none to show
		mvc.perform(get("/records/LC/new").with(CLERK_LC))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"evidence\""))));
	}

	@Test
	void anUploadGoesBackToTheRecordWhichListsTheFileWithItsLinks() throws Exception {
		byte[] pdf = EvidenceSamples.pdf();
		String sha256 = Sha256.hex(pdf);
		MvcResult uploaded = upload(UPLOAD, "批示件.pdf", pdf, CLERK_LC).andExpect(status().isFound())
			.andExpect(redirectedUrl(EDIT + "#evidence"))
			.andExpect(flash().attribute("evidenceAdded", "批示件.pdf"))
			.andReturn();

		mvc.perform(get(EDIT).with(CLERK_LC).flashAttrs(uploaded.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"evidence-added\""),
					containsString("已添加佐证材料 批示件.pdf"), containsString("id=\"evidence-table\""),
					containsString("href=\"/records/LC/P1/evidence/" + sha256 + "\""), containsString(">批示件.pdf</a>"),
					containsString("<td>PDF</td>"), containsString("<td>clerk-lc</td>"),
					containsString("action=\"/records/LC/P1/evidence/" + sha256 + "/delete\""))));
		mvc.perform(get(EDIT).param("lang", "en").with(ADMIN))
			.andExpect(content().string(allOf(containsString("Evidence"), containsString("Uploaded by"),
					containsString(pdf.length + "B"))));
	}

	@Test
	void theRecordsPageDownloadsTheFileAsAnAttachment() throws Exception {
		byte[] jpeg = EvidenceSamples.jpeg();
		upload(UPLOAD, "现场照片.jpg", jpeg, CLERK_LC).andExpect(status().isFound());
		String disposition = mvc.perform(get(UPLOAD + "/" + Sha256.hex(jpeg)).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "no-store, private"))
			.andExpect(content().bytes(jpeg))
			.andReturn()
			.getResponse()
			.getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment;")
			.contains("filename*=UTF-8''" + EvidenceApiTests.rfc5987("现场照片.jpg"));
	}

	@Test
	void aRefusedFileIsExplainedOnTheRecordsPageAndNothingIsStored() throws Exception {
		MvcResult refused = upload(UPLOAD, "x.png", EvidenceSamples.pdf(), CLERK_LC).andExpect(status().isFound())
			.andExpect(redirectedUrl(EDIT + "#evidence"))
			.andReturn();
		assertThat(dsl.fetchCount(EVIDENCE)).isZero();
		assertThat(dsl.fetchCount(AUDIT_EVENT)).isZero();

		mvc.perform(get(EDIT).with(CLERK_LC).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(allOf(containsString("id=\"evidence-refused\""), containsString("文件未添加"),
					containsString("此文件是 PDF 文件，文件名应以 .pdf 结尾，而不是 .png"))));
	}

	@Test
	void theSameFileAgainIsNotAddedTwiceAndThePageSaysSo() throws Exception {
		byte[] png = EvidenceSamples.png();
		upload(UPLOAD, "a.png", png, CLERK_LC).andExpect(flash().attribute("evidenceAdded", "a.png"));
		upload(UPLOAD, "b.png", png, CLERK_LC).andExpect(flash().attribute("evidenceKnown", "a.png"));
		assertThat(dsl.fetchCount(EVIDENCE)).isEqualTo(1);
	}

	@Test
	void aDeletionGoesBackToTheRecordAndTheFileIsGone() throws Exception {
		byte[] pdf = EvidenceSamples.pdf();
		upload(UPLOAD, "批示件.pdf", pdf, CLERK_LC).andExpect(status().isFound());
		MvcResult deleted = mvc.perform(post(UPLOAD + "/" + Sha256.hex(pdf) + "/delete").with(csrf()).with(CLERK_LC))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(EDIT + "#evidence"))
			.andExpect(flash().attribute("evidenceDeleted", "批示件.pdf"))
			.andReturn();
		assertThat(dsl.fetchCount(EVIDENCE)).isZero();
		mvc.perform(get(EDIT).with(CLERK_LC).flashAttrs(deleted.getFlashMap()))
			.andExpect(
					content().string(allOf(containsString("已删除佐证材料 批示件.pdf"), containsString("id=\"evidence-none\""))));
		assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION))
			.containsExactly("EVIDENCE_ADDED", "EVIDENCE_DELETED");
	}

	@Test
	void anotherCommitteesClerkAndAViewerMayNeitherUploadNorDownloadNorDelete() throws Exception {
		byte[] pdf = EvidenceSamples.pdf();
		upload(UPLOAD, "批示件.pdf", pdf, CLERK_LC).andExpect(status().isFound());
		String file = UPLOAD + "/" + Sha256.hex(pdf);
		for (RequestPostProcessor user : List.of(CLERK_RA, VIEWER)) {
			upload(UPLOAD, "x.png", EvidenceSamples.png(), user).andExpect(status().isForbidden());
			mvc.perform(get(file).with(user)).andExpect(status().isForbidden());
			mvc.perform(post(file + "/delete").with(csrf()).with(user)).andExpect(status().isForbidden());
		}
		// and no form posts without the session's CSRF token
		mvc.perform(post(file + "/delete").with(CLERK_LC)).andExpect(status().isForbidden());
		assertThat(dsl.fetchCount(EVIDENCE)).isEqualTo(1);
		assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).fetch(AUDIT_EVENT.ACTION))
			.containsExactly("EVIDENCE_ADDED");
	}

	@Test
	void aFileOverTheUploadLimitReturnsToTheRecordsPageNamingTheEvidenceLimit() throws Exception {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + EvidenceTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		String boundary = "evidence-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(new byte[21 * 1024 * 1024]);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + UPLOAD))
			.header("Authorization", basic)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), BodyHandlers.ofString());

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(upload.headers().firstValue("Location"))
			.hasValueSatisfying(url -> assertThat(url).endsWith(EDIT + "?tooLarge#evidence"));
		mvc.perform(get(EDIT).param("tooLarge", "").with(ADMIN))
			.andExpect(content()
				.string(allOf(containsString("id=\"evidence-too-large\""), containsString("文件超过 10MB 的上限，未添加。"))));
		assertThat(dsl.fetchCount(EVIDENCE)).isZero();
	}

	private ResultActions upload(String path, String name, byte[] bytes, RequestPostProcessor user) throws Exception {
		return mvc.perform(multipart(path).file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.with(csrf())
			.with(user));
	}

}
