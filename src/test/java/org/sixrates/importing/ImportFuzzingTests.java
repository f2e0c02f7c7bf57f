package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.sixrates.input.BadInputException;
import org.sixrates.testing.Mutations;
import org.sixrates.testing.TestDatabase;

/**
 * Random and damaged files fed to the importer: each is imported or refused with a
 * {@link BadInputException} whose every error names the file and what was expected, never
 * another exception, and a refused file changes nothing in the database.
 */
class ImportFuzzingTests {

	private static final String[] KINDS = { "PROPOSAL", "ADVISORY_PROPOSAL", "RESEARCH_REPORT", "PLENARY_SPEECH",
			"SOCIAL_OPINION", "ACTIVITY", "PUBLICATION", "FEEDBACK", "提案", "活动" };

	private TestDatabase database;

	private Importer importer;

	@BeforeProperty
	void migrate() {
		database = TestDatabase.migrated();
		importer = new Importer(database.dsl, Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneOffset.UTC));
		importer.importCommittees("committees.csv", ImportingFixture.utf8(ImportingFixture.COMMITTEES), "clerk");
	}

	@AfterProperty
	void shutdown() {
		database.shutdown();
	}

	@Property(tries = 150)
	void damagedCommitteesFilesAreImportedOrRefusedWholly(@ForAll("damagedCommittees") byte[] file) {
		importedOrRefused(() -> importer.importCommittees("committees.csv", file, "clerk"));
	}

	@Property(tries = 150)
	void damagedRecordsFilesAreImportedOrRefusedWholly(@ForAll("damagedRecords") byte[] file) {
		importedOrRefused(() -> importer.importRecords("records.csv", file, "clerk"));
	}

	@Property(tries = 100)
	void randomBytesAreImportedOrRefusedWholly(@ForAll("randomBytes") byte[] file) {
		importedOrRefused(() -> importer.importCommittees("committees.csv", file, "clerk"));
		importedOrRefused(() -> importer.importRecords("records.csv", file, "clerk"));
	}

	/**
	 * A good file in UTF-8 or GB18030 with bytes of the other encoding, or bytes of
	 * neither, put into it: refused, or read as one encoding whole; never stored as
	 * mojibake (text with U+FFFD or with UTF-8 read as GB18030).
	 */
	@Property(tries = 150)
	void filesOfMixedOrBrokenEncodingsAreNeverStoredAsMojibake(@ForAll("mixedEncodings") byte[] file) {
		importer.importCommittees("committees.csv", ImportingFixture.utf8(ImportingFixture.COMMITTEES), "office");
		importedOrRefused(() -> importer.importRecords("records.csv", file, "clerk"));
		database.dsl.selectFrom(org.sixrates.db.Tables.ACTIVITY_RECORD).forEach(record -> {
			assertThat(record.getTitle()).doesNotContain("\uFFFD").doesNotContain("婢", "鍖", "涓");
		});
	}

	@Example
	void aFileThatIsOnlyAHeaderImportsNothing() {
		importedOrRefused(() -> importer.importRecords("records.csv", ImportingFixture.utf8("id,committee,year,kind\n"),
				"clerk"));
	}

	/**
	 * Found on PostgreSQL, which cannot store a NUL in a text column: the insert failed
	 * with an SQL error.
	 */
	@Example
	void aNulCharacterIsRefusedOnEveryDatabase() {
		assertThat(refused(() -> importer.importRecords("records.csv",
				ImportingFixture.utf8("id,committee,year,kind,title\nN1,LC,2024,PROPOSAL,a\u0000b\n"), "clerk")))
			.isTrue();
		assertThat(refused(() -> importer.importCommittees("committees.csv",
				ImportingFixture.utf8("code,name,type,year,members\nLC,鹿\u0000城,DISTRICT,2024,120\n"), "clerk")))
			.isTrue();
	}

	private void importedOrRefused(Runnable importing) {
		Statistics.collect(refused(importing) ? "refused" : "imported");
	}

	/**
	 * Whether {@code importing} was refused, after checking that a refusal is all it may
	 * be.
	 */
	private boolean refused(Runnable importing) {
		Map<String, List<Map<String, Object>>> before = database.contents();
		try {
			importing.run();
			return false;
		}
		catch (BadInputException refused) {
			assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> {
				assertThat(error.file()).isNotBlank();
				assertThat(error.expected()).isNotBlank();
			});
			assertThat(database.contents()).isEqualTo(before);
			return true;
		}
	}

	@Provide
	Arbitrary<byte[]> damagedCommittees() {
		Arbitrary<String> row = Combinators
			.combine(Arbitraries.of("LC", "RA", "YJ", "NEW", "鹿城区"),
					Arbitraries.of("鹿城区", "瑞安市", "Name, with a comma", "\"quoted\""),
					Arbitraries.of("COUNTY", "DISTRICT", "CITY_COUNTY", "县", "区", "县级市"),
					Arbitraries.integers().between(2020, 2026), Arbitraries.integers().between(0, 300))
			.as((code, name, type, year, members) -> String.join(",", code, quoted(name), type, year.toString(),
					members.toString()));
		Arbitrary<String> header = Arbitraries.of("code,name,type,year,members", "单位代码,名称,类型,年度,委员人数",
				"members,year,type,name,code");
		return Mutations.of(Combinators.combine(header, row.list().ofMinSize(1).ofMaxSize(6))
			.as((head, rows) -> head + "\n" + String.join("\n", rows) + "\n"));
	}

	@Provide
	Arbitrary<byte[]> damagedRecords() {
		// id, committee, year, kind, subtype, title, level, status, converted, quantity
		Arbitrary<String> row = Combinators
			.combine(List.of(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(4),
					Arbitraries.of("LC", "RA", "YJ", "鹿城区"), Arbitraries.of("2024", "2025"), Arbitraries.of(KINDS),
					Arbitraries.of("", "INSPECTION", "NEWS", "视察"), Arbitraries.of("\"Title, \"\"quoted\"\"\"", "题目"),
					Arbitraries.of("", "CITY", "NATIONAL", "省级"), Arbitraries.of("", "FILED", "COMPLETED", "已答复"),
					Arbitraries.of("", "true", "否"), Arbitraries.of("", "0", "12", "2024-05-01")))
			.as(fields -> String.join(",", fields));
		return Mutations.of(row.list()
			.ofMinSize(1)
			.ofMaxSize(8)
			.map(rows -> "id,committee,year,kind,subtype,title,level,status,converted,quantity\n"
					+ String.join("\n", rows) + "\n"));
	}

	@Provide
	Arbitrary<byte[]> mixedEncodings() {
		java.nio.charset.Charset gb18030 = java.nio.charset.Charset.forName("GB18030");
		String header = "id,committee,year,kind,title\n";
		Arbitrary<String> title = Arbitraries.of("澜东区政协调研报告", "关于养老服务的提案", "中文标题", "plain title");
		Arbitrary<byte[]> line = Combinators
			.combine(Arbitraries.integers().between(1, 99), title, Arbitraries.of(StandardCharsets.UTF_8, gb18030))
			.as((n, text, charset) -> ("X" + n + ",LC,2024,PROPOSAL," + text + "\n").getBytes(charset));
		Arbitrary<byte[]> junk = Arbitraries.of(new byte[] { (byte) 0xFF, (byte) 0xFE }, new byte[] { (byte) 0x80 },
				new byte[] { (byte) 0xC3 }, new byte[] { (byte) 0xE4, (byte) 0xB8 }, new byte[0]);
		return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(6), junk, Arbitraries.integers().between(0, 5))
			.as((lines, bad, at) -> {
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
				out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
				for (int i = 0; i < lines.size(); i++) {
					if (i == Math.min(at, lines.size() - 1)) {
						out.writeBytes(bad);
					}
					out.writeBytes(lines.get(i));
				}
				return out.toByteArray();
			});
	}

	@Provide
	Arbitrary<byte[]> randomBytes() {
		Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
		Arbitrary<byte[]> csvLike = Arbitraries.strings()
			.withChars(",\"\n\r;\t =-.0123456789abcLCRAYJ提案是否县级\uFEFF")
			.ofMaxLength(200)
			.map(text -> ("id,committee,year,kind,code,name,type,members\n" + text).getBytes(StandardCharsets.UTF_8));
		return Arbitraries.oneOf(bytes, csvLike);
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
