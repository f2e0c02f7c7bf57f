package org.sixrates.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The ranking and a committee's detail as the clerk of LANDONG reads and prints them, in
 * headless Chromium on the demo city (ten committees, 2023 to 2025): its own row marked
 * and the radar on it; the detail's trends drawn, one point a year; the ranking's print
 * preview on A4 landscape, the table on one sheet and both charts on one more.
 * Screenshots and PDFs go to {@code target/screenshots/print-*}, in Chinese and English,
 * 1366 and 390 pixels wide.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:print-browser", "sixrates.demo-data=true",
				"sixrates.admin-password=" + RankingPrintBrowserTests.PASSWORD })
class RankingPrintBrowserTests extends ChromiumTest {

	static final String PASSWORD = "print-browser-password";

	/** A page object of a PDF, not the {@code /Pages} tree above them. */
	private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

	RankingPrintBrowserTests() {
		super(1366, 1000);
	}

	@Test
	void aClerkReadsItsRowAndTrendsAndPrintsTheRankingOnTwoSheets() throws IOException {
		chromium.signIn("clerk-landong", PASSWORD);
		for (String language : new String[] { "zh", "en" }) {
			ranking(language);
			detail(language);
		}

		// on a phone: names whole, the page no wider than the screen
		chromium.browser.manage().window().setSize(new Dimension(390, 1400));
		for (String language : new String[] { "zh", "en" }) {
			chromium.open("/rankings/2025?lang=" + language);
			waitForCanvas("radar-chart");
			chromium.screenshot("print-ranking-" + language + "-390");
			chromium.open("/committees/LANDONG/2025?lang=" + language);
			waitForCanvas("trend-chart");
			assertThat(pageOverflow()).isLessThanOrEqualTo(0);
			chromium.screenshot("print-committee-" + language + "-390");
		}
	}

	@Test
	void theRecordsListAndTheAwardListPrintWithoutControls() throws IOException {
		chromium.signIn("admin", PASSWORD);
		chromium.open("/records?committee=LANDONG&year=2025");
		chromium.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(visible("nav.nav")).isFalse();
		assertThat(visible("#filter-form")).isFalse();
		assertThat(visible(".print-head")).isTrue();
		assertThat(chromium.text(".print-office")).isEqualTo("锦澜市政协办公室");
		chromium.printPreview("print-records-zh", true);
		chromium.open("/awards/2025/list");
		chromium.printPreview("print-award-list-zh", false);
		assertThat(pages("print-award-list-zh")).isEqualTo(1);
	}

	private void ranking(String language) throws IOException {
		chromium.browser.manage().window().setSize(new Dimension(1366, 1000));
		chromium.open("/rankings/2025?lang=" + language);
		waitForCanvas("radar-chart");
		waitForCanvas("score-chart");
		String own = chromium.browser.findElement(By.cssSelector("#ranking-table tr[data-code=LANDONG]"))
			.getAttribute("class");
		assertThat(own).contains("own");
		assertThat(chromium.browser.findElements(By.cssSelector("#ranking-table tr.own"))).hasSize(1);
		// the radar opens on the clerk's committee, not the leader
		assertThat(script("return document.getElementById('radar-committee').value")).isEqualTo("LANDONG");
		String name = chromium.text("#ranking-table tr[data-code=LANDONG] td.committee a");
		assertThat(script("return echarts.getInstanceByDom(document.getElementById('radar-chart'))"
				+ ".getOption().series[0].data[0].name"))
			.isEqualTo(name);
		chromium.screenshot("print-ranking-" + language + "-1366");

		// on paper: no controls, the title block, the charts drawn at their print size
		chromium.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(visible("nav.nav")).isFalse();
		assertThat(visible(".toolbar")).isFalse();
		assertThat(visible(".chart-control")).isFalse();
		assertThat(visible(".print-head")).isTrue();
		assertThat(chromium.text(".print-date")).matches(".*\\d{4}-\\d{2}-\\d{2}");
		for (String chart : new String[] { "radar-chart", "score-chart" }) {
			Number overflow = (Number) script("var c = document.getElementById('" + chart + "');"
					+ " return c.querySelector('canvas').getBoundingClientRect().width - c.clientWidth;");
			assertThat(overflow.doubleValue()).as(chart).isLessThanOrEqualTo(0.5);
		}
		chromium.printPreview("print-ranking-" + language, true);
		int sheets = pages("print-ranking-" + language);
		assertThat(sheets).as("sheets of the printed ranking").isBetween(1, 2);
	}

	private void detail(String language) throws IOException {
		chromium.open("/committees/LANDONG/2025?lang=" + language);
		waitForCanvas("trend-chart");
		waitForCanvas("rate-trend-chart");
		// one point a year, 2023 to 2025, score and rank; six rates
		assertThat(script("return echarts.getInstanceByDom(document.getElementById('trend-chart'))"
				+ ".getOption().series.map(function (s) { return s.data.length; }).join(',')"))
			.isEqualTo("3,3");
		assertThat(script("return echarts.getInstanceByDom(document.getElementById('rate-trend-chart'))"
				+ ".getOption().series.map(function (s) { return s.data.length; }).join(',')"))
			.isEqualTo("3,3,3,3,3,3");
		assertThat(chromium.text("#year-switch")).contains("2023", "2024", "2025");
		// a rate's definition opens with a click
		chromium.browser.findElement(By.cssSelector("tr[data-rate=completion] details summary")).click();
		assertThat(chromium.text("tr[data-rate=completion] details dl")).isNotBlank();
		chromium.screenshot("print-committee-" + language + "-1366");
		chromium.printPreview("print-committee-" + language, true);
		assertThat(pages("print-committee-" + language)).isBetween(1, 3);
	}

	private void waitForCanvas(String chart) {
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
	}

	private Object script(String script) {
		return chromium.browser.executeScript(script);
	}

	private boolean visible(String css) {
		return chromium.browser.findElement(By.cssSelector(css)).isDisplayed();
	}

	private int pageOverflow() {
		return ((Number) script("return document.documentElement.scrollWidth - window.innerWidth;")).intValue();
	}

	/** The sheets of a saved print preview: its page objects. */
	private static int pages(String name) throws IOException {
		String pdf = new String(Files.readAllBytes(HeadlessChromium.SCREENSHOTS.resolve(name + ".pdf")),
				StandardCharsets.ISO_8859_1);
		return (int) PAGE.matcher(pdf).results().count();
	}

}
