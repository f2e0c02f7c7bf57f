package org.sixrates.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.db.Tables.EVIDENCE;
import static org.sixrates.review.EvidenceCity.ADMIN;
import static org.sixrates.review.EvidenceCity.CLERK_LC;
import static org.sixrates.review.EvidenceCity.CLERK_RA;
import static org.sixrates.review.EvidenceCity.VIEWER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
import org.sixrates.input.Sha256;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The evidence API with the real database: a record's clerk and the city office upload,
 * list, download and delete its files, everyone else is refused and nothing changes, a
 * bad file is a 400 saying why, and every file added or deleted is in the audit trail.
 */
@EvidenceTest
class EvidenceApiTests {

	private static final String FILES = "/api/records/LC/P1/evidence";

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
	void aClerkUploadsEvidenceToItsRecordAndFindsItListed() throws Exception {
		byte[] pdf = EvidenceSamples.pdf();
		String sha256 = Sha256.hex(pdf);
		upload(FILES, "批示件.pdf", pdf, CLERK_LC).andExpect(status().isCreated())
			.andExpect(header().string("Location", FILES + "/" + sha256))
			.andExpect(jsonPath("$.sha256").value(sha256))
			.andExpect(jsonPath("$.fileName").value("批示件.pdf"))
			.andExpect(jsonPath("$.mediaType").value("application/pdf"))
			.andExpect(jsonPath("$.size").value(pdf.length))
			.andExpect(jsonPath("$.uploadedBy").value("clerk-lc"))
			.andExpect(jsonPath("$.uploadedAt").isString())
			.andExpect(jsonPath("$.length()").value(6))
			.andExpect(jsonPath("$.content").doesNotExist());

		mvc.perform(get(FILES).with(CLERK_LC))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].sha256").value(sha256))
			.andExpect(jsonPath("$[0].fileName").value("批示件.pdf"))
			.andExpect(jsonPath("$[0].content").doesNotExist());
		mvc.perform(get(FILES).with(ADMIN)).andExpect(jsonPath("$[0].uploadedBy").value("clerk-lc"));
		mvc.perform(get("/api/records/RA/R1/evidence").with(ADMIN)).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void eachKindIsStoredAsTheMediaTypeItsBytesShow() throws Exception {
		Map<String, byte[]> files = Map.of("a.pdf", EvidenceSamples.pdf(), "b.ofd", EvidenceSamples.ofd(), "c.jpg",
				EvidenceSamples.jpeg(), "d.png", EvidenceSamples.png());
		for (var file : files.entrySet()) {
			upload(FILES, file.getKey(), file.getValue(), ADMIN).andExpect(status().isCreated());
		}
		assertThat(dsl.select(EVIDENCE.FILE_NAME, EVIDENCE.MEDIA_TYPE)
			.from(EVIDENCE)
			.fetchMap(EVIDENCE.FILE_NAME, EVIDENCE.MEDIA_TYPE))
			.containsExactlyInAnyOrderEntriesOf(Map.of("a.pdf", "application/pdf", "b.ofd", "application/ofd", "c.jpg",
					"image/jpeg", "d.png", "image/png"));
	}

	@Test
	void theCityOfficeDownloadsTheExactBytesAsAnAttachmentTheBrowserMayNotSniff() throws Exception {
		byte[] png = EvidenceSamples.png();
		upload(FILES, "现场.png", png, CLERK_LC).andExpect(status().isCreated());

		MockHttpServletResponse download = mvc.perform(get(FILES + "/" + Sha256.hex(png)).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "no-store, private"))
			.andExpect(header().longValue("Content-Length", png.length))
			.andReturn()
			.getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(png);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
		// the clerk of the record downloads it too
		mvc.perform(get(FILES + "/" + Sha256.hex(png)).with(CLERK_LC))
			.andExpect(status().isOk())
			.andExpect(content().bytes(png));
	}

	@Test
	void aChineseFileNameDownloadsWithAUtf8FileName() throws Exception {
		byte[] pdf = EvidenceSamples.pdf();
		String name = "关于养老服务的批示件 (市领导).pdf";
		upload(FILES, name, pdf, CLERK_LC).andExpect(status().isCreated());

		String disposition = mvc.perform(get(FILES + "/" + Sha256.hex(pdf)).with(CLERK_LC))
			.andReturn()
			.getResponse()
			.getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''" + rfc5987(name));
		assertThat(org.springframework.http.ContentDisposition.parse(disposition).getFilename()).isEqualTo(name);
	}

	@Test
	void anotherCommitteesClerkAndAViewerAreRefusedEverythingAndNothingChanges() throws Exception {
		byte[] pdf = EvidenceSamples.pdf();
		upload(FILES, "批示件.pdf", pdf, CLERK_LC).andExpect(status().isCreated());
		long events = dsl.fetchCount(AUDIT_EVENT);
		String file = FILES + "/" + Sha256.hex(pdf);
		byte[] png = EvidenceSamples.png();

		for (RequestPostProcessor user : List.of(CLERK_RA, VIEWER)) {
			mvc.perform(get(FILES).with(user)).andExpect(status().isForbidden());
			mvc.perform(get(file).with(user))
				.andExpect(status().isForbidden())
				.andExpect(header().string("Content-Type", "application/problem+json"));
			upload(FILES, "x.png", png, user).andExpect(status().isForbidden());
			mvc.perform(delete(file).with(user)).andExpect(status().isForbidden());
		}
		mvc.perform(get(FILES).with(CLERK_RA))
			.andExpect(jsonPath("$.detail").value(
					"The evidence of committee LC's records is for the city office and the committee's own clerk only"));
		for (ResultActions refused : List.of(mvc.perform(get(FILES).with(anonymous())),
				mvc.perform(get(file).with(anonymous())), upload(FILES, "x.png", png, anonymous()),
				mvc.perform(delete(file).with(anonymous())))) {
			refused.andExpect(status().isUnauthorized());
		}
		// a clerk may not reach its own committee's evidence through another's path
		// either
		upload("/api/records/RA/R1/evidence", "x.png", png, CLERK_LC).andExpect(status().isForbidden());

		assertThat(dsl.fetchCount(EVIDENCE)).isEqualTo(1);
		assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(events);
	}

	@Test
	void everyBadUploadIsA400SayingWhyAndNothingIsStored() throws Exception {
		Map<String, Object[]> bad = Map.ofEntries(
				Map.entry("zero bytes",
						new Object[] { "empty.pdf", new byte[0],
								"empty.pdf: a file with content; this one has 0 bytes" }),
				Map.entry("a program named .pdf", new Object[] { "invoice.pdf", EvidenceSamples.exe(),
						"invoice.pdf: a PDF, OFD, JPEG or PNG file, as its contents show (its name does not count); "
								+ "this file is a program" }),
				Map.entry("HTML named .pdf", new Object[] { "page.pdf", EvidenceSamples.html(),
						"page.pdf: a PDF, OFD, JPEG or PNG file, as its contents show (its name does not count); "
								+ "this file is HTML, XML or SVG text" }),
				Map.entry("SVG", new Object[] { "logo.svg", EvidenceSamples.svgWithDeclaration(),
						"logo.svg: a PDF, OFD, JPEG or PNG file, as its contents show (its name does not count); "
								+ "this file is HTML, XML or SVG text" }),
				Map.entry("a ZIP without OFD.xml", new Object[] { "doc.ofd", EvidenceSamples.zipWithoutOfdXml(),
						"doc.ofd: an OFD file, a ZIP archive with OFD.xml at its root; this ZIP archive has no OFD.xml "
								+ "(PDF, OFD, JPEG and PNG files are taken)" }),
				Map.entry("a PNG named .pdf",
						new Object[] { "photo.pdf", EvidenceSamples.png(),
								"photo.pdf: \".pdf\" — an extension that matches the contents: this is a PNG file, "
										+ "so its name should end in .png, not .pdf" }),
				Map.entry("a path",
						new Object[] { "../../x.pdf", EvidenceSamples.pdf(),
								"../../x.pdf: a file name without a folder: no /, \\ or :, and not . or .. "
										+ "(the name is kept as given, never rewritten)" }),
				Map.entry("a Windows path",
						new Object[] { "C:\\x.pdf", EvidenceSamples.pdf(),
								"C:\\x.pdf: a file name without a folder: no /, \\ or :, and not . or .. "
										+ "(the name is kept as given, never rewritten)" }),
				Map.entry("a control character",
						new Object[] { "a\u0007.pdf", EvidenceSamples.pdf(),
								"a\\u0007.pdf: a file name without control characters or text direction marks" }),
				Map.entry("over the limit",
						new Object[] { "big.pdf", Arrays.copyOf(EvidenceSamples.pdf(), 10 * 1024 * 1024 + 1),
								"big.pdf: a file of at most 10MB; this one has 10.1MB" }));
		long events = dsl.fetchCount(AUDIT_EVENT);
		for (var upload : bad.entrySet()) {
			Object[] file = upload.getValue();
			upload(FILES, (String) file[0], (byte[]) file[1], CLERK_LC).andExpect(status().isBadRequest())
				.andExpect(header().string("Content-Type", "application/problem+json"))
				.andExpect(jsonPath("$.errors.length()").value(1))
				.andExpect(jsonPath("$.errors[0].message").value((String) file[2]));
		}
		assertThat(dsl.fetchCount(EVIDENCE)).isZero();
		assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(events);
	}

	@Test
	void aMultipartWithoutAFileIsA400() throws Exception {
		mvc.perform(
				multipart(FILES).file(new MockMultipartFile("other", "x.pdf", "application/pdf", EvidenceSamples.pdf()))
					.with(CLERK_LC))
			.andExpect(status().isBadRequest());
		assertThat(dsl.fetchCount(EVIDENCE)).isZero();
	}

	@Test
	void aFileBetweenTheEvidenceLimitAndTheUploadLimitIsRefusedWithItsOwnMessage() throws Exception {
		byte[] fifteen = Arrays.copyOf(EvidenceSamples.pdf(), 15 * 1024 * 1024);
		String boundary = "evidence-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
						+ "Content-Type: application/pdf\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(fifteen);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + FILES))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString(("admin:" + EvidenceTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("scan.pdf: a file of at most 10MB; this one has 15MB");
		assertThat(dsl.fetchCount(EVIDENCE)).isZero();
	}

	@Test
	void theSameFileTwiceOnARecordIsStoredOnceAndAnsweredWithTheFileThere() throws Exception {
		byte[] pdf = EvidenceSamples.pdf();
		upload(FILES, "批示件.pdf", pdf, CLERK_LC).andExpect(status().isCreated());
		long events = dsl.fetchCount(AUDIT_EVENT);

		upload(FILES, "批示件（复印）.pdf", pdf, ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.sha256").value(Sha256.hex(pdf)))
			.andExpect(jsonPath("$.fileName").value("批示件.pdf"))
			.andExpect(jsonPath("$.uploadedBy").value("clerk-lc"));
		assertThat(dsl.fetchCount(EVIDENCE)).isEqualTo(1);
		assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(events);
		// another record may hold the same file
		upload("/api/records/RA/R1/evidence", "批示件.pdf", pdf, ADMIN).andExpect(status().isCreated());
		assertThat(dsl.fetchCount(EVIDENCE)).isEqualTo(2);
	}

	@Test
	void addingAndDeletingAFileAreInTheAuditTrail() throws Exception {
		byte[] pdf = EvidenceSamples.pdf();
		String sha256 = Sha256.hex(pdf);
		String json = "{\"fileName\":\"批示件.pdf\",\"mediaType\":\"application/pdf\",\"size\":" + pdf.length
				+ ",\"sha256\":\"" + sha256 + "\"}";
		upload(FILES, "批示件.pdf", pdf, CLERK_LC).andExpect(status().isCreated());
		mvc.perform(delete(FILES + "/" + sha256).with(CLERK_LC)).andExpect(status().isNoContent());

		mvc.perform(get(FILES).with(CLERK_LC)).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get(FILES + "/" + sha256).with(CLERK_LC)).andExpect(status().isNotFound());
		mvc.perform(delete(FILES + "/" + sha256).with(CLERK_LC)).andExpect(status().isNotFound());
		var events = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch();
		assertThat(events.getValues(AUDIT_EVENT.ACTION)).containsExactly("EVIDENCE_ADDED", "EVIDENCE_DELETED");
		assertThat(events.getValues(AUDIT_EVENT.USERNAME)).containsOnly("clerk-lc");
		assertThat(events.getValues(AUDIT_EVENT.CONTENT)).containsOnly("RECORDS");
		assertThat(events.getValues(AUDIT_EVENT.COMMITTEE)).containsOnly("LC");
		assertThat(events.getValues(AUDIT_EVENT.FILE_NAME)).containsOnly("批示件.pdf");
		assertThat(events.getValues(AUDIT_EVENT.SHA256)).containsOnly(sha256);
		var changes = dsl.selectFrom(AUDIT_CHANGE).orderBy(AUDIT_CHANGE.ID).fetch();
		assertThat(changes.getValues(AUDIT_CHANGE.ENTITY)).containsOnly("EVIDENCE");
		assertThat(changes.getValues(AUDIT_CHANGE.ENTITY_KEY)).containsOnly("P1/" + sha256);
		assertThat(changes.getValues(AUDIT_CHANGE.BEFORE_VALUE)).containsExactly(null, json);
		assertThat(changes.getValues(AUDIT_CHANGE.AFTER_VALUE)).containsExactly(json, null);
		// the city office reads them on the audit page
		mvc.perform(get("/audit").param("lang", "en").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("Evidence added to"),
						org.hamcrest.Matchers.containsString("Evidence deleted from"),
						org.hamcrest.Matchers.containsString("File name"))));
	}

	@Test
	void aRecordThatDoesNotExistIsA404AndNothingIsStored() throws Exception {
		String none = "/api/records/LC/NOPE/evidence";
		String sha256 = Sha256.hex(EvidenceSamples.pdf());
		for (RequestPostProcessor user : List.of(ADMIN, CLERK_LC)) {
			mvc.perform(get(none).with(user))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value("Committee LC has no record NOPE"));
			upload(none, "a.pdf", EvidenceSamples.pdf(), user).andExpect(status().isNotFound());
			mvc.perform(get(none + "/" + sha256).with(user)).andExpect(status().isNotFound());
			mvc.perform(delete(none + "/" + sha256).with(user)).andExpect(status().isNotFound());
		}
		// a record of another committee is not LC's, whatever its id
		mvc.perform(get("/api/records/LC/R1/evidence").with(ADMIN)).andExpect(status().isNotFound());
		// a file the record has not, or no SHA-256 at all
		mvc.perform(get(FILES + "/" + sha256).with(ADMIN))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail")
				.value("Record P1 of committee LC has no evidence file with SHA-256 " + sha256));
		mvc.perform(get(FILES + "/not-a-hash").with(ADMIN)).andExpect(status().isNotFound());
		mvc.perform(get(FILES + "/" + sha256.toUpperCase(java.util.Locale.ROOT)).with(ADMIN))
			.andExpect(status().isNotFound());
		assertThat(dsl.fetchCount(EVIDENCE)).isZero();
		assertThat(dsl.fetchCount(AUDIT_EVENT)).isZero();
	}

	@Test
	void hasEvidenceSaysWhichRecordsCarryAFile() throws Exception {
		assertThat(EvidenceStore.hasEvidence(dsl, "LC", "P1")).isFalse();
		upload(FILES, "a.pdf", EvidenceSamples.pdf(), CLERK_LC).andExpect(status().isCreated());
		assertThat(EvidenceStore.hasEvidence(dsl, "LC", "P1")).isTrue();
		assertThat(EvidenceStore.hasEvidence(dsl, "RA", "R1")).isFalse();
		assertThat(EvidenceStore.withEvidence(dsl, "LC", List.of("P1", "P2"))).containsExactly("P1");
		assertThat(EvidenceStore.withEvidence(dsl, "RA", List.of("P1", "R1"))).isEmpty();
	}

	private ResultActions upload(String path, String name, byte[] bytes, RequestPostProcessor user) throws Exception {
		return mvc.perform(multipart(path).file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.with(user));
	}

	/** The UTF-8 bytes of {@code name}, percent-encoded but for RFC 5987's attr-chars. */
	static String rfc5987(String name) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return encoded.toString();
	}

}
