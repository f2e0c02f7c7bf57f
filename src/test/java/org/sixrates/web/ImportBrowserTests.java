package org.sixrates.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The import page as the city office uses it with Excel, in real headless Chromium and
 * the real importer: a workbook's errors at their cells, a committees file in the records
 * box said once, in Chinese and English, at 1366 px and on a 390 px phone. Screenshots go
 * to {@code target/screenshots/import-*.png}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:import-browser", "sixrates.demo-data=true",
				"sixrates.admin-password=" + ImportBrowserTests.PASSWORD })
class ImportBrowserTests extends ChromiumTest {

	static final String PASSWORD = "import-browser-password";

	ImportBrowserTests() {
		super(1366, 1000);
	}

	@Test
	void aWorkbooksErrorsAreShownAtTheirCellsAndAMisplacedFileOnce() throws IOException {
		chromium.signIn("admin", PASSWORD);
		Path folder = Files.createTempDirectory("sixrates-upload");
		Path workbook = folder.resolve("履职记录.xlsx");
		writeWorkbook(workbook);
		Path committees = folder.resolve("committees.csv");
		Files.writeString(committees, "code,name,type,year,members\nLUMING,鹿鸣市政协,CITY_COUNTY,2025,150\n",
				StandardCharsets.UTF_8);

		chromium.open("/import?lang=zh");
		assertThat(chromium.text("#upload-records")).contains("中文表头：编号、单位、年度、类别", "下载模板 records.xlsx");
		upload(workbook);
		List<String> errors = errorRows();
		assertThat(chromium.text("#error-table thead")).contains("单元格").doesNotContain("行");
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0)).contains("记录!D3", "类别", "PROPSAL", "以下之一");
		chromium.screenshot("import-xlsx-refused-zh");
		chromium.browser.manage().window().setSize(new Dimension(390, 900));
		chromium.screenshot("import-xlsx-refused-phone-zh");
		chromium.browser.manage().window().setSize(new Dimension(1366, 1000));

		upload(committees);
		assertThat(errorRows()).singleElement().asString().contains("这是单位名册文件", "请在“单位名册”一栏导入");
		chromium.screenshot("import-misplaced-zh");

		chromium.open("/import?lang=en");
		upload(workbook);
		assertThat(chromium.text("#error-table thead")).contains("Cell");
		assertThat(errorRows()).singleElement().asString().contains("记录!D3", "PROPSAL", "one of");
		chromium.screenshot("import-xlsx-refused-en");
		chromium.browser.manage().window().setSize(new Dimension(390, 900));
		chromium.screenshot("import-xlsx-refused-phone-en");
	}

	private void upload(Path file) {
		chromium.browser.findElement(By.cssSelector("#upload-records input[type=file]")).sendKeys(file.toString());
		chromium.browser.findElement(By.cssSelector("#upload-records button[type=submit]")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-table")));
	}

	private List<String> errorRows() {
		return chromium.browser.findElements(By.cssSelector("#error-table tbody tr"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/** A records workbook whose second data row has a kind no one knows, in cell D3. */
	private static void writeWorkbook(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("记录");
			Object[][] rows = { { "编号", "单位", "年度", "类别" }, { "X-1", "LUMING", 2025, "提案" },
					{ "X-2", "LUMING", 2025, "PROPSAL" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c] instanceof Integer number) {
						row.createCell(c).setCellValue(number);
					}
					else {
						row.createCell(c).setCellValue((String) rows[r][c]);
					}
				}
			}
			workbook.write(out);
		}
	}

}
