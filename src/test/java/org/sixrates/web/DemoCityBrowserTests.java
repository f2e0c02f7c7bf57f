package org.sixrates.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The product as the city office meets it, in real headless Chromium: the demo city
 * seeded into an empty database, the real scheme, the real importer. Screenshots go to
 * {@code target/screenshots/demo-*.png}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:demo-browser", "sixrates.demo-data=true",
				"sixrates.admin-password=" + DemoCityBrowserTests.PASSWORD })
class DemoCityBrowserTests {

	static final String PASSWORD = "demo-browser-password";

	@LocalServerPort
	private int port;

	private HeadlessChromium chromium;

	@BeforeEach
	void openBrowser() throws IOException {
		chromium = HeadlessChromium.open(1440, 1500);
	}

	@AfterEach
	void closeBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void theDemoCityIsRankedDrilledIntoReadInEnglishAndRefusesABadFile() throws IOException {
		var browser = chromium.browser;
		var wait = chromium.wait;

		// every page is for signed-in users: the Chinese login form first
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
		chromium.screenshot("demo-login-zh");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("login-submit")).click();

		// then the latest year's ranking, in Chinese, with both charts drawn
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#radar-chart canvas")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#score-chart canvas")));
		assertThat(browser.getCurrentUrl()).endsWith("/rankings/2025");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("2025 年度排名");
		assertThat(browser.findElement(By.cssSelector("#ranking-table thead")).getText()).contains("排名", "单位", "批示率",
				"办结率", "转化率", "活动率", "刊载率", "贡献率", "得分", "等次", "表彰");
		// the demo city's 2025 leader (91.05, excellent, commended and commended at the
		// plenary)
		WebElement first = browser.findElement(By.cssSelector("#ranking-table tbody tr"));
		assertThat(first.getText()).contains("鹿鸣市政协", "91.05", "优秀", "通报表彰", "全会表彰");
		assertThat(browser.findElements(By.cssSelector("#ranking-table tbody tr"))).hasSize(10);
		chromium.screenshot("demo-ranking-zh");

		// drill down: the committee, then the records behind its completion numerator
		browser.findElement(By.linkText("鹿鸣市政协")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#contribution-chart canvas")));
		assertThat(browser.findElement(By.id("detail-score")).getText()).isEqualTo("91.05");
		WebElement numerator = browser.findElement(By.cssSelector("tr[data-rate=completion] a.numerator"));
		String completed = numerator.getText();
		chromium.screenshot("demo-committee-zh");
		numerator.click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("records-table")));
		assertThat(browser.findElement(By.id("record-count")).getText()).startsWith("共 " + completed + " 条记录");
		assertThat(browser.findElement(By.id("applied-filters")).getText()).contains("鹿鸣市政协", "已办结");
		assertThat(texts("#records-table tbody tr")).isNotEmpty().allSatisfy(row -> assertThat(row).contains("已办结"));
		chromium.screenshot("demo-records-zh");

		// English
		browser.findElement(By.id("language-switch")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Records"));
		assertThat(browser.findElement(By.id("record-count")).getText()).startsWith(completed + " records");
		assertThat(texts("nav.nav a")).contains("Ranking", "Records", "Import", "Rules");

		// a bad records file is refused with every error, in a table
		Path bad = Files.createTempDirectory("sixrates-upload").resolve("records-bad.csv");
		Files.writeString(bad, "id,committee,year,kind,quantity\nX-1,LUMING,2025,PROPOSAL,\n"
				+ "X-2,LUMING,2025,PROPSAL,\nX-3,NOWHERE,2025,ACTIVITY,-3\n", StandardCharsets.UTF_8);
		browser.findElement(By.linkText("Import")).click();
		browser.findElement(By.cssSelector("#upload-records input[type=file]")).sendKeys(bad.toString());
		browser.findElement(By.cssSelector("#upload-records button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-table")));
		List<String> errors = texts("#error-table tbody tr");
		assertThat(errors).hasSize(3);
		assertThat(errors.get(0)).contains("3", "4", "kind", "PROPSAL");
		assertThat(errors.get(1)).contains("4", "2", "committee", "NOWHERE");
		assertThat(errors.get(2)).contains("4", "5", "quantity", "-3");
		chromium.screenshot("demo-import-refused-en");

		// and nothing of it was imported: the ranking is unchanged
		browser.get("http://localhost:" + port + "/rankings/2025");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#radar-chart canvas")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ranking 2025");
		assertThat(browser.findElement(By.cssSelector("#ranking-table tbody tr")).getText()).contains("91.05");
		chromium.screenshot("demo-ranking-en");
	}

	private List<String> texts(String css) {
		return chromium.browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

}
