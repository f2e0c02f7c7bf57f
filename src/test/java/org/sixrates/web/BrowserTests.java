package org.sixrates.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sixrates.importing.Importer;
import org.sixrates.importing.Upload;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.records.SampleRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in real headless Chromium: Chinese labels, charts drawn, a drill-down from a
 * number to its records, the switch to English and a refused upload. Screenshots go to
 * {@code target/screenshots/}. Skipped where Chromium or its driver is not installed.
 */
@WebTest
class BrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	private int port;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Importer importer;

	private Path profile;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser test skipped: it needs /usr/bin/chromium and /usr/bin/chromedriver "
						+ "(Debian: apt-get install chromium chromium-driver)");
		SampleRecords.write(dsl);
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		profile = Files.createTempDirectory("sixrates-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=1440,1500", "--lang=en-US");
		browser = new ChromeDriver(options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterEach
	void closeBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@Test
	void theCityOfficeReadsDrillsDownSwitchesToEnglishAndSeesARefusedUpload() throws IOException {
		// the browser asks for English, the office's pages answer in Chinese
		browser.get("http://localhost:" + port + "/");
		// the login page first: every page is for signed-in users
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(WebTest.ADMIN_PASSWORD);
		browser.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#radar-chart canvas")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#score-chart canvas")));
		assertThat(browser.getCurrentUrl()).endsWith("/rankings/2024");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("2024 年度排名");
		assertThat(texts("#ranking-table thead th")).contains("排名", "单位", "得分", "等次", "表彰");
		assertThat(browser.findElement(By.cssSelector("#ranking-table thead")).getText()).contains("批示率", "办结率", "转化率",
				"活动率", "刊载率", "贡献率");
		assertThat(texts("nav.nav a")).contains("排名", "履职记录", "数据导入", "考评规则", "English");
		assertThat(firstColumn()).containsExactly("东湖区政协", "南江市政协", "西山县政协", "北岭县政协");
		screenshot("ranking-zh");

		// sorting by score puts the lowest first, clicking again the highest
		WebElement scoreHeader = browser.findElements(By.cssSelector("#ranking-table thead th")).get(8);
		scoreHeader.click();
		assertThat(firstColumn()).containsExactly("北岭县政协", "西山县政协", "南江市政协", "东湖区政协");
		scoreHeader.click();
		assertThat(firstColumn()).containsExactly("东湖区政协", "南江市政协", "西山县政协", "北岭县政协");

		// the radar follows the committee selector
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("radar-committee"))).selectByValue("XS");
		screenshot("ranking-radar-xs");

		printPreview("ranking-print");

		// drill down: committee, then the completion numerator (completed proposals and
		// opinion reports)
		browser.findElement(By.linkText("东湖区政协")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#contribution-chart canvas")));
		assertThat(browser.findElement(By.id("detail-score")).getText()).isEqualTo("81.25");
		screenshot("committee-zh");
		browser.findElement(By.cssSelector("tr[data-rate=completion] a.numerator")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("records-table")));
		assertThat(browser.findElement(By.id("record-count")).getText()).isEqualTo("共 2 条记录，第 1 / 1 页");
		assertThat(browser.findElement(By.id("applied-filters")).getText()).contains("单位 = 东湖区政协", "类别 = 提案 / 社情民意",
				"办理状态 = 已办结");
		assertThat(texts("#records-table tbody tr td:nth-child(2)")).containsExactly("S1", "P1");
		screenshot("records-zh");

		// English, kept for the next pages
		browser.findElement(By.id("language-switch")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Records"));
		assertThat(browser.findElement(By.id("record-count")).getText()).isEqualTo("2 records, page 1 of 1");
		assertThat(browser.findElement(By.id("applied-filters")).getText())
			.contains("Kind = Proposal / Social opinion");
		screenshot("records-en");

		// a refused upload lists its errors
		given(importer.importRecords(any(Upload.class), anyString(), any(), any()))
			.willThrow(new BadInputException(List.of(
					new InputError("records-bad.csv", 3, 4, "kind", "PROPSAL",
							"one of PROPOSAL (提案), SOCIAL_OPINION (社情民意), …"),
					new InputError("records-bad.csv", 5, 3, "year", "20x4", "a year such as 2024"))));
		Path bad = Files.createTempDirectory("sixrates-upload").resolve("records-bad.csv");
		Files.writeString(bad, "id,committee,year,kind\nP1,DH,2024,PROPOSAL\nP2,DH,2024,PROPSAL\n",
				StandardCharsets.UTF_8);
		browser.findElement(By.linkText("Import")).click();
		browser.findElement(By.cssSelector("#upload-records input[type=file]")).sendKeys(bad.toString());
		browser.findElement(By.cssSelector("#upload-records button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-table")));
		assertThat(browser.findElement(By.id("import-refused")).getText())
			.contains("File records-bad.csv was not imported: 2 error(s) found, nothing was written.");
		List<WebElement> rows = browser.findElements(By.cssSelector("#error-table tbody tr"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).getText()).contains("3", "4", "kind", "PROPSAL", "one of PROPOSAL (提案)");
		screenshot("import-refused-en");

		browser.get("http://localhost:" + port + "/rankings/2024");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#radar-chart canvas")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ranking 2024");
		assertThat(tableOverflow()).isLessThanOrEqualTo(0);
		screenshot("ranking-en");
		printPreview("ranking-print-en");

		// an unknown year is a page, not a stack trace
		browser.get("http://localhost:" + port + "/rankings/2030");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("404");
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("The page or data you asked for does not exist.")
			.doesNotContain("Exception");
		screenshot("error-en");
	}

	/**
	 * How many pixels of the ranking table lie beyond its box, 0 or less when it fits.
	 */
	private int tableOverflow() {
		Object overflow = browser.executeScript(
				"var t = document.getElementById('ranking-table'); return t.scrollWidth - t.parentElement.clientWidth;");
		return ((Number) overflow).intValue();
	}

	private List<String> texts(String css) {
		return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(String::strip).toList();
	}

	private List<String> firstColumn() {
		return texts("#ranking-table tbody td.committee");
	}

	private void screenshot(String name) throws IOException {
		Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * The page as it prints: Chrome's print media in a window as wide as A4 landscape at
	 * 96 dpi.
	 */
	private void printPreview(String name) throws IOException {
		browser.manage().window().setSize(new Dimension(1123, 794));
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		// the table fits the page's width: nothing to scroll sideways
		assertThat(tableOverflow()).isLessThanOrEqualTo(0);
		screenshot(name);
		byte[] pdf = java.util.Base64.getDecoder()
			.decode((String) browser
				.executeCdpCommand("Page.printToPDF",
						Map.of("landscape", true, "paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true))
				.get("data"));
		Files.write(SCREENSHOTS.resolve(name + ".pdf"), pdf);
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		browser.manage().window().setSize(new Dimension(1440, 1500));
	}

}
