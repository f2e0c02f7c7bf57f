package org.sixrates.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sixrates.importing.Importer;
import org.sixrates.ranking.ProvinceRanking;
import org.sixrates.ranking.RankingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A province's ranking of 3 000 committees ({@code ProvinceRanking}: committee {@code i}
 * ranks {@code i}) in headless Chromium: the first page of 50 and the first 30 bars; a
 * committee found by its code on its page, marked, the radar and the bars on it; a
 * heading sorting all rows; the print of the page with its note. Screenshots go to
 * {@code target/screenshots/province-*}, in Chinese and English, 1366 and 390 pixels
 * wide.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:province-browser", "sixrates.demo-data=false",
				"sixrates.admin-password=" + ProvinceRankingBrowserTests.PASSWORD })
class ProvinceRankingBrowserTests extends ChromiumTest {

	static final String PASSWORD = "province-browser-password";

	@Autowired
	private Importer importer;

	@Autowired
	private RankingService rankings;

	ProvinceRankingBrowserTests() {
		super(1366, 1000);
	}

	@BeforeEach
	void loadTheProvinceOnce() {
		if (rankings.years().isEmpty()) {
			ProvinceRanking.load(importer);
		}
	}

	@Test
	void theOfficeFindsACommitteeOfThreeThousandAndSeesItsRowAndBars() throws IOException {
		chromium.signIn("admin", PASSWORD);
		chromium.open("/rankings/2024");
		waitForCanvas("score-chart");
		assertThat(chromium.browser.findElements(By.cssSelector("#ranking-table tbody tr"))).hasSize(50);
		assertThat(chromium.text("#page-of")).isEqualTo("1 / 60");
		// the first 30 bars and a gap for the 2 970 after them
		assertThat(bars()).isEqualTo(31);
		assertThat(barLabel(0)).isEqualTo("1. 云岭0001县政协");
		chromium.screenshot("province-ranking-zh-1366");

		chromium.browser.findElement(By.id("find-committee")).sendKeys("C1234");
		chromium.browser.findElement(By.id("find-go")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.found")));
		waitForCanvas("score-chart");
		assertThat(chromium.browser.getCurrentUrl()).endsWith("/rankings/2024?page=25&found=C1234#row-C1234");
		assertThat(chromium.browser.findElement(By.cssSelector("tr.found")).getAttribute("data-code"))
			.isEqualTo("C1234");
		assertThat(chromium.text("#page-of")).isEqualTo("25 / 60");
		assertThat(new Select(chromium.browser.findElement(By.id("radar-committee"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("C1234");
		// the first 30, a gap, C1232 to C1236, a gap
		assertThat(bars()).isEqualTo(37);
		assertThat(barLabel(33)).isEqualTo("1234. 云岭1234县政协");
		// the found row is in view
		Number top = (Number) script("return document.querySelector('tr.found').getBoundingClientRect().top;");
		assertThat(top.doubleValue()).isBetween(0.0, 1000.0);
		chromium.screenshot("province-found-zh-1366");
		scrollTo("score-chart");
		chromium.screenshot("province-charts-zh-1366");

		// another committee of the radar's list: the bars follow it
		new Select(chromium.browser.findElement(By.id("radar-committee"))).selectByValue("C1201");
		assertThat(barLabel(33)).isEqualTo("1201. 云岭1201县政协");

		// the score's heading: best first, as the rank; again: lowest first, of all 3 000
		chromium.browser.findElement(By.cssSelector("#ranking-table a.sort[data-column=score]")).click();
		chromium.wait.until(ExpectedConditions.urlContains("sort=score"));
		chromium.browser.findElement(By.cssSelector("#ranking-table a.sort[data-column=score]")).click();
		chromium.wait.until(ExpectedConditions.urlContains("dir=asc"));
		assertThat(chromium.browser.findElement(By.cssSelector("#ranking-table tbody tr")).getAttribute("data-code"))
			.isEqualTo("C3000");

		// on paper: the page shown and the note, without the search or the pager
		chromium.open("/rankings/2024?page=2");
		chromium.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(chromium.browser.findElement(By.id("print-note")).isDisplayed()).isTrue();
		assertThat(chromium.browser.findElement(By.id("ranking-tools")).isDisplayed()).isFalse();
		assertThat(chromium.browser.findElement(By.id("ranking-pager")).isDisplayed()).isFalse();
		chromium.printPreview("province-print-zh", true);
		// the page's 50 rows on two A4 landscape sheets, both charts on a third
		String pdf = new String(Files.readAllBytes(HeadlessChromium.SCREENSHOTS.resolve("province-print-zh.pdf")),
				StandardCharsets.ISO_8859_1);
		assertThat(Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(pdf).results().count()).isEqualTo(3);

		chromium.open("/rankings/2024?lang=en&page=25&found=C1234");
		waitForCanvas("score-chart");
		assertThat(chromium.text("#rows-shown")).isEqualTo("Rows 1201\u20131250 of 3000 committees");
		chromium.screenshot("province-found-en-1366");

		// on a phone: the page no wider than the screen, the table scrolling in its card
		chromium.browser.manage().window().setSize(new Dimension(390, 1400));
		for (String language : new String[] { "zh", "en" }) {
			chromium.open("/rankings/2024?lang=" + language + "&page=25&found=C1234");
			waitForCanvas("score-chart");
			assertThat(((Number) script("return document.documentElement.scrollWidth - window.innerWidth;")).intValue())
				.isLessThanOrEqualTo(0);
			chromium.screenshot("province-found-" + language + "-390");
			scrollTo("score-chart");
			chromium.screenshot("province-charts-" + language + "-390");
		}
	}

	private int bars() {
		return ((Number) script("return echarts.getInstanceByDom(document.getElementById('score-chart'))"
				+ ".getOption().yAxis[0].data.length;"))
			.intValue();
	}

	/** The label of a bar, counted from the top. */
	private String barLabel(int index) {
		return (String) script("var d = echarts.getInstanceByDom(document.getElementById('score-chart'))"
				+ ".getOption().yAxis[0].data; return d[d.length - 1 - " + index + "];");
	}

	private void scrollTo(String id) {
		script("document.getElementById('" + id + "').scrollIntoView();");
	}

	private void waitForCanvas(String chart) {
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
	}

	private Object script(String script) {
		return chromium.browser.executeScript(script);
	}

}
