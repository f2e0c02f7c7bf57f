package org.sixrates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The export buttons of the pages link to the API's CSV and Excel files. A browser signed
 * in to the pages follows them with its session and gets the file, not the API's Basic
 * challenge (a password prompt over a page it is signed in to); with the same session
 * every other API request is still the API's, with its own rules.
 */
@AccountsTest
class BrowserDownloadTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void aSignedInBrowserDownloadsTheExportsItsPagesLinkTo() throws Exception {
		MockHttpSession session = signIn("viewer", "10.9.1.1");
		String csv = mvc.perform(get("/api/rankings/2024.csv").param("lang", "zh").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("鹿鸣市政协");
		mvc.perform(get("/api/awards/2024.csv").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/rankings/2024.xlsx").session(session)).andExpect(status().isOk());
	}

	@Test
	void withoutASessionTheExportsAnswerTheApisChallenge() throws Exception {
		mvc.perform(get("/api/rankings/2024.csv").with(anonymous()))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists("WWW-Authenticate"));
	}

	@Test
	void aSessionOpensNoOtherApiRequestAndNoRuleOfTheApiIsPassedBy() throws Exception {
		MockHttpSession viewer = signIn("viewer", "10.9.1.2");
		// JSON is the API's: Basic or a token, never the session
		mvc.perform(get("/api/rankings/2024").session(viewer)).andExpect(status().isUnauthorized());
		// the office's users stay the office's
		mvc.perform(get("/api/users").session(viewer)).andExpect(status().isUnauthorized());
		MockHttpSession clerk = signIn("clerk-landong", "10.9.1.3");
		mvc.perform(get("/api/users").session(clerk)).andExpect(status().isUnauthorized());
	}

	private MockHttpSession signIn(String name, String address) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").param("username", name)
			.param("password", AccountsTest.PASSWORD)
			.with(csrf())
			.with(anonymous())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
	}

}
