package org.sixrates.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.sixrates.importing.ImportResult;
import org.sixrates.importing.Importer;
import org.sixrates.system.H2Urls;
import org.sixrates.vocabulary.CommitteeType;
import org.sixrates.vocabulary.Kind;

/**
 * {@code generate} end to end: the files it writes are read by the product's own
 * importer, scored by {@code score}, and the same arguments give the same bytes.
 */
class GenerateCommandTests extends CommandFixture {

	@Test
	void aGeneratedCityImportsWithNoErrorAsExactlyTheCommitteesYearsAndRecordsAskedFor() throws IOException {
		assertThat(run("--committees", "12", "--records", "1500", "--years", "3", "--seed", "7", "--out", file("city")))
			.isZero();
		assertThat(err()).isEmpty();
		assertThat(out()).contains("12 个单位", "2023 至 2025 年", "1500 条记录");

		// every value of every column goes through the importer's checks: one it does not
		// take would fail the import with a BadInputException
		DSLContext dsl = database();
		Importer importer = new Importer(dsl, Clock.systemUTC());
		ImportResult committees = importer.importCommittees("committees.csv", bytes("city/committees.csv"), "test");
		ImportResult records = importer.importRecords("records.csv", bytes("city/records.csv"), "test");
		assertThat(committees.added()).isEqualTo(12 * 3);
		assertThat(records.added()).isEqualTo(1500);
		assertThat(records.updated()).isZero();
		assertThat(dsl.fetchCount(COMMITTEE)).isEqualTo(12);
		assertThat(dsl.fetchCount(COMMITTEE_YEAR)).isEqualTo(12 * 3);
		assertThat(dsl.fetchCount(ACTIVITY_RECORD)).isEqualTo(1500);
		// each committee in each of the three years ending with the default last year
		assertThat(dsl.selectDistinct(COMMITTEE_YEAR.YEAR).from(COMMITTEE_YEAR).fetch(COMMITTEE_YEAR.YEAR))
			.containsExactlyInAnyOrder(2023, 2024, 2025);
		assertThat(
				dsl.fetchCount(dsl.selectDistinct(COMMITTEE_YEAR.COMMITTEE, COMMITTEE_YEAR.YEAR).from(COMMITTEE_YEAR)))
			.isEqualTo(36);
	}

	@Test
	void aLargeYearIsMadeInPartsWhoseRecordIdsStayDistinct() throws IOException {
		// one committee, one year, 4 500 records: three parts of 1 500; the importer
		// refuses
		// a file with an id twice for one committee
		assertThat(run("--committees=1", "--records=4500", "--years=1", "--last-year=2030", "--out=" + file("one")))
			.isZero();
		Importer importer = new Importer(database(), Clock.systemUTC());
		importer.importCommittees("committees.csv", bytes("one/committees.csv"), "test");
		assertThat(importer.importRecords("records.csv", bytes("one/records.csv"), "test").added()).isEqualTo(4500);
		List<CSVRecord> records = parse("one/records.csv");
		assertThat(records).allSatisfy(row -> assertThat(row.get("year")).isEqualTo("2030"));
		// the year's literature-and-history volume comes once, not once a part
		assertThat(records.stream().filter(row -> row.get("subtype").equals("LITERATURE_HISTORY"))).hasSize(1);
	}

	@Test
	void recordsAreSpreadUnevenlyOverCommitteesAndAllSortsOfWorkAppear() throws IOException {
		assertThat(run("--committees", "40", "--records", "20000", "--years", "2", "--out", file("city"))).isZero();
		Map<String, Integer> perCommitteeYear = new HashMap<>();
		Set<Kind> kinds = new TreeSet<>();
		for (CSVRecord row : parse("city/records.csv")) {
			perCommitteeYear.merge(row.get("committee") + "/" + row.get("year"), 1, Integer::sum);
			kinds.add(Kind.valueOf(row.get("kind")));
		}
		assertThat(perCommitteeYear.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20000);
		// 20 000 / 80 = 250 on average; a quiet committee does a tenth of a busy one's
		// work
		int least = perCommitteeYear.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
		int most = perCommitteeYear.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
		assertThat(most).isGreaterThan(3 * least);
		assertThat(kinds).containsExactlyInAnyOrder(Kind.values());
		Set<CommitteeType> types = new HashSet<>();
		parse("city/committees.csv").forEach(row -> types.add(CommitteeType.valueOf(row.get("type"))));
		assertThat(types).containsExactlyInAnyOrder(CommitteeType.values());
	}

	@Test
	void theSameArgumentsGiveTheSameBytesAndAnotherSeedOtherFiles() throws IOException {
		for (String folder : List.of("first", "again")) {
			assertThat(run("--committees", "20", "--records", "3000", "--seed", "42", "--out", file(folder))).isZero();
		}
		assertThat(run("--committees", "20", "--records", "3000", "--seed", "43", "--out", file("other"))).isZero();
		for (String name : List.of("committees.csv", "records.csv")) {
			assertThat(bytes("again/" + name)).isEqualTo(bytes("first/" + name));
			assertThat(bytes("other/" + name)).isNotEqualTo(bytes("first/" + name));
		}
		// UTF-8 without a byte order mark, every line ending in CRLF, as the demo files
		String records = Files.readString(folder.resolve("first/records.csv"));
		assertThat(records).startsWith("id,committee,year,kind,").endsWith("\r\n");
		assertThat(records.replace("\r\n", "")).doesNotContain("\n", "\r");
	}

	@Test
	void tenThousandCommitteesGetCodesAndNamesOfTheirOwn() throws IOException {
		assertThat(run("--committees", "10000", "--records", "0", "--years", "1", "--out", file("many"))).isZero();
		List<CSVRecord> rows = parse("many/committees.csv");
		assertThat(rows).hasSize(10000);
		assertThat(rows.stream().map(row -> row.get("code")).distinct()).hasSize(10000);
		assertThat(rows.stream().map(row -> row.get("name")).distinct()).hasSize(10000);
		assertThat(rows).allSatisfy(row -> assertThat(row.get("name")).matches("\\p{IsHan}{2,3}[区县市]政协"));
	}

	@Test
	void noRecordsGivesTheCommitteesAndAHeader() throws IOException {
		assertThat(run("--committees", "3", "--records", "0", "--years", "1", "--out", file("empty"))).isZero();
		assertThat(Files.readString(folder.resolve("empty/records.csv"))).isEqualTo(
				"id,committee,year,kind,subtype,title,date,level,status,converted,satisfaction,quantity,score\r\n");
		assertThat(parse("empty/committees.csv")).hasSize(3);
	}

	@Test
	void theScoreCommandRanksEveryCommitteeOfAGeneratedCity() throws IOException {
		assertThat(run("--committees", "25", "--records", "2500", "--years", "2", "--out", file("city"))).isZero();
		Set<String> codes = new HashSet<>();
		parse("city/committees.csv").forEach(row -> codes.add(row.get("code")));
		assertThat(codes).hasSize(25);

		out.reset();
		assertThat(ScoreCommand.run(
				List.of("--committees", file("city/committees.csv"), "--records", file("city/records.csv"), "--year",
						"2025"),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
			.isZero();
		List<CSVRecord> ranking = parse(new StringReader(out()));
		assertThat(ranking).hasSize(25);
		assertThat(ranking.stream().map(row -> row.get("committee"))).containsExactlyInAnyOrderElementsOf(codes);
		assertThat(ranking.get(0).get("rank")).isEqualTo("1");
	}

	@Test
	void badArgumentsExitWithTwoAndAMessageInChineseUnlessEnglishIsAsked() {
		assertThat(run("--committees", "0", "--records", "10", "--out", file("x"))).isEqualTo(2);
		assertThat(err()).contains("--committees：“0”——应为1 到 100000 之间的整数").contains("generate --help");

		err.reset();
		assertThat(run("--committees", "ten", "--records", "10", "--out", file("x"), "--lang", "en")).isEqualTo(2);
		assertThat(err()).contains("--committees: \"ten\" — expected a whole number from 1 to 100000")
			.contains("Try: java -jar six-rates.jar generate --help");

		err.reset();
		assertThat(run("--committees", "3", "--out", file("x"))).isEqualTo(2);
		assertThat(err()).contains("缺少必填选项 --records");

		err.reset();
		assertThat(run("--committees", "3", "--records", "1", "--out", file("x"), "--colour", "red")).isEqualTo(2);
		assertThat(err()).contains("未知的选项 --colour");

		err.reset();
		assertThat(run("--committees", "3", "--records", "1", "--out", file("x"), "--seed", "1.5", "--lang=en"))
			.isEqualTo(2);
		assertThat(err()).contains("--seed: \"1.5\" — expected a whole number, negative ones too");

		// 30 years up to 1960 would begin in 1931, before the CPPCC was founded
		err.reset();
		assertThat(
				run("--committees", "3", "--records", "1", "--years", "30", "--last-year", "1960", "--out", file("x")))
			.isEqualTo(2);
		assertThat(err()).contains("截至 1960 年的 30 个年度从 1931 年开始");

		err.reset();
		assertThat(run("--committees", "3", "--records", "1", "--out", file("x"), "--lang", "fr")).isEqualTo(2);
		assertThat(err()).contains("--lang：“fr”——应为zh 或 en");

		assertThat(folder.resolve("x")).doesNotExist();
		assertThat(out()).isEmpty();
	}

	@Test
	void anExistingFileThatIsNotEmptyIsKeptUnlessForced() throws IOException {
		Files.createDirectories(folder.resolve("city"));
		write("city/records.csv", "mine\n");
		Files.createFile(folder.resolve("city/committees.csv"));

		assertThat(run("--committees", "2", "--records", "20", "--out", file("city"), "--lang", "en")).isEqualTo(2);
		assertThat(err()).contains(folder.resolve("city/records.csv").toAbsolutePath()
				+ " exists and is not empty, so nothing was written; add --force");
		assertThat(Files.readString(folder.resolve("city/records.csv"))).isEqualTo("mine\n");
		assertThat(Files.size(folder.resolve("city/committees.csv"))).isZero();

		assertThat(run("--committees", "2", "--records", "20", "--out", file("city"), "--force")).isZero();
		assertThat(parse("city/records.csv")).hasSize(20);
		assertThat(parse("city/committees.csv")).hasSize(6);
		// nothing left beside the files
		try (var files = Files.list(folder.resolve("city"))) {
			assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("committees.csv",
					"records.csv");
		}
	}

	@Test
	void anOutFolderThatIsAFileIsBadInput() throws IOException {
		write("plain", "x");
		assertThat(run("--committees", "2", "--records", "20", "--out", file("plain"))).isEqualTo(2);
		assertThat(err()).contains("--out：“" + file("plain") + "”——应为一个文件夹");
	}

	@Test
	void helpExplainsEveryOptionInTheLanguageAsked() {
		assertThat(run("--help")).isZero();
		assertThat(out()).contains("用法", "--committees", "--records", "--years", "--last-year", "--seed", "--out",
				"--force", "--lang", "退出状态");
		out.reset();
		assertThat(run("--lang", "en", "--help")).isZero();
		assertThat(out()).contains("Usage", "--force", "Exit status").doesNotContain("用法");
	}

	private static DSLContext database() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource
			.setURL(H2Urls.withRequiredSettings("jdbc:h2:mem:generate-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return DSL.using(dataSource, SQLDialect.H2);
	}

	private byte[] bytes(String name) throws IOException {
		return Files.readAllBytes(folder.resolve(name));
	}

	private List<CSVRecord> parse(String name) throws IOException {
		return parse(new StringReader(Files.readString(folder.resolve(name))));
	}

	private static List<CSVRecord> parse(StringReader text) {
		try {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(text).getRecords();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	int command(List<String> args, PrintStream out, PrintStream err) {
		return GenerateCommand.run(args, out, err);
	}

}
