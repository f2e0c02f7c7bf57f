package org.sixrates.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The review as a county clerk and the city office do it, in headless Chromium on the
 * demo city: the clerk of LANDONG enters an advisory proposal endorsed by the city and
 * attaches the written instruction as a PDF; the ranking does not move; the office opens
 * the file from the review queue and approves the record; the ranking moves. Screenshots
 * go to {@code target/screenshots/review-*}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:review-browser", "sixrates.demo-data=true",
				"sixrates.admin-password=" + ReviewBrowserTests.PASSWORD })
class ReviewBrowserTests extends ChromiumTest {

	static final String PASSWORD = "review-browser-password";

	ReviewBrowserTests() {
		super(1366, 1400);
	}

	@Test
	void aClerksRecordWithItsPdfCountsOnceTheOfficeHasOpenedAndApprovedIt() throws IOException {
		var browser = chromium.browser;
		chromium.signIn("admin", PASSWORD);
		String before = landongScore();
		chromium.signOut();

		// the clerk enters the record and attaches the instruction
		chromium.signIn("clerk-landong", PASSWORD);
		chromium.open("/records/LANDONG/new");
		browser.findElement(By.id("id")).sendKeys("DY-2025-950");
		select("year", "2025");
		select("kind", "ADVISORY_PROPOSAL");
		browser.findElement(By.id("title")).sendKeys("关于建设城市应急物资储备库的建议");
		select("level", "CITY");
		browser.findElement(By.id("record-save")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-saved")));
		chromium.open("/records/LANDONG/DY-2025-950/edit");
		Path pdf = Files.createTempDirectory("sixrates-evidence").resolve("市领导批示件.pdf");
		try (var in = getClass().getClassLoader().getResourceAsStream("demo/endorsement.pdf")) {
			Files.write(pdf, in.readAllBytes());
		}
		browser.findElement(By.cssSelector("#evidence-upload input[type=file]")).sendKeys(pdf.toString());
		browser.findElement(By.id("evidence-submit")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-added")));
		assertThat(chromium.text("#evidence-table")).contains("市领导批示件.pdf", "PDF", "clerk-landong");
		chromium.screenshot("review-clerk-evidence-zh");
		chromium.open("/review");
		assertThat(chromium.text("#review-table")).contains("DY-2025-950", "新记录");
		chromium.signOut();

		// the office: the ranking has not moved; the record waits in the queue with its
		// file
		chromium.signIn("admin", PASSWORD);
		assertThat(landongScore()).isEqualTo(before);
		assertThat(chromium.text("#ranking-table tbody tr[data-code=LANDONG] .badge.waiting")).contains("待审");
		chromium.open("/review");
		WebElement row = browser.findElement(By.cssSelector("#review-table tr[data-record='LANDONG/DY-2025-950']"));
		assertThat(row.getText()).contains("关于建设城市应急物资储备库的建议", "1");
		chromium.screenshot("review-queue-zh");
		row.findElement(By.linkText("DY-2025-950")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-table")));
		String href = browser.findElement(By.cssSelector("#evidence-table a")).getAttribute("href");
		// the office opens the file: a PDF, sent as an attachment that no browser sniffs
		Object headers = browser.executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status,"
						+ " r.headers.get('content-type'), r.headers.get('content-disposition'),"
						+ " r.headers.get('x-content-type-options'), new TextDecoder().decode(b.slice(0, 5))])));",
				href);
		assertThat(headers.toString()).contains("200", "application/pdf", "attachment", "nosniff", "%PDF-");

		chromium.open("/review");
		browser.findElement(By.cssSelector("#review-table tr[data-record='LANDONG/DY-2025-950'] input[type=checkbox]"))
			.click();
		chromium.submit(browser.findElement(By.id("approve")));
		assertThat(chromium.text("#done")).contains("已审核通过 1 条");
		chromium.screenshot("review-approved-zh");
		assertThat(landongScore()).isNotEqualTo(before);
		chromium.screenshot("review-ranking-after-zh");
	}

	private String landongScore() {
		chromium.open("/rankings/2025");
		return chromium.text("#ranking-table tbody tr[data-code=LANDONG] td.score");
	}

	private void select(String id, String value) {
		new Select(chromium.browser.findElement(By.id(id))).selectByValue(value);
	}

}
