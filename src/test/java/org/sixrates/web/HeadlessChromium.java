package org.sixrates.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless through its chromedriver, with a fresh profile and
 * none of the background traffic a closed network refuses. Tests that use it are skipped
 * where Chromium is not installed; {@code .ci/run} installs it and checks that they ran.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	final ChromeDriver browser;

	final WebDriverWait wait;

	private final Path profile;

	private String site;

	private HeadlessChromium(ChromeDriver browser, Path profile) {
		this.browser = browser;
		this.profile = profile;
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	/**
	 * Opens a browser window of the given size, or skips the test where Chromium is
	 * missing.
	 */
	static HeadlessChromium open(int width, int height) throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser test skipped: it needs /usr/bin/chromium and /usr/bin/chromedriver "
						+ "(Debian: apt-get install chromium chromium-driver)");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		Path profile = Files.createTempDirectory("sixrates-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-US");
		Files.createDirectories(SCREENSHOTS);
		return new HeadlessChromium(new ChromeDriver(options), profile);
	}

	/**
	 * Where {@link #open(String)} finds the application: this machine, on {@code port}.
	 */
	HeadlessChromium site(int port) {
		this.site = "http://localhost:" + port;
		return this;
	}

	/** Opens a page of the application's and waits for its heading. */
	void open(String path) {
		browser.get(site + path);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	/** Signs in through the login form. */
	void signIn(String user, String password) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
	}

	/** Signs out with the header's button. */
	void signOut() {
		browser.findElement(By.cssSelector("#logout-form button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
	}

	/**
	 * Clicks a form's submit button and waits for the page it leads to, with its
	 * {@code #done} notice: the old page must go first, since it may have had one too.
	 */
	void submit(WebElement button) {
		button.click();
		// gone with its page: Chromium tells so as a stale element, or, while the page is
		// being replaced, as a node that "does not belong to the document"
		wait.until(driver -> {
			try {
				button.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
	}

	/** The text of the first element {@code css} selects. */
	String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

	/** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
	void screenshot(String name) throws IOException {
		Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * Saves the page as Chrome prints it on A4 as {@code target/screenshots/NAME.pdf},
	 * and its print media as {@code NAME.png}: the print preview a user would see.
	 */
	void printPreview(String name, boolean landscape) throws IOException {
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		screenshot(name);
		byte[] pdf = Base64.getDecoder()
			.decode((String) browser
				.executeCdpCommand("Page.printToPDF",
						Map.of("landscape", landscape, "paperWidth", 8.27, "paperHeight", 11.69, "printBackground",
								true, "preferCSSPageSize", true))
				.get("data"));
		Files.write(SCREENSHOTS.resolve(name + ".pdf"), pdf);
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
	}

	@Override
	public void close() throws IOException {
		browser.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

}
