package org.sixrates.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The annual award decision as the city office and a county clerk do it, in headless
 * Chromium on the demo city: 2025 closed, publicized, objected to by the clerk of
 * LANDONG, the objection answered, the year published and its award list printed.
 * Screenshots and the print preview go to {@code target/screenshots/awards-*}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:award-browser", "sixrates.demo-data=true",
				"sixrates.admin-password=" + AwardDecisionBrowserTests.PASSWORD })
class AwardDecisionBrowserTests extends ChromiumTest {

	static final String PASSWORD = "award-browser-password";

	AwardDecisionBrowserTests() {
		super(1366, 1400);
	}

	@Test
	void theOfficeClosesPublicizesHearsAnObjectionPublishesAndPrintsTheAwardList() throws IOException {
		var browser = chromium.browser;
		chromium.signIn("admin", PASSWORD);
		chromium.open("/awards/2025");
		assertThat(chromium.text("#state-badge")).isEqualTo("填报中");
		assertThat(chromium.text("#results-live")).contains("实时计算");
		chromium.screenshot("awards-open-zh");

		move("CLOSED", "2025 年度填报截止");
		assertThat(chromium.text("#state-badge")).isEqualTo("已截止");
		move("PUBLICIZED", "2025 年度考评结果公示");
		assertThat(chromium.text("#state-badge")).isEqualTo("公示中");
		assertThat(chromium.text("#results-frozen")).contains("第 1 版");
		assertThat(chromium.text("#snapshot-1")).contains("v1", "公示中", "当前");
		// every committee × award with its reason
		WebElement leader = browser.findElement(By.cssSelector("#outcome-table tbody tr"));
		assertThat(leader.getText()).contains("鹿鸣市政协", "91.05", "获得", "2024、2025年均获通报表彰");
		assertThat(chromium.text("#earlier-years")).contains("2024 年已发布结果（第 2 版）");
		chromium.screenshot("awards-publicized-zh");

		// the clerk of LANDONG objects to its own committee's result
		chromium.signOut();
		chromium.signIn("clerk-landong", PASSWORD);
		chromium.open("/awards/2025");
		browser.findElement(By.cssSelector("#objection-form textarea[name=text]"))
			.sendKeys("澜东区政协 2025 年两件提案已办结，请核实办结率");
		browser.findElement(By.cssSelector("#objection-form input[name=rate]")).sendKeys("completion");
		chromium.submit(browser.findElement(By.id("objection-submit")));
		assertThat(chromium.text("#objections")).contains("澜东区政协", "请核实办结率").doesNotContain("采纳");
		// it has no moves to make
		assertThat(browser.findElements(By.cssSelector(".moves form"))).isEmpty();
		chromium.screenshot("awards-objection-clerk-zh");

		// the office answers and publishes
		chromium.signOut();
		chromium.signIn("admin", PASSWORD);
		chromium.open("/awards/2025");
		WebElement answer = browser.findElement(By.cssSelector("#objections form.answer-form"));
		new Select(answer.findElement(By.name("decision"))).selectByValue("DISMISSED");
		answer.findElement(By.name("reply")).sendKeys("经核实，两件提案办理时间均在考核年度之后，不予采纳");
		chromium.submit(answer.findElement(By.cssSelector("button[type=submit]")));
		assertThat(chromium.text("#objections")).contains("不予采纳", "不予采纳", "admin");
		move("PUBLISHED", "公示期满，异议已答复，发布表彰名单");
		assertThat(chromium.text("#state-badge")).isEqualTo("已发布");
		assertThat(chromium.text("#snapshot-1")).contains("已被取代");
		assertThat(chromium.text("#snapshot-2")).contains("v2", "已发布", "当前");
		assertThat(chromium.text("#no-changes")).contains("与第 1 版相比");
		browser.findElement(By.id("verify-2")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verification")));
		assertThat(chromium.text("#verification")).contains("第 2 版已复现");
		chromium.screenshot("awards-published-zh");

		// the clerk reads the answer
		chromium.signOut();
		chromium.signIn("clerk-landong", PASSWORD);
		chromium.open("/awards/2025");
		assertThat(chromium.text("#objections")).contains("不予采纳", "办理时间均在考核年度之后");
		chromium.signOut();
		chromium.signIn("admin", PASSWORD);

		// the award list, with its title block, for print
		chromium.open("/awards/2025/list");
		assertThat(chromium.text("#issuer")).isEqualTo("锦澜市政协办公室");
		assertThat(chromium.text("h1")).isEqualTo("2025 年度县（市）区政协履职“六率”考评表彰名单");
		assertThat(chromium.text("#dateline")).contains("发布（第 2 版）", "打印日期");
		assertThat(chromium.text("section[data-award=notice]")).contains("通报表彰", "鹿鸣市政协", "91.05");
		assertThat(chromium.text("section[data-award=plenary]")).contains("全会表彰", "鹿鸣市政协");
		chromium.screenshot("awards-list-zh");
		chromium.printPreview("awards-list-print", false);
		assertThat(Files.size(HeadlessChromium.SCREENSHOTS.resolve("awards-list-print.pdf"))).isGreaterThan(10_000);

		// the ranking shows the published figures with their version
		chromium.open("/rankings/2025");
		assertThat(chromium.text("#shown-snapshot")).contains("第 2 版", "已发布");

		// and the award page in English, on a phone
		chromium.open("/awards/2025?lang=en");
		assertThat(chromium.text("#state-badge")).isEqualTo("Published");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1400));
		chromium.screenshot("awards-published-en-phone");
		chromium.open("/awards/2025/method?lang=en");
		assertThat(chromium.text("h1")).contains("method statement");
		chromium.screenshot("awards-method-en-phone");
	}

	private void move(String to, String reason) {
		WebElement form = chromium.browser.findElement(By.id("move-" + to));
		form.findElement(By.name("reason")).sendKeys(reason);
		chromium.submit(form.findElement(By.cssSelector("button[type=submit]")));
	}

}
