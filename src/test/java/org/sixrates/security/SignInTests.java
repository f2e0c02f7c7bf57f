package org.sixrates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sixrates.web.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The login form, sign-out, CSRF, HTTP Basic on the API and the security headers. */
@WebTest
class SignInTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void theLoginPageIsChineseAndEnglishWithLangEn() throws Exception {
		mvc.perform(get("/login").with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>登录</h1>"), containsString("name=\"_csrf\""))));
		mvc.perform(get("/login").param("lang", "en").with(anonymous()))
			.andExpect(content().string(containsString("<h1>Sign in</h1>")));
	}

	@Test
	void signingInChangesTheSessionId() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult login = mvc
			.perform(post("/login").param("username", "admin")
				.param("password", WebTest.ADMIN_PASSWORD)
				.session(session)
				.with(csrf())
				.with(anonymous()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"))
			.andReturn();
		MockHttpSession after = (MockHttpSession) login.getRequest().getSession(false);
		assertThat(after).isNotNull();
		// session fixation protection (Spring's default, changeSessionId): a planted id
		// is worthless after login
		assertThat(after.getId()).isNotEqualTo(before);
	}

	@Test
	void aWrongPasswordGoesBackToTheFormWithAnError() throws Exception {
		mvc.perform(post("/login").param("username", "admin")
			.param("password", "not-the-password")
			.with(csrf())
			.with(anonymous())).andExpect(status().isFound()).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", "").with(anonymous()))
			.andExpect(content().string(containsString("用户名或密码错误。")));
	}

	@Test
	void signingOutIsAPostWithItsToken() throws Exception {
		mvc.perform(logout()).andExpect(status().isFound()).andExpect(redirectedUrl("/login?logout"));
		// without the token another site's form could sign the user out
		mvc.perform(post("/logout")).andExpect(status().isForbidden());
	}

	@Test
	void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "records.csv", "text/csv", new byte[] { 'x' });
		mvc.perform(multipart("/import/records").file(file)).andExpect(status().isForbidden());
		mvc.perform(multipart("/import/records").file(file).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/records/DH/new").param("id", "X")).andExpect(status().isForbidden());
	}

	@Test
	void theApiAsksForBasicAuthenticationWithAProblemNotTheLoginPage() throws Exception {
		mvc.perform(get("/api/years").with(anonymous()))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Six Rates\""))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Unauthorized"))
			.andExpect(jsonPath("$.instance").value("/api/years"));
	}

	@Test
	void theApiTakesBasicCredentialsAndNeedsNoCsrfTokenNorSession() throws Exception {
		MvcResult result = mvc
			.perform(get("/api/years").with(anonymous()).with(httpBasic("admin", WebTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		mvc.perform(get("/api/years").with(anonymous()).with(httpBasic("admin", "wrong")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void aViewerIsRefusedAnImportWithAProblem() throws Exception {
		mvc.perform(post("/api/records").contentType("text/csv").content("x").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/rankings/2024"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			// the chart data travel in an attribute: the page has no inline script for
			// the policy to block
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(containsString("id=\"chart-data\"")));
		mvc.perform(get("/api/years"))
			.andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void pagesAndTheApiTellBrowsersToSendNoReferrerToOtherSites() throws Exception {
		mvc.perform(get("/rankings/2024")).andExpect(header().string("Referrer-Policy", "same-origin"));
		mvc.perform(get("/login").with(anonymous())).andExpect(header().string("Referrer-Policy", "same-origin"));
		mvc.perform(get("/api/years")).andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void theLayoutShowsWhoIsSignedInAndOnlyTheLinksItsRoleMayFollow() throws Exception {
		mvc.perform(get("/rankings/2024"))
			.andExpect(
					content().string(allOf(containsString("id=\"user-name\">admin<"), containsString("href=\"/audit\""),
							containsString("href=\"/import\""), containsString("href=\"/account/tokens\""))));
		mvc.perform(get("/rankings/2024").with(user("viewer").roles("VIEWER")))
			.andExpect(content()
				.string(allOf(not(containsString("href=\"/audit\"")), not(containsString("href=\"/import\"")))));
	}

}
