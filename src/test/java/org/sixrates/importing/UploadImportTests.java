package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sixrates.input.InputError;
import org.sixrates.testing.TestDatabase;

/**
 * An import from a spooled {@link Upload} is the import of its bytes: the same result,
 * the same rows, log and audit trail (two fresh databases on the same clock compared
 * whole), the same SHA-256 as {@code sha256sum} gives for the file, and, for a file
 * refused, the same errors, in CSV and in a workbook, which is opened from the spooled
 * file rather than from memory.
 */
class UploadImportTests extends ImportingFixture {

	/** {@code sha256sum src/test/resources/importing/committees-gb18030.csv} */
	static final String COMMITTEES_SHA = "9b1fd506c38b9ce7c4979596d9e82c78ffbcf5b73b315d3fc4323e7ca967b80d";

	/** {@code sha256sum src/test/resources/importing/records-gb18030.csv} */
	static final String RECORDS_SHA = "680beca94e11e33e4f3a6c79ee5c21d044a88bdbcf1f533328a5af86cc5cb8cc";

	/** {@code sha256sum src/test/resources/importing/records-libreoffice.xlsx} */
	static final String WORKBOOK_SHA = "f5830617f13a22e0c470cfb8ef2d2b2c4e625f1eb1cf83fd2429030612df9a06";

	@TempDir
	Path directory;

	TestDatabase spooledDatabase;

	Importer spooledImporter;

	@BeforeEach
	void secondDatabase() {
		spooledDatabase = TestDatabase.migrated();
		spooledImporter = new Importer(spooledDatabase.dsl, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@AfterEach
	void shutdownSecond() {
		spooledDatabase.shutdown();
	}

	@Test
	void gb18030FilesImportFromSpooledUploadsAsFromTheirBytes() {
		ImportResult committees = importer.importCommittees("单位.csv", resource("committees-gb18030.csv"), "office");
		ImportResult records = importer.importRecords("履职记录.csv", resource("records-gb18030.csv"), "office");
		ImportResult spooledCommittees;
		ImportResult spooledRecords;
		try (Upload upload = spooled("单位.csv", resource("committees-gb18030.csv"))) {
			spooledCommittees = spooledImporter.importCommittees(upload, "office", null);
		}
		try (Upload upload = spooled("履职记录.csv", resource("records-gb18030.csv"))) {
			spooledRecords = spooledImporter.importRecords(upload, "office", null, null);
		}

		assertThat(spooledCommittees).isEqualTo(committees).isEqualTo(new ImportResult("单位.csv", COMMITTEES_SHA, 4, 0));
		// P-001, A-001 and F-001
		assertThat(spooledRecords).isEqualTo(records).isEqualTo(new ImportResult("履职记录.csv", RECORDS_SHA, 3, 0));
		assertThat(stored(spooledDatabase)).isEqualTo(stored(database));
		assertThat(auditOf(spooledDatabase)).isEqualTo(auditOf(database));
		assertThat(auditOf(spooledDatabase).get("audit_event")).extracting(row -> row.get("sha256"))
			.containsExactly(COMMITTEES_SHA, RECORDS_SHA);
	}

	@Test
	void aWorkbookImportsFromItsSpooledFileAsFromItsBytes() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		spooledImporter.importCommittees("committees.csv", utf8(COMMITTEES), "office");

		ImportResult fromBytes = importer.importRecords(null, resource("records-libreoffice.xlsx"), "office");
		ImportResult fromFile;
		try (Upload upload = spooled(null, resource("records-libreoffice.xlsx"))) {
			fromFile = spooledImporter.importRecords(upload, "office", null, null);
		}

		// named by its content when it came without a name; LO-1, LO-2 and LO-3
		assertThat(fromFile).isEqualTo(fromBytes).isEqualTo(new ImportResult("records.xlsx", WORKBOOK_SHA, 3, 0));
		assertThat(stored(spooledDatabase)).isEqualTo(stored(database));
		assertThat(auditOf(spooledDatabase)).isEqualTo(auditOf(database));
	}

	@Test
	void aRefusedFileGivesTheSameErrorsFromItsSpooledFileAsFromItsBytes() throws IOException {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		spooledImporter.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		byte[] workbook = Xlsx.of("记录", new Object[] { "编号", "单位", "年度", "类别" },
				new Object[] { "P-1", "LC", 2024, "提案" }, new Object[] { "P-2", "LC", "20x4", "提案" });
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("a bad row", utf8("id,committee,year,kind\nP1,LC,2024,PROPOSAL\nP2,LC,2024,PROPSAL\n"));
		files.put("an id twice", utf8("id,committee,year,kind\nP1,LC,2024,PROPOSAL\nP1,LC,2024,PROPOSAL\n"));
		files.put("an unclosed quote", utf8("id,committee,year,kind,title\nP1,LC,2024,PROPOSAL,\"open\n"));
		files.put("UTF-16", "\uFEFFid,committee,year,kind\n".getBytes(Charset.forName("UTF-16LE")));
		files.put("GB18030 with UTF-8 pasted in",
				concat("id,committee,year,kind,title\nP1,LC,2024,PROPOSAL,".getBytes(Charset.forName("GB18030")),
						"关于养老的提案\n".getBytes(Charset.forName("GB18030")),
						"P2,LC,2024,PROPOSAL,关于停车提案\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		files.put("a bad cell", workbook);
		files.put("a damaged workbook", Arrays.copyOf(workbook, workbook.length / 2));
		files.put("an OpenDocument spreadsheet", zip("mimetype", "content.xml"));
		files.put("a ZIP of something else", zip("notes.txt"));
		files.put("a legacy .xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
				0x1A, (byte) 0xE1, 0, 0, 0, 0 });

		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			List<InputError> fromBytes = errorsOf(() -> importer.importRecords("records", file.getValue(), "office"));
			List<InputError> fromFile;
			try (Upload upload = spooled("records", file.getValue())) {
				fromFile = spooledErrorsOf(() -> spooledImporter.importRecords(upload, "office", null, null));
			}
			assertThat(fromFile).as(file.getKey()).isNotEmpty().isEqualTo(fromBytes);
		}
	}

	private List<InputError> spooledErrorsOf(Runnable importing) {
		TestDatabase first = database;
		database = spooledDatabase;
		try {
			return errorsOf(importing);
		}
		finally {
			database = first;
		}
	}

	private Upload spooled(String name, byte[] bytes) {
		try {
			return Upload.spool(name, new ByteArrayInputStream(bytes), directory, Long.MAX_VALUE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, List<Map<String, Object>>> stored(TestDatabase database) {
		return database.contents();
	}

	private static Map<String, List<Map<String, Object>>> auditOf(TestDatabase database) {
		return Map.of("audit_event", database.dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetchMaps(),
				"audit_change", database.dsl.selectFrom(AUDIT_CHANGE).orderBy(AUDIT_CHANGE.ID).fetchMaps());
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static byte[] zip(String... names) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(utf8(name));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
