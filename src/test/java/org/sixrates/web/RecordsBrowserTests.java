package org.sixrates.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The drill-downs and the records list as the city office uses them, in headless Chromium
 * on the demo city: a committee's numbers each open a list whose total is that number,
 * with the formula in words (the members' one too), and the records are searched by
 * title. Screenshots, in Chinese and English, at 1366 px and at 390 px, go to
 * {@code target/screenshots/records-*}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:records-demo", "sixrates.demo-data=true",
				"sixrates.admin-password=" + RecordsBrowserTests.PASSWORD })
@AutoConfigureMockMvc
class RecordsBrowserTests {

	static final String PASSWORD = "records-demo-password";

	@LocalServerPort
	private int port;

	private HeadlessChromium chromium;

	@AfterEach
	void closeBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aCommitteesNumbersOpenListsThatAddUpToThem() throws IOException {
		chromium = HeadlessChromium.open(1366, 1000).site(port);
		chromium.signIn("admin", PASSWORD);
		for (String rate : List.of("endorsement", "activity", "contribution")) {
			for (String part : List.of("numerator", "denominator")) {
				chromium.open("/committees/LANDONG/2025");
				WebElement number = chromium.browser
					.findElement(By.cssSelector("#rates-table tr[data-rate=" + rate + "] a.drill." + part));
				String shown = number.getText();
				number.click();
				chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("drill-total")));
				assertThat(chromium.text("#drill-value")).as(rate + " " + part).endsWith("= " + shown);
				chromium.screenshot("records-drill-" + rate + "-" + part + "-zh");
			}
		}
		// the members are no records: the formula alone
		chromium.open("/committees/LANDONG/2025");
		chromium.browser.findElement(By.cssSelector("#rates-table tr[data-rate=activity] a.drill.denominator")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("drill-members")));
		assertThat(chromium.text("#drill-value")).matches("\\d+ 名委员 × 4 = \\d+");
		assertThat(chromium.browser.findElements(By.id("records-table"))).isEmpty();

		// in English, and on a phone
		chromium.open("/committees/LANDONG/2025?lang=en");
		chromium.browser.findElement(By.cssSelector("#rates-table tr[data-rate=endorsement] a.drill.numerator"))
			.click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("drill-total")));
		assertThat(chromium.text("#drill-value")).contains("records × weight:");
		chromium.screenshot("records-drill-endorsement-numerator-en");
		chromium.browser.manage().window().setSize(new Dimension(390, 844));
		chromium.browser.navigate().refresh();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("drill-total")));
		chromium.screenshot("records-drill-endorsement-numerator-en-390");
	}

	@Test
	void theOfficeSearchesTheRecordsByTitle() throws IOException {
		chromium = HeadlessChromium.open(1366, 1000).site(port);
		chromium.signIn("admin", PASSWORD);
		chromium.open("/records");
		chromium.browser.findElement(By.id("filter-q")).sendKeys("养老");
		chromium.browser.findElement(By.cssSelector("#filter-form button[type=submit]")).click();
		chromium.wait.until(ExpectedConditions.urlContains("q="));
		List<WebElement> titles = chromium.browser.findElements(By.cssSelector("#records-table td.title"));
		assertThat(titles).isNotEmpty().allSatisfy(title -> assertThat(title.getText()).contains("养老"));
		assertThat(chromium.browser.findElement(By.id("filter-q")).getAttribute("value")).isEqualTo("养老");
		chromium.screenshot("records-search-zh");
		// sorted by title, the search kept
		chromium.browser.findElement(By.cssSelector("#records-table th a[data-sort=title]")).click();
		chromium.wait.until(ExpectedConditions.urlContains("sort=title"));
		assertThat(chromium.browser.getCurrentUrl()).contains("q=");
		chromium.screenshot("records-search-sorted-zh");
		chromium.open("/records?lang=en");
		chromium.screenshot("records-list-en");
		chromium.browser.manage().window().setSize(new Dimension(390, 844));
		chromium.open("/records?lang=zh");
		// the wide table scrolls in its card; the page itself does not scroll sideways
		assertThat((Long) chromium.browser.executeScript("return document.documentElement.scrollWidth;"))
			.isLessThanOrEqualTo(390);
		chromium.screenshot("records-list-zh-390");
	}

}
