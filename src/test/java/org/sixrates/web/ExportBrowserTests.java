package org.sixrates.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.sixrates.spreadsheet.Workbooks;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The Excel exports as the city office finds them, in headless Chromium on the demo city:
 * the button beside the CSV ones on the ranking, the award page, the award list and the
 * records list, in the page's language, at 1366 px and on a 390 px phone; the workbook
 * each button links to, fetched with the office's own session and read back. Screenshots
 * go to {@code target/screenshots/export-*}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:export-browser", "sixrates.demo-data=true",
				"sixrates.admin-password=" + ExportBrowserTests.PASSWORD })
class ExportBrowserTests extends ChromiumTest {

	static final String PASSWORD = "export-browser-password";

	ExportBrowserTests() {
		super(1366, 900);
	}

	@BeforeEach
	void prepareBrowser() {
		// the first workbook of a start scores the year and loads the spreadsheet library
		chromium.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
	}

	@Test
	void eachExportButtonDownloadsTheWorkbookOfWhatThePageShowsInItsLanguage() throws IOException {
		chromium.signIn("admin", PASSWORD);
		chromium.open("/rankings/2025");
		Sheet ranking = download("export-xlsx", "%E5%85%AD%E7%8E%87%E8%80%83%E8%AF%84%E6%8E%92%E5%90%8D-2025.xlsx");
		assertThat(Workbooks.title(ranking)).startsWith("锦澜市政协办公室 · 2025 年度排名");
		assertThat(Workbooks.header(ranking)).startsWith("年度", "排名", "单位代码", "单位名称", "批示率");
		// the demo city's ten committees, one row each, as many as the page's table
		assertThat(Workbooks.rows(ranking)).hasSize(10)
			.hasSize(chromium.browser.findElements(By.cssSelector("#ranking-table tbody tr")).size());
		chromium.screenshot("export-ranking-zh-1366");
		phone();
		chromium.screenshot("export-ranking-zh-390");
		desktop();

		chromium.open("/awards/2025");
		Sheet awards = download("awards-xlsx", "%E8%A1%A8%E5%BD%B0%E5%90%8D%E5%8D%95-2025.xlsx");
		assertThat(Workbooks.header(awards)).containsExactly("年度", "表彰", "名次", "单位代码", "单位名称", "得分");
		chromium.screenshot("export-awards-zh-1366");
		chromium.open("/awards/2025/list");
		assertThat(Workbooks.rows(download("awards-xlsx", "2025.xlsx"))).isEqualTo(Workbooks.rows(awards));
		phone();
		chromium.screenshot("export-award-list-zh-390");
		desktop();

		chromium.open("/records?committee=LANDONG&year=2025&kind=PROPOSAL");
		Sheet records = download("export-xlsx", "%E5%B1%A5%E8%81%8C%E8%AE%B0%E5%BD%95.xlsx");
		List<List<Object>> rows = Workbooks.rows(records);
		assertThat(rows).isNotEmpty()
			.allSatisfy(row -> assertThat(row.subList(0, 5)).containsExactly("LANDONG", row.get(1), row.get(2), 2025.0,
					"提案"));
		// the count the list says is the workbook's number of rows
		assertThat(chromium.text("#record-count")).startsWith("共 " + rows.size() + " 条记录");
		chromium.screenshot("export-records-zh-1366");

		// English pages export English workbooks
		chromium.open("/rankings/2025?lang=en");
		Sheet english = download("export-xlsx", "six-rates-2025.xlsx");
		assertThat(Workbooks.header(english)).startsWith("Year", "Rank", "Code", "Name", "Endorsement");
		assertThat(chromium.text("#export-xlsx")).isEqualTo("Export Excel");
		chromium.screenshot("export-ranking-en-1366");
		phone();
		chromium.screenshot("export-ranking-en-390");
		desktop();
		chromium.open("/records?committee=LANDONG&year=2025&lang=en");
		assertThat(Workbooks.title(download("export-xlsx", "records.xlsx"))).contains("Records · Filter: ");
		chromium.screenshot("export-records-en-1366");
		chromium.open("/rankings/2025?lang=zh");
	}

	/**
	 * The workbook the link {@code id} points at, fetched with the browser's session,
	 * after checking it comes as an attachment named {@code fileName}.
	 */
	private Sheet download(String id, String fileName) {
		WebElement link = chromium.browser.findElement(By.id(id));
		assertThat(link.isDisplayed()).as(id + " is shown").isTrue();
		Object answer = chromium.browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => { const bytes = new Uint8Array(b);"
				+ " let text = ''; for (let i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }"
				+ " done([String(r.status), r.headers.get('content-type'), r.headers.get('content-disposition'),"
				+ " btoa(text)]); })).catch(e => done(['failed', String(e), '', '']));", link.getAttribute("href"));
		@SuppressWarnings("unchecked")
		List<String> response = (List<String>) answer;
		assertThat(response.get(0)).isEqualTo("200");
		assertThat(response.get(1)).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.get(2)).startsWith("attachment").contains(fileName);
		return Workbooks.officeSheet(Base64.getDecoder().decode(response.get(3)));
	}

	private void phone() {
		chromium.browser.manage().window().setSize(new Dimension(390, 844));
	}

	private void desktop() {
		chromium.browser.manage().window().setSize(new Dimension(1366, 900));
	}

}
