package org.sixrates.web;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test on the application's own server: headless Chromium opened on it before
 * each test, at the window size the subclass names, and closed after. A subclass's own
 * {@code @BeforeEach} runs after the browser is open.
 */
abstract class ChromiumTest {

	@LocalServerPort
	private int port;

	private final int width;

	private final int height;

	HeadlessChromium chromium;

	ChromiumTest(int width, int height) {
		this.width = width;
		this.height = height;
	}

	@BeforeEach
	final void openBrowser() throws IOException {
		chromium = HeadlessChromium.open(width, height).site(port);
	}

	@AfterEach
	final void closeBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

}
