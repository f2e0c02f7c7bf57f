package org.sixrates.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sixrates.cli.ScoreCommand;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The what-if and the distance to the next step in headless Chromium on the demo city:
 * completion's slider pushed to the end moves the ranking, the rules file downloads and
 * the {@code score} command ranks by it as the page did; the committee page says how far
 * the next step is. Screenshots go to {@code target/screenshots/whatif-*} and
 * {@code distance-*}, at 1366 px and at a phone's 390 px, in Chinese and English.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:what-if-browser", "sixrates.demo-data=true",
				"sixrates.admin-password=" + WhatIfBrowserTests.PASSWORD })
class WhatIfBrowserTests extends ChromiumTest {

	static final String PASSWORD = "what-if-browser-password";

	@TempDir
	Path downloads;

	WhatIfBrowserTests() {
		super(1366, 1400);
	}

	@BeforeEach
	void prepareBrowser() {
		chromium.browser.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
	}

	@Test
	void aSliderMovesTheRankingAndTheRulesFileScoresAsThePageShowed() throws IOException {
		var browser = chromium.browser;
		chromium.signIn("admin", PASSWORD);
		chromium.open("/rankings/2025");
		show("what-if");
		String before = chromium.text("#what-if-table tbody");
		assertThat(chromium.text("output[data-rate=completion]")).isEqualTo("20%");
		chromium.screenshot("whatif-zh");

		// completion to the end of its slider: 100 against 20 + 15 · 4 = 80 for the
		// others, 100 / 180 = 55.56 %, endorsement 20 / 180 = 11.11 %
		WebElement completion = browser.findElement(By.cssSelector("input[data-rate=completion]"));
		completion.sendKeys(Keys.END);
		chromium.wait.until(driver -> "55.56%".equals(chromium.text("output[data-rate=completion]")));
		chromium.wait.until(driver -> !before.equals(chromium.text("#what-if-table tbody")));
		assertThat(chromium.text("output[data-rate=endorsement]")).isEqualTo("11.11%");
		// and every other slider to 0: completion alone, 100 %
		for (String rate : List.of("endorsement", "conversion", "activity", "publication", "contribution")) {
			browser.findElement(By.cssSelector("input[data-rate=" + rate + "]")).sendKeys(Keys.HOME);
		}
		chromium.wait.until(driver -> "100%".equals(chromium.text("output[data-rate=completion]"))
				&& "0%".equals(chromium.text("output[data-rate=contribution]")));
		List<WebElement> moves = browser
			.findElements(By.cssSelector("#what-if-table .move .up, #what-if-table .move .down"));
		assertThat(moves).isNotEmpty();
		// 通报表彰 now goes to the top three by completion of those at 75 or more
		List<WebElement> rows = browser.findElements(By.cssSelector("#what-if-table tbody tr"));
		for (WebElement row : rows) {
			double score = Double.parseDouble(row.findElement(By.cssSelector(".score")).getText());
			int rank = Integer.parseInt(row.findElement(By.cssSelector(".rank")).getText());
			boolean notice = !row.findElements(By.cssSelector(".awards .badge[data-award=notice]:not(.lost)"))
				.isEmpty();
			assertThat(notice).as(row.getAttribute("data-code")).isEqualTo(score >= 75 && rank <= 3);
		}
		assertThat(browser.findElements(By.cssSelector("#what-if-table .awards .badge[data-award=notice]")))
			.isNotEmpty();
		show("what-if");
		chromium.screenshot("whatif-moved-zh");

		browser.findElement(By.id("what-if-download")).click();
		Path file = downloads.resolve("six-rates-what-if-2025.yaml");
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Files.exists(file));
		Scheme scheme = SchemeLoader.load(file);
		assertThat(scheme.rates()).extracting(rate -> rate.weight()).containsExactly(0.0, 1.0, 0.0, 0.0, 0.0, 0.0);
		List<String> pageOrder = browser.findElements(By.cssSelector("#what-if-table tbody tr"))
			.stream()
			.map(row -> row.getAttribute("data-code") + " " + row.findElement(By.cssSelector(".rank")).getText())
			.toList();
		assertThat(scoreCommandOrder(file)).isEqualTo(pageOrder);

		chromium.open("/rankings/2025?lang=en");
		show("what-if");
		assertThat(chromium.text("#what-if h2")).isEqualTo("What if the weights were different");
		chromium.screenshot("whatif-en");
		browser.manage().window().setSize(new Dimension(390, 1400));
		chromium.open("/rankings/2025?lang=zh");
		show("what-if");
		chromium.screenshot("whatif-phone-zh");
	}

	@Test
	void theCommitteePageSaysHowFarTheNextStepIs() throws IOException {
		chromium.signIn("admin", PASSWORD);
		chromium.open("/committees/LANDONG/2025");
		show("distance");
		assertThat(chromium.text("#distance h2")).isEqualTo("距下一步还差多少");
		assertThat(chromium.browser.findElements(By.cssSelector("#distance table.distance-step"))).isNotEmpty();
		chromium.screenshot("distance-zh");
		chromium.open("/committees/LANDONG/2024?lang=en");
		show("distance");
		assertThat(chromium.text("#distance-decided")).contains("decided");
		chromium.screenshot("distance-published-en");
		chromium.browser.manage().window().setSize(new Dimension(390, 1400));
		chromium.open("/committees/LANDONG/2025?lang=zh");
		show("distance");
		chromium.screenshot("distance-phone-zh");
	}

	private void show(String id) {
		chromium.browser.executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
	}

	/**
	 * "code rank" per row of what the score command writes for the demo files and the
	 * rules file.
	 */
	private List<String> scoreCommandOrder(Path rules) throws IOException {
		Path committees = copy("demo/committees.csv");
		Path records = copy("demo/records.csv");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = ScoreCommand.run(
				List.of("--committees", committees.toString(), "--records", records.toString(), "--rules",
						rules.toString(), "--year", "2025"),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
		String[] lines = out.toString(StandardCharsets.UTF_8).split("\r?\n");
		return java.util.Arrays.stream(lines)
			.skip(1)
			.map(line -> line.split(",", -1))
			.map(c -> c[2] + " " + c[1])
			.toList();
	}

	private Path copy(String resource) throws IOException {
		Path file = downloads.resolve("input-" + resource.substring(resource.lastIndexOf('/') + 1));
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
			Files.copy(in, file);
		}
		return file;
	}

}
