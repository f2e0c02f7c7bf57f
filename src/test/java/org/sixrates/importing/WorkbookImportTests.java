package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.input.BadInputException;
import org.sixrates.input.ForeignRowsException;
import org.sixrates.input.InputError;
import org.sixrates.vocabulary.Messages;

/**
 * Workbooks imported through the same checks as CSV: typed cells (dates, numbers,
 * booleans, formulas) read as the text a CSV file would hold, every error at its cell as
 * Excel names it, and every file that is not a readable workbook refused with what to do,
 * the database unchanged.
 */
class WorkbookImportTests extends ImportingFixture {

	static final Object[] HEADER = { "编号", "单位", "年度", "类别", "子类", "标题", "日期", "级别", "办理状态", "是否转化", "满意度", "数量",
			"分数" };

	@BeforeEach
	void committees() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		importer.importRecords("records.csv", utf8("id,committee,year,kind,title\nB-1,LC,2024,PROPOSAL,kept\n"),
				"office");
	}

	/**
	 * year, kind, subtype, title, date, level, status, converted, satisfaction, quantity,
	 * score.
	 */
	List<Object> stored(String committee, String id) {
		var record = database.dsl.selectFrom(ACTIVITY_RECORD)
			.where(ACTIVITY_RECORD.COMMITTEE.eq(committee).and(ACTIVITY_RECORD.ID.eq(id)))
			.fetchSingle();
		return Arrays.asList(record.getYear(), record.getKind(), record.getSubtype(), record.getTitle(),
				record.getRecordDate(), record.getLevelReached(), record.getStatus(), record.getConverted(),
				record.getSatisfaction(), record.getQuantity(), record.getScore());
	}

	@Test
	void importsRecordsWithChineseHeadersAndDateNumberBooleanAndFormulaCells() {
		byte[] xlsx = Xlsx.of("记录", HEADER,
				new Object[] { "P-1", "LC", 2024, "提案", null, "关于老城区停车的提案", LocalDate.of(2024, 3, 5), "市级", "已办结", true,
						"满意", null, null },
				new Object[] { "A-1", "鹿城区", 2024, "活动", "视察", "视察瓯江", LocalDate.of(2024, 6, 18), null, null, false,
						null, "=5+7", null },
				new Object[] { 1001, "RA", "=2000+24", "评价", null, "社会评价", null, null, null, null, "基本满意", null,
						85.5 });

		ImportResult result = importer.importRecords("履职记录.xlsx", xlsx, "office");

		assertThat(result.added()).isEqualTo(3);
		assertThat(result.fileName()).isEqualTo("履职记录.xlsx");
		assertThat(stored("LC", "P-1")).containsExactly(2024, "PROPOSAL", null, "关于老城区停车的提案", LocalDate.of(2024, 3, 5),
				"CITY", "COMPLETED", true, "SATISFIED", 0, null);
		// 5+7 is 12 members; the committee written by its name is LC
		assertThat(stored("LC", "A-1")).containsExactly(2024, "ACTIVITY", "INSPECTION", "视察瓯江",
				LocalDate.of(2024, 6, 18), "NONE", "FILED", false, null, 12, null);
		// a number cell as an id is 1001, not 1001.0; a formula's year its result
		assertThat(stored("RA", "1001")).containsExactly(2024, "FEEDBACK", null, "社会评价", null, "NONE", "FILED", false,
				"BASICALLY_SATISFIED", 0, 85.5);
	}

	@Test
	void importsCommitteesFromAWorkbook() {
		byte[] xlsx = Xlsx.of("单位", new Object[] { "单位代码", "单位名称", "单位类型", "考核年度", "委员人数" },
				new Object[] { "WC", "文成县", "县", 2024, 88 }, new Object[] { "WC", "文成县", "县", 2025, 90 });

		ImportResult result = importer.importCommittees(null, xlsx, "office");

		assertThat(result.fileName()).isEqualTo("committees.xlsx");
		assertThat(database.dsl.select(COMMITTEE_YEAR.YEAR, COMMITTEE_YEAR.MEMBERS)
			.from(COMMITTEE_YEAR)
			.where(COMMITTEE_YEAR.COMMITTEE.eq("WC"))
			.orderBy(COMMITTEE_YEAR.YEAR)
			.fetch()
			.map(row -> List.of(row.value1(), row.value2()))).containsExactly(List.of(2024, 88), List.of(2025, 90));
	}

	@Test
	void importsAWorkbookSavedByLibreOffice() {
		// converted once from a CSV by soffice --convert-to xlsx: dates are date cells,
		// the
		// year, quantity and score number cells
		ImportResult result = importer.importRecords("records-libreoffice.xlsx", resource("records-libreoffice.xlsx"),
				"office");

		assertThat(result.added()).isEqualTo(3);
		assertThat(stored("LC", "LO-1")).containsExactly(2024, "PROPOSAL", null, "关于城区停车的提案", LocalDate.of(2024, 3, 5),
				"CITY", "COMPLETED", true, "SATISFIED", 0, null);
		assertThat(stored("LC", "LO-2")).containsExactly(2024, "ACTIVITY", "INSPECTION", "视察乡村振兴项目",
				LocalDate.of(2024, 6, 18), "NONE", "FILED", false, null, 12, null);
		assertThat(stored("RA", "LO-3")).containsExactly(2024, "FEEDBACK", null, "社会评价", LocalDate.of(2024, 11, 30),
				"NONE", "FILED", false, null, 0, 85.5);
	}

	@Test
	void aBadValueIsReportedAtItsCellAsExcelNamesIt() {
		Object[][] rows = new Object[17][];
		rows[0] = HEADER;
		for (int i = 1; i < 16; i++) {
			rows[i] = new Object[] { "R-" + i, "LC", 2024, "提案" };
		}
		rows[16] = new Object[] { "R-16", "LC", 2024, "PROPSAL" };

		InputError error = single(() -> importer.importRecords("records.xlsx", Xlsx.of("记录", rows), "office"));

		assertThat(error.cell()).isEqualTo("记录!D17");
		assertThat(List.of(error.sheet(), error.line(), error.column(), error.field(), error.value()))
			.containsExactly("记录", 17, 4, "类别", "PROPSAL");
		assertThat(error.message(Messages.CHINESE))
			.startsWith("records.xlsx：单元格 记录!D17（类别）：“PROPSAL”——应为以下之一：提案（PROPOSAL）");
		assertThat(error.message(Messages.ENGLISH))
			.startsWith("records.xlsx: cell 记录!D17 (类别): \"PROPSAL\" — one of PROPOSAL (提案)");
	}

	@Test
	void aMissingHeaderIsReportedOnTheHeaderRow() {
		InputError error = single(() -> importer.importRecords("records.xlsx",
				Xlsx.of("Sheet 1", new Object[] { "编号", "单位", "年度" }, new Object[] { "X", "LC", 2024 }), "office"));

		assertThat(error.cell()).isEqualTo("'Sheet 1'!1:1");
		assertThat(error.field()).isEqualTo("kind");
		assertThat(error.message(Messages.CHINESE)).startsWith("records.xlsx：工作表“Sheet 1”第 1 行（kind）：应为表头中有“类别");
	}

	@Test
	void errorCellsUncalculatedFormulasAndValuesWithoutAHeaderAreRefusedAtTheirCells() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Xlsx.fill(workbook, workbook.createSheet("记录"), 0, new Object[] { "id", "committee", "year", "kind", "title" },
				new Object[] { "E-1", "LC", "=1/0", "提案" },
				new Object[] { "E-2", "LC", 2024, "提案", null, null, "多出的值" });
		byte[] calculated = Xlsx.bytes(workbook, true);

		assertThat(errorsIn(() -> importer.importRecords("records.xlsx", calculated, "office")))
			.extracting(InputError::cell, InputError::value, InputError::expected)
			.containsExactly(
					tuple("记录!C2", "#DIV/0!",
							"a value; the cell shows an error: correct its formula or write the value"),
					tuple("记录!G3", "多出的值",
							"values only in columns with a header; this column has none: add its header or delete the value"));

		XSSFWorkbook uncalculated = new XSSFWorkbook();
		Xlsx.fill(uncalculated, uncalculated.createSheet("记录"), 0, new Object[] { "id", "committee", "year", "kind" },
				new Object[] { "E-1", "LC", "=2000+24", "提案" });
		byte[] never = Xlsx.bytes(uncalculated, false);
		assertThat(errorsIn(() -> importer.importRecords("records.xlsx", never, "office")))
			.extracting(InputError::cell, InputError::expected)
			.containsExactly(tuple("记录!C2", "a value; the cell holds a formula whose result was never saved: "
					+ "open the file in Excel or WPS, save it and import it again"));
	}

	@Test
	void anEmptyWorkbookIsReportedAsSuch() {
		InputError error = single(() -> importer.importRecords("records.xlsx", Xlsx.of("记录"), "office"));

		assertThat(error.cell()).isEqualTo("记录");
		assertThat(error.message(Messages.CHINESE)).startsWith("records.xlsx：工作表“记录”：应为表头行");
	}

	@Test
	void aLegacyXlsIsRefusedWithWhatToDo() throws IOException {
		HSSFWorkbook xls = new HSSFWorkbook();
		xls.createSheet("记录").createRow(0).createCell(0).setCellValue("id");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		xls.write(out);
		xls.close();

		InputError error = single(() -> importer.importRecords(null, out.toByteArray(), "office"));

		assertThat(error.message(Messages.CHINESE))
			.isEqualTo("records.xls：应为.xlsx 工作簿或 CSV 文件；这是旧版 Excel 97-2003 工作簿（.xls）："
					+ "请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”或“CSV UTF-8”后再导入");
	}

	@Test
	void aWorkbookWithAPasswordIsRefusedWithWhatToDo() throws Exception {
		byte[] plain = Xlsx.of("记录", HEADER);
		POIFSFileSystem container = new POIFSFileSystem();
		Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
		encryptor.confirmPassword("secret");
		try (OutputStream encrypted = encryptor.getDataStream(container)) {
			encrypted.write(plain);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		container.writeFilesystem(out);
		container.close();

		InputError error = single(() -> importer.importRecords("records.xlsx", out.toByteArray(), "office"));

		assertThat(error.expected()).startsWith("a workbook without a password").contains("remove the password");
	}

	@Test
	void aDamagedWorkbookAndOtherZipFilesAreRefusedWithWhatToDo() throws IOException {
		byte[] whole = Xlsx.of("记录", HEADER, new Object[] { "P-1", "LC", 2024, "提案" });
		byte[] cut = Arrays.copyOf(whole, whole.length / 2);
		assertThat(single(() -> importer.importRecords("records.xlsx", cut, "office")).expected())
			.startsWith("an .xlsx workbook that can be read; this file is damaged");

		byte[] ods = zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>"));
		assertThat(single(() -> importer.importRecords("records.ods", ods, "office")).expected())
			.contains("OpenDocument spreadsheet (.ods)");

		byte[] other = zip(Map.of("readme.txt", "hello"));
		assertThat(single(() -> importer.importRecords("records.zip", other, "office")).expected())
			.contains("this ZIP file holds no Excel workbook");
	}

	@Test
	void aWorkbookThatUnpacksToMoreThanTheLimitIsRefusedBeforeItIsParsed() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] spaces = new byte[1024 * 1024];
			Arrays.fill(spaces, (byte) ' ');
			for (long written = 0; written <= Workbooks.MAX_UNPACKED; written += spaces.length) {
				zip.write(spaces);
			}
		}

		InputError error = single(() -> importer.importRecords("records.xlsx", out.toByteArray(), "office"));

		assertThat(error.expected()).startsWith("a workbook of at most 128 MB unpacked");
	}

	@Test
	void aCommitteesFileInTheRecordsBoxIsSaidOnceAndTheReverse() {
		List<InputError> errors = errorsIn(() -> importer.importRecords("committees.csv", utf8(COMMITTEES), "office"));
		assertThat(errors).extracting(InputError::line, InputError::column, InputError::expected)
			.containsExactly(tuple(1, 0, "a records file; this is a committees file (its header is "
					+ "code,name,type,year,members): import it in the committees box (POST /api/committees)"));

		byte[] records = Xlsx.of("记录", HEADER, new Object[] { "P-1", "LC", 2024, "提案" });
		assertThat(errorsIn(() -> importer.importCommittees("records.xlsx", records, "office")))
			.extracting(InputError::cell, InputError::expected)
			.containsExactly(tuple("记录!1:1", "a committees file; this is a records file (its header is "
					+ "编号,单位,年度,类别,子类,标题,日期,级别,办理状态,是否转化,满意度,数量,分数): import it in the records box (POST /api/records)"));
	}

	@Test
	void aClerksRowsOfAnotherCommitteeAreReportedWithTheOtherErrors() {
		byte[] xlsx = Xlsx.of("记录", new Object[] { "id", "committee", "year", "kind" },
				new Object[] { "C-1", "LC", 2024, "PROPSAL" }, new Object[] { "C-2", "RA", 2024, "提案" });

		BadInputException refusal = refusal(() -> importer.importRecords("records.xlsx", xlsx, "clerk-lc", "LC"));

		assertThat(refusal).isNotInstanceOf(ForeignRowsException.class);
		assertThat(refusal.errors()).extracting(InputError::cell, InputError::value)
			.containsExactly(tuple("记录!D2", "PROPSAL"), tuple("记录!B3", "RA"));

		byte[] foreignOnly = Xlsx.of("记录", new Object[] { "id", "committee", "year", "kind" },
				new Object[] { "C-2", "RA", 2024, "提案" });
		assertThat(refusal(() -> importer.importRecords("records.xlsx", foreignOnly, "clerk-lc", "LC")))
			.isInstanceOf(ForeignRowsException.class);
	}

	@Test
	void aTemplateFilledInWithDateAndNumberCellsImportsWithoutAnError() throws IOException {
		byte[] template = new ImportTemplate(ImportContent.RECORDS, TemplatePages.fields(ImportContent.RECORDS, false),
				Map.of("LC", "鹿城区"), 2024, Messages.CHINESE)
			.write();
		XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
		// as a clerk fills it in: each value picked from its drop-down list
		Xlsx.fill(workbook, workbook.getSheetAt(0), 1,
				new Object[] { "T-1", "LC", 2024, "提案", null, "关于养老服务的提案", LocalDate.of(2024, 5, 20), "县级", "已答复", "否",
						"基本满意", null, null },
				new Object[] { "T-2", "LC", 2024, "刊载", "新闻报道", "政协新闻", LocalDate.of(2024, 7, 1), "省级", null, null,
						null, 3, null });

		ImportResult result = importer.importRecords("records.xlsx", Xlsx.bytes(workbook, true), "clerk-lc", "LC");

		assertThat(result.added()).isEqualTo(2);
		assertThat(stored("LC", "T-1")).containsExactly(2024, "PROPOSAL", null, "关于养老服务的提案", LocalDate.of(2024, 5, 20),
				"COUNTY", "REPLIED", false, "BASICALLY_SATISFIED", 0, null);
		assertThat(stored("LC", "T-2")).containsExactly(2024, "PUBLICATION", "NEWS", "政协新闻", LocalDate.of(2024, 7, 1),
				"PROVINCE", "FILED", false, null, 3, null);
		// the example sheet's row was not imported
		assertThat(database.dsl.fetchCount(ACTIVITY_RECORD, ACTIVITY_RECORD.ID.eq("2024-001"))).isZero();
	}

	private InputError single(Runnable importing) {
		List<InputError> errors = errorsIn(importing);
		assertThat(errors).hasSize(1);
		return errors.get(0);
	}

	private List<InputError> errorsIn(Runnable importing) {
		return refusal(importing).errors();
	}

	/**
	 * The refusal of {@code importing}, after checking that it changed nothing at all.
	 */
	private BadInputException refusal(Runnable importing) {
		Map<String, List<Map<String, Object>>> before = database.contents();
		BadInputException failure = catchThrowableOfType(BadInputException.class, importing::run);
		assertThat(failure).as("a BadInputException").isNotNull();
		assertThat(database.contents()).isEqualTo(before);
		return failure;
	}

	private static byte[] zip(Map<String, String> entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(utf8(entry.getValue()));
			}
		}
		return out.toByteArray();
	}

}
