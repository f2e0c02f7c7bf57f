package org.sixrates.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Whatever URL a redirect is given, the browser is sent to a path of this application.
 */
class RelativeRedirectsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "http://evil.example/rankings/2024?continue, /rankings/2024?continue", "https://evil.example:8443/, /",
			"http://evil.example, /", "/, /", "/records?committee=DH, /records?committee=DH", "//evil.example/x, /x",
			"///evil.example/x, /evil.example/x", "'/\\evil.example', /" })
	void aRedirectKeepsThePathAndQueryAndDropsAnyHost(String url, String location) throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();

		new RelativeRedirects().sendRedirect(new MockHttpServletRequest(), response, url);

		assertThat(response.getRedirectedUrl()).isEqualTo(location);
	}

}
