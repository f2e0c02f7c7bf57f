package org.sixrates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sixrates.importing.ImportResult;
import org.sixrates.importing.Importer;
import org.sixrates.importing.Upload;
import org.sixrates.importing.RecordRow;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Values;
import org.sixrates.web.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every page and API endpoint against every kind of user: anonymous, VIEWER, the CLERK of
 * DH (committee A), the CLERK of NJ (committee B) and ADMIN. {@code login} is a redirect
 * to the login page, {@code 302} any other redirect (a form that succeeded). The importer
 * is mocked, so a request that passes the rules succeeds without touching the database.
 */
@WebTest
class AuthorizationTests {

	/**
	 * Request, then the expected outcome for anonymous, viewer, clerk of DH, clerk of NJ,
	 * admin.
	 */
	static Stream<Arguments> rules() {
		return Stream.of(
				// pages
				rule("GET /login", "200 200 200 200 200"), rule("GET /", "login 302 302 302 302"),
				rule("GET /rankings/2024", "login 200 200 200 200"), rule("GET /rules", "login 200 200 200 200"),
				rule("GET /committees/DH/2024", "login 200 200 403 200"), rule("GET /records", "login 200 200 200 200"),
				rule("GET /records?committee=DH", "login 200 200 403 200"),
				rule("GET /records?committee=NJ&year=2024", "login 200 403 200 200"),
				rule("GET /records/DH/new", "login 403 200 403 200"),
				rule("GET /records/new?committee=DH", "login 403 302 403 302"),
				rule("GET /records/new", "login 403 302 302 400"),
				rule("GET /records?committee=DH&year=1999&rate=activity&part=denominator", "login 200 200 403 200"),
				rule("POST /records/DH/new", "login 403 302 403 302"),
				rule("GET /records/DH/P1/edit", "login 403 200 403 200"),
				rule("POST /records/DH/P1/edit", "login 403 302 403 302"),
				rule("GET /records/NJ/N1/edit", "login 403 403 200 200"),
				// a record's own page, and its deletion (a record no stub knows is a 404)
				rule("GET /records/DH/P1", "login 200 200 403 200"),
				rule("POST /records/DH/P1/delete", "login 403 302 403 302"),
				rule("POST /records/DH/NOPE/delete", "login 403 404 403 404"),
				rule("POST /records/dh/P1/delete", "login 403 403 403 404"),
				rule("GET /records/NOPE/new", "login 403 403 403 404"), rule("GET /import", "login 403 200 200 200"),
				rule("POST /import/committees", "login 403 403 403 302"),
				rule("POST /import/records", "login 403 302 302 302"), rule("GET /audit", "login 403 403 403 200"),
				// the templates: records for whoever imports records, committees for the
				// city office, which alone imports them
				rule("GET /import/templates/records.xlsx", "login 403 200 200 200"),
				rule("GET /import/templates/committees.xlsx", "login 403 403 403 200"),
				rule("GET /v3/api-docs", "login 200 200 200 200"), rule("GET /actuator/health", "200 200 200 200 200"),
				rule("GET /actuator/prometheus", "login 403 403 403 200"),
				// the API: 401 rather than the login page
				rule("GET /api/years", "401 200 200 200 200"), rule("GET /api/rankings/2024", "401 200 200 200 200"),
				rule("GET /api/rules", "401 200 200 200 200"),
				rule("GET /api/rankings/2024.csv", "401 200 200 200 200"),
				rule("GET /api/rankings/2024.xlsx", "401 200 200 200 200"),
				rule("GET /api/records.xlsx", "401 200 200 200 200"),
				rule("GET /api/records.xlsx?committee=DH", "401 200 200 403 200"),
				rule("GET /api/records.xlsx?committee=dh", "401 200 403 403 200"),
				rule("GET /api/committees/DH/2024", "401 200 200 403 200"),
				rule("GET /api/records", "401 200 200 200 200"),
				rule("GET /api/records?committee=DH", "401 200 200 403 200"),
				rule("POST /api/committees", "401 403 403 403 200"), rule("POST /api/records", "401 403 200 200 200"),
				// a code is exact: dh is not DH, for the clerk of DH least of all
				rule("GET /committees/dh/2024", "login 404 403 403 404"),
				rule("GET /records?committee=dh", "login 200 403 403 200"),
				rule("GET /records/dh/P1/edit", "login 403 403 403 200"),
				rule("GET /api/committees/dh/2024", "401 404 403 403 404"),
				rule("GET /api/records?committee=dh", "401 200 403 403 200"),
				// deleting a committee is the city office's
				rule("POST /committees/DH/delete", "login 403 403 403 302"),
				rule("DELETE /api/committees/DH", "401 403 403 403 200"),
				// API tokens: everyone's own; another user's only for the city office
				rule("GET /account/tokens", "login 200 200 200 200"),
				rule("POST /account/tokens", "login 302 302 302 302"),
				rule("POST /account/tokens/999999/revoke", "login 404 404 404 404"),
				rule("GET /api/tokens", "401 200 200 200 200"),
				rule("GET /api/tokens?user=admin", "401 403 403 403 200"),
				rule("POST /api/tokens", "401 201 201 201 201"),
				rule("DELETE /api/tokens/999999", "401 404 404 404 404"),
				// the users are the city office's; everyone's own password its own (the
				// users here are not of the database: what the rules let through is
				// refused, or finds no user)
				rule("GET /account/users", "login 403 403 403 200"),
				rule("POST /account/users", "login 403 403 403 400"),
				rule("GET /account/users/NOPE", "login 403 403 403 404"),
				rule("POST /account/users/NOPE/role", "login 403 403 403 404"),
				rule("POST /account/users/NOPE/enabled", "login 403 403 403 404"),
				rule("POST /account/users/NOPE/password", "login 403 403 403 404"),
				rule("GET /account/users/admin", "login 403 403 403 200"),
				rule("POST /account/users/admin/enabled", "login 403 403 403 400"),
				rule("GET /account/password", "login 200 200 200 200"),
				rule("POST /account/password", "login 400 400 400 400"), rule("GET /api/users", "401 403 403 403 200"),
				rule("GET /api/users/admin", "401 403 403 403 404"), rule("GET /api/cube", "401 403 403 403 200"),
				rule("POST /api/cube/rebuild", "401 403 403 403 200"),
				rule("POST /import/cube/rebuild", "login 403 403 403 302"),
				// a year's moves and answers are the city office's, objections the
				// clerks' (a year no test makes: what the rules let through finds
				// nothing)
				rule("GET /awards/1999", "login 404 404 404 404"),
				rule("POST /awards/1999/state", "login 403 403 403 400"),
				rule("POST /awards/1999/objections", "login 403 302 302 403"),
				rule("POST /awards/1999/objections/999/answer", "login 403 403 403 302"),
				rule("GET /awards/1999/list", "login 404 404 404 404"),
				rule("GET /api/awards/1999", "401 404 404 404 404"),
				rule("GET /api/awards/1999.csv", "401 404 404 404 404"),
				rule("GET /api/awards/1999.xlsx", "401 404 404 404 404"),
				rule("GET /api/years/1999", "401 404 404 404 404"),
				rule("POST /api/years/1999/state", "401 403 403 403 400"),
				rule("PUT /api/years/1999/closing-date", "401 403 403 403 400"),
				rule("GET /api/years/1999/objections", "401 403 200 200 200"),
				rule("POST /api/years/1999/objections", "401 403 404 404 403"),
				rule("POST /api/years/1999/objections/999/answer", "401 403 403 403 404"),
				rule("GET /api/snapshots/1999/1", "401 404 404 404 404"),
				rule("POST /api/snapshots/1999/1/verify", "401 404 404 404 404"),
				// the review: decisions the city office's, the queue its and the clerks',
				// declarations the clerks'
				rule("GET /review", "login 403 200 200 200"), rule("POST /review/approve", "login 403 403 403 302"),
				rule("POST /review/return", "login 403 403 403 302"), rule("GET /api/review", "401 403 200 200 200"),
				rule("GET /api/review?committee=DH", "401 403 200 403 200"),
				rule("POST /api/review/approve", "401 403 403 403 400"),
				rule("POST /api/review/return", "401 403 403 403 400"),
				rule("GET /api/years/1999/reporting", "401 403 200 200 200"),
				rule("POST /api/years/1999/reporting/DH", "401 403 404 403 403"),
				// a record's evidence: the office's and its own clerk's (a record no test
				// makes: what the rules let through finds nothing)
				rule("GET /api/records/DH/NOPE/evidence", "401 403 404 403 404"),
				rule("POST /api/records/DH/NOPE/evidence", "401 403 404 403 404"),
				rule("GET /api/records/DH/NOPE/evidence/" + SHA256, "401 403 404 403 404"),
				rule("DELETE /api/records/DH/NOPE/evidence/" + SHA256, "401 403 404 403 404"),
				rule("GET /api/records/dh/NOPE/evidence", "401 403 403 403 404"),
				rule("POST /records/DH/NOPE/evidence", "login 403 404 403 404"),
				rule("GET /records/DH/NOPE/evidence/" + SHA256, "login 403 404 403 404"),
				rule("POST /records/DH/NOPE/evidence/" + SHA256 + "/delete", "login 403 404 403 404"),
				rule("POST /records/dh/NOPE/evidence", "login 403 403 403 404"),
				// what-if: whoever may read the ranking may try other weights, which
				// changes nothing (a year no test makes: what the rules let through finds
				// no ranking to try; WhatIfApiTests tries one)
				rule("POST /api/rankings/1999/what-if", "401 404 404 404 404"),
				rule("POST /api/rankings/1999/what-if/rules", "401 404 404 404 404"),
				rule("POST /rankings/1999/what-if", "login 404 404 404 404"),
				rule("POST /rankings/1999/what-if/rules", "login 404 404 404 404"),
				// how far a ranking can be trusted: whoever may read the ranking (a year
				// no test makes: what the rules let through finds nothing)
				rule("GET /rankings/1999/statistics", "login 404 404 404 404"),
				rule("GET /api/rankings/1999/uncertainty", "401 404 404 404 404"),
				rule("GET /api/rankings/1999/uncertainty.csv", "401 404 404 404 404"),
				rule("GET /api/rankings/1999/sensitivity", "401 404 404 404 404"),
				rule("GET /api/rankings/1999/statistics", "401 404 404 404 404"),
				// the Swagger UI's files, also where springdoc's webjar serves them
				rule("GET /swagger-ui/index.html", "login 200 200 200 200"),
				rule("GET /webjars/swagger-ui/index.html", "login 200 200 200 200"));
	}

	/** The SHA-256 of an evidence file no record has. */
	private static final String SHA256 = "0".repeat(64);

	private static final List<String> USERS = List.of("anonymous", "viewer", "clerk-dh", "clerk-nj", "admin");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Importer importer;

	@BeforeEach
	void importerSucceeds() {
		ImportResult result = new ImportResult("f.csv", "0".repeat(64), 1, 0);
		given(importer.importCommittees(any(Upload.class), anyString(), any())).willReturn(result);
		given(importer.importRecords(any(Upload.class), anyString(), any(), any())).willReturn(result);
		given(importer.record(anyString(), anyString()))
			.willReturn(Optional.of(Map.of("id", "P1", "year", "2024", "kind", "PROPOSAL")));
		RecordRow saved = new RecordRow(1, Values.of(RecordField.class, Map.of(RecordField.COMMITTEE, "DH",
				RecordField.ID, "P1", RecordField.YEAR, 2024, RecordField.KIND, Kind.PROPOSAL)));
		given(importer.saveRecord(eq("DH"), any(), anyMap(), anyString())).willReturn(saved);
		given(importer.saveRecord(eq("DH"), any(), anyMap(), anyString(), anyBoolean(), any())).willReturn(saved);
		given(importer.deleteCommittee(eq("DH"), anyString()))
			.willReturn(Optional.of(new Importer.Deletion("DH", 1, 3)));
		given(importer.deleteCommittee(eq("DH"), anyString(), any()))
			.willReturn(Optional.of(new Importer.Deletion("DH", 1, 3)));
		given(importer.hasCommittee(eq("DH"))).willReturn(true);
		given(importer.hasCommittee(eq("NJ"))).willReturn(true);
		given(importer.deleteRecord(eq("DH"), eq("P1"), anyString(), anyBoolean(), any()))
			.willReturn(Optional.of(Map.of("id", "P1", "year", "2024", "kind", "PROPOSAL")));
		given(importer.saveRecord(eq("DH"), isNull(), anyMap(), anyString())).willReturn(saved);
		given(importer.saveRecord(eq("DH"), isNull(), anyMap(), anyString(), anyBoolean(), any())).willReturn(saved);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void eachUserGetsWhatItsRoleAllows(String request, List<String> expected) throws Exception {
		for (int i = 0; i < USERS.size(); i++) {
			MockHttpServletResponse response = mvc.perform(request(request, as(USERS.get(i))))
				.andReturn()
				.getResponse();
			String outcome = outcome(response);
			assertThat(outcome).as("%s as %s", request, USERS.get(i)).isEqualTo(expected.get(i));
		}
	}

	private static String outcome(MockHttpServletResponse response) {
		if (response.getStatus() == 302 && response.getRedirectedUrl() != null
				&& response.getRedirectedUrl().endsWith("/login")) {
			return "login";
		}
		return String.valueOf(response.getStatus());
	}

	static RequestPostProcessor as(String name) {
		return switch (name) {
			case "anonymous" -> anonymous();
			case "viewer" -> user("viewer").roles("VIEWER");
			case "clerk-dh" -> user("clerk-dh").authorities(Users.authorities(Role.CLERK, "DH"));
			case "clerk-nj" -> user("clerk-nj").authorities(Users.authorities(Role.CLERK, "NJ"));
			case "admin" -> user("admin").roles("ADMIN");
			default -> throw new IllegalArgumentException(name);
		};
	}

	private static RequestBuilder request(String line, RequestPostProcessor user) {
		String method = line.substring(0, line.indexOf(' '));
		String path = line.substring(line.indexOf(' ') + 1);
		byte[] csv = "id,committee,year,kind\n".getBytes(StandardCharsets.UTF_8);
		if (method.equals("GET")) {
			return get(path).with(user);
		}
		if (method.equals("DELETE")) {
			return delete(path).with(user);
		}
		if (method.equals("PUT")) {
			return put(path).contentType("application/json").content("{\"closesOn\": \"2025-13-01\"}").with(user);
		}
		if (path.endsWith("/evidence")) {
			MockMultipartFile pdf = new MockMultipartFile("file", "a.pdf", "application/pdf",
					"%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
			return path.startsWith("/api/") ? multipart(path).file(pdf).with(user)
					: multipart(path).file(pdf).with(csrf()).with(user);
		}
		if (path.endsWith("/what-if")) {
			RequestBuilder json = post(path).contentType("application/json")
				.content("{\"weights\": {\"endorsement\": 0.3}}")
				.with(user);
			return path.startsWith("/api/") ? json
					: post(path).contentType("application/json")
						.content("{\"weights\": {\"endorsement\": 0.3}}")
						.with(csrf())
						.with(user);
		}
		if (path.endsWith("/what-if/rules")) {
			return path.startsWith("/api/")
					? post(path).contentType("application/json").content("{\"weights\": {}}").with(user)
					: post(path).param("weight.endorsement", "30").with(csrf()).with(user);
		}
		if (path.startsWith("/api/years/") || path.startsWith("/api/review/")) {
			return post(path).contentType("application/json").content("{}").with(user);
		}
		if (path.startsWith("/api/tokens")) {
			return post(path).contentType("application/json").content("{\"name\": \"matrix\"}").with(user);
		}
		if (path.startsWith("/account/users/")) {
			return post(path).param("role", "VIEWER").param("enabled", "false").with(csrf()).with(user);
		}
		if (path.startsWith("/account/")) {
			return post(path).param("name", "matrix").with(csrf()).with(user);
		}
		if (path.startsWith("/api/")) {
			return post(path).contentType("text/csv").content(csv).with(user);
		}
		if (path.startsWith("/import/")) {
			return multipart(path).file(new MockMultipartFile("file", "f.csv", "text/csv", csv))
				.with(csrf())
				.with(user);
		}
		if (path.startsWith("/records/") && path.endsWith("/delete")) {
			return post(path).param("confirm", "yes").with(csrf()).with(user);
		}
		return post(path).param("id", "P1").param("year", "2024").param("kind", "PROPOSAL").with(csrf()).with(user);
	}

	private static Arguments rule(String request, String expected) {
		return Arguments.of(request, List.of(expected.split(" ")));
	}

	@Test
	void aClerkIsOfferedLinksToItsOwnCommitteeOnly() throws Exception {
		String page = mvc.perform(get("/rankings/2024").with(as("clerk-dh")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("href=\"/committees/DH/2024\"", "南江市政协")
			.doesNotContain("href=\"/committees/NJ/2024\"");
		String office = mvc.perform(get("/rankings/2024").with(as("admin")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(office).contains("href=\"/committees/DH/2024\"", "href=\"/committees/NJ/2024\"");
	}

}
