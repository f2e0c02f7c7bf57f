package org.sixrates.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sixrates.importing.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The record form in headless Chromium, as the city office fills it in: the fields follow
 * the kind chosen (a proposal's status, an activity's members taking part, an
 * evaluation's score), a field that holds something stays in sight when the kind changes,
 * the subtype offers the kind's named subtypes and the date picker the year's days; the
 * saved record is shown, with its deletion below. Screenshots, in Chinese and English at
 * 1366 and 390 px, go to {@code target/screenshots/record-form-*}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:record-form-browser", "sixrates.demo-data=false",
				"sixrates.admin-password=" + RecordFormBrowserTests.PASSWORD })
class RecordFormBrowserTests {

	static final String PASSWORD = "record-form-browser-password";

	@LocalServerPort
	private int port;

	@Autowired
	private Importer importer;

	private HeadlessChromium chromium;

	@BeforeEach
	void openBrowser() throws IOException {
		importer.importCommittees("committees.csv", """
				code,name,type,year,members
				LC,鹿城区,DISTRICT,2024,120
				LC,鹿城区,DISTRICT,2025,120
				""".getBytes(StandardCharsets.UTF_8), "office");
		chromium = HeadlessChromium.open(1366, 1400).site(port);
		chromium.signIn("admin", PASSWORD);
	}

	@AfterEach
	void closeBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void theFieldsFollowTheKindChosenAndTheSavedRecordIsShown() throws IOException {
		chromium.open("/records/LC/new");
		// a proposal first: its status and satisfaction, no members or score
		assertThat(kind()).isEqualTo("PROPOSAL");
		assertShown("status", "satisfaction", "converted", "level", "title", "date", "subtype");
		assertHidden("quantity", "score");
		assertThat(chromium.text("#help-status")).isEqualTo("办理进度，不填即为已立案。适用于提案、社情民意。");
		chromium.screenshot("record-form-proposal-zh-1366");

		choose("kind", "ACTIVITY");
		assertShown("quantity", "subtype");
		assertHidden("status", "satisfaction", "converted", "level", "score");
		assertThat(input("subtype").getAttribute("list")).isEqualTo("subtypes-ACTIVITY");
		chromium.screenshot("record-form-activity-zh-1366");

		choose("kind", "FEEDBACK");
		assertShown("score", "satisfaction");
		assertHidden("quantity", "status", "converted", "level");
		assertThat(input("subtype").getAttribute("list")).isNull();

		// the members entered for an activity stay in sight under another kind: they are
		// saved
		choose("kind", "ACTIVITY");
		input("quantity").clear();
		input("quantity").sendKeys("12");
		choose("kind", "PROPOSAL");
		assertShown("quantity");
		assertThat(field("quantity").getAttribute("class")).contains("not-applicable");

		// the date picker offers the days of the year chosen: 2025, the latest open, then
		// 2024
		assertThat(input("date").getAttribute("min")).isEqualTo("2025-01-01");
		choose("year", "2024");
		assertThat(input("date").getAttribute("min")).isEqualTo("2024-01-01");
		assertThat(input("date").getAttribute("max")).isEqualTo("2024-12-31");

		choose("kind", "ACTIVITY");
		input("id").sendKeys("HD-01");
		input("title").sendKeys("视察城区防汛工作");
		input("subtype").sendKeys("视察");
		chromium.browser.findElement(By.id("record-save")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-saved")));
		assertThat(chromium.text("#record-saved")).contains("已保存记录 LC / HD-01");
		assertThat(chromium.text("#shown-subtype")).contains("视察");
		assertThat(chromium.text("#shown-quantity")).contains("12");
		assertThat(chromium.text("#shown-year")).contains("2024");
		chromium.screenshot("record-form-saved-zh-1366");

		// on a phone
		phone();
		chromium.open("/records/LC/HD-01/edit");
		assertShown("quantity");
		assertHidden("status", "score");
		chromium.screenshot("record-form-activity-zh-390");
		chromium.open("/records/LC/HD-01");
		chromium.screenshot("record-form-saved-zh-390");
	}

	@Test
	void theKindSwitchWorksInEnglish() throws IOException {
		chromium.open("/records/LC/new?lang=en");
		assertThat(chromium.text("h1")).contains("New record of");
		choose("kind", "FEEDBACK");
		assertShown("score");
		assertHidden("quantity", "status");
		assertThat(chromium.text("#help-score")).isEqualTo("The evaluation's score, 0 to 100. Applies to: Feedback.");
		chromium.screenshot("record-form-feedback-en-1366");
		choose("kind", "PUBLICATION");
		assertThat(input("subtype").getAttribute("list")).isEqualTo("subtypes-PUBLICATION");
		assertShown("level");
		assertHidden("score", "quantity", "status");
		input("id").sendKeys("NEWS-1");
		input("subtype").sendKeys("News");
		chromium.browser.findElement(By.id("record-save")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-saved")));
		assertThat(chromium.text("#shown-subtype")).contains("News");
		chromium.screenshot("record-form-saved-en-1366");

		phone();
		chromium.open("/records/LC/new?lang=en");
		choose("kind", "ACTIVITY");
		assertShown("quantity");
		chromium.screenshot("record-form-activity-en-390");
		chromium.open("/records/LC/NEWS-1?lang=en");
		chromium.screenshot("record-form-saved-en-390");
	}

	private void phone() {
		chromium.browser.manage().window().setSize(new Dimension(390, 1400));
	}

	private String kind() {
		return new Select(input("kind")).getFirstSelectedOption().getAttribute("value");
	}

	private void choose(String id, String value) {
		new Select(input(id)).selectByValue(value);
	}

	private WebElement input(String id) {
		return chromium.browser.findElement(By.id(id));
	}

	private WebElement field(String key) {
		return chromium.browser.findElement(By.id("field-" + key));
	}

	private void assertShown(String... keys) {
		for (String key : keys) {
			assertThat(field(key).isDisplayed()).as("%s shown", key).isTrue();
		}
	}

	private void assertHidden(String... keys) {
		for (String key : keys) {
			assertThat(field(key).isDisplayed()).as("%s hidden", key).isFalse();
		}
	}

}
