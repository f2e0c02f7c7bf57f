package org.sixrates.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code score} command end to end on files: import, tally, score, CSV.
 *
 * <p>
 * The city: three committees of 10 members, two years, scored by a two-rate scheme
 * (completion = completed proposals / proposals, weight 0.6, excluded when there are no
 * proposals; activity = Σ quantity of activities / members, capped at 1, weight 0.4;
 * grades good ≥ 60, fail ≥ 0; notice = top 1 with score ≥ 50 and completion ≥ 0.5;
 * plenary = notice two years running).
 *
 * <pre>
 * 2024  A: completion 3/4 = 0.75, activity 5/10 = 0.5   score 100·(0.6·0.75 + 0.4·0.5) = 65
 *       B: completion 2/2 = 1,    activity 2/10 = 0.2   score 100·(0.6 + 0.08)          = 68
 *       C: no proposals: excluded, activity 12/10 → cap 1; weights re-spread to activity
 *          alone (0.4 / 0.4 = 1)                         score 100
 *       ranks C 1, B 2, A 3; all good; notice: all eligible, top 1 → C; plenary: no 2023 → none
 * 2025  A: completion 1/2 = 0.5,  activity 10/10 = 1    score 30 + 40 = 70
 *       B: completion 1/4 = 0.25, activity 1            score 15 + 40 = 55 → fail
 *       C: completion 1/1 = 1,    activity 1            score 100
 *       ranks C 1, A 2, B 3; notice: B vetoed (0.25 < 0.5), A eligible (0.5 is not below 0.5),
 *       top 1 → C; plenary: C won notice in 2024 and 2025 → C
 * </pre>
 */
class ScoreCommandTests extends CommandFixture {

	private static final String RULES = """
			scheme: test
			title: {zh: 测试, en: Test}
			rates:
			  - id: completion
			    label: {zh: 办结率, en: Completion}
			    weight: 0.6
			    numerator: {count: {kind: [PROPOSAL], status: [COMPLETED]}}
			    denominator: {count: {kind: [PROPOSAL]}}
			    when_empty: exclude
			  - id: activity
			    label: {zh: 活动率, en: Activity}
			    weight: 0.4
			    numerator: {sum: quantity, where: {kind: [ACTIVITY]}}
			    denominator: {committee: members}
			    cap: 1.0
			tie_break: [completion]
			grades:
			  - {id: good, label: {zh: 良好, en: Good}, min_score: 60}
			  - {id: fail, label: {zh: 不合格, en: Fail}, min_score: 0}
			awards:
			  - id: notice
			    label: {zh: 通报表彰, en: Commended by notice}
			    top: 1
			    min_score: 50
			    veto: {completion: 0.5}
			  - id: plenary
			    label: {zh: 全会表彰, en: Commended at the plenary}
			    consecutive: {award: notice, years: 2}
			""";

	private static final String COMMITTEES = """
			code,name,type,year,members
			A,甲区政协,DISTRICT,2024,10
			B,乙县政协,COUNTY,2024,10
			C,丙区政协,DISTRICT,2024,10
			A,甲区政协,DISTRICT,2025,10
			B,乙县政协,COUNTY,2025,10
			C,丙区政协,DISTRICT,2025,10
			""";

	@BeforeEach
	void writeFiles() throws IOException {
		write("rules.yaml", RULES);
		write("committees.csv", COMMITTEES);
		List<String> records = new ArrayList<>(List.of("id,committee,year,kind,status,quantity"));
		proposals(records, "A", 2024, 3, 1);
		proposals(records, "B", 2024, 2, 0);
		proposals(records, "A", 2025, 1, 1);
		proposals(records, "B", 2025, 1, 3);
		proposals(records, "C", 2025, 1, 0);
		records.add("A-ACT-2024,A,2024,ACTIVITY,,5");
		records.add("B-ACT-2024,B,2024,ACTIVITY,,2");
		records.add("C-ACT-2024,C,2024,ACTIVITY,,12");
		for (String committee : List.of("A", "B", "C")) {
			records.add(committee + "-ACT-2025," + committee + ",2025,活动,,10");
		}
		write("records.csv", String.join("\n", records) + "\n");
	}

	@Test
	void scoresEveryYearOfTheCommitteesFile() {
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--rules",
				file("rules.yaml")))
			.isZero();
		assertThat(out()).isEqualTo(csv("""
				year,rank,committee,name,completion,activity,score,grade,awards
				2024,1,C,丙区政协,,100.00,100.00,good,notice
				2024,2,B,乙县政协,100.00,20.00,68.00,good,
				2024,3,A,甲区政协,75.00,50.00,65.00,good,
				2025,1,C,丙区政协,100.00,100.00,100.00,good,notice;plenary
				2025,2,A,甲区政协,50.00,100.00,70.00,good,
				2025,3,B,乙县政协,25.00,100.00,55.00,fail,
				"""));
		assertThat(err()).isEmpty();
	}

	@Test
	void readsCommitteesAndRecordsFromWorkbooksAsFromCsv() throws IOException {
		workbook("committees.xlsx", "单位", COMMITTEES);
		workbook("bad.xlsx", "记录", "id,committee,year,kind\nX-1,A,2024,PROPOSAL\nX-2,A,2024,PROPSAL\n");

		assertThat(run("--committees", file("committees.xlsx"), "--records", file("records.csv"), "--rules",
				file("rules.yaml"), "--year", "2024"))
			.isZero();
		assertThat(out()).contains("2024,1,C,丙区政协,,100.00,100.00,good,notice");
		assertThat(run("--committees", file("committees.xlsx"), "--records", file("bad.xlsx"), "--rules",
				file("rules.yaml")))
			.isEqualTo(2);
		assertThat(err()).contains(file("bad.xlsx") + ": cell 记录!D3 (kind): \"PROPSAL\"");
	}

	/** The CSV lines as one sheet, whole numbers as number cells. */
	private void workbook(String name, String sheet, String csv) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream file = Files.newOutputStream(folder.resolve(name))) {
			Sheet rows = workbook.createSheet(sheet);
			String[] lines = csv.strip().split("\n");
			for (int r = 0; r < lines.length; r++) {
				Row row = rows.createRow(r);
				String[] cells = lines[r].split(",", -1);
				for (int c = 0; c < cells.length; c++) {
					if (cells[c].matches("[0-9]+")) {
						row.createCell(c).setCellValue(Integer.parseInt(cells[c]));
					}
					else {
						row.createCell(c).setCellValue(cells[c]);
					}
				}
			}
			workbook.write(file);
		}
	}

	@Test
	void oneYearStillCountsTheYearBeforeForConsecutiveAwards() {
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--rules",
				file("rules.yaml"), "--year", "2025"))
			.isZero();
		assertThat(out()).isEqualTo(csv("""
				year,rank,committee,name,completion,activity,score,grade,awards
				2025,1,C,丙区政协,100.00,100.00,100.00,good,notice;plenary
				2025,2,A,甲区政协,50.00,100.00,70.00,good,
				2025,3,B,乙县政协,25.00,100.00,55.00,fail,
				"""));
	}

	@Test
	void laterRecordsFilesUpdateEarlierOnesById() throws IOException {
		// B's third 2025 proposal B-TA-2025-3 (filed) is completed: B's completion 2/4 =
		// 0.5,
		// score 30 + 40 = 70, equal to A's; the tie-break rate is 0.5 for both, so they
		// share
		// rank 2 and are listed by code
		write("update.csv", "编号,单位,年度,类别,办理状态\nB-TA-2025-3,乙县政协,2025,提案,已办结\n");
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--records",
				file("update.csv"), "--rules", file("rules.yaml"), "--year=2025"))
			.isZero();
		assertThat(out()).isEqualTo(csv("""
				year,rank,committee,name,completion,activity,score,grade,awards
				2025,1,C,丙区政协,100.00,100.00,100.00,good,notice;plenary
				2025,2,A,甲区政协,50.00,100.00,70.00,good,
				2025,2,B,乙县政协,50.00,100.00,70.00,good,
				"""));
	}

	@Test
	void aLaterFilesRowReplacesTheEarlierOneInTheCube() throws IOException {
		// 2025: C's only proposal P1 is filed in the first file and completed in the
		// second, its activity 5 of 10 members. With the first file alone C has
		// completion
		// 0/1 = 0 and scores 100·(0.6·0 + 0.4·0.5) = 20: fail, below the notice's 50.
		// With
		// the second, the filed version is taken out and the completed one counted:
		// completion 1/1 = 1, score 100·(0.6·1 + 0.4·0.5) = 80, good, notice (2024 has no
		// records, so no plenary). A and B have no proposals (completion excluded) and no
		// activity: 0, sharing rank 2.
		write("first.csv",
				"id,committee,year,kind,status,quantity\nP1,C,2025,PROPOSAL,FILED,\nACT,C,2025,ACTIVITY,,5\n");
		write("second.csv", "id,committee,year,kind,status\nP1,C,2025,PROPOSAL,COMPLETED\n");

		assertThat(run("--committees", file("committees.csv"), "--records", file("first.csv"), "--rules",
				file("rules.yaml"), "--year", "2025"))
			.isZero();
		assertThat(out()).isEqualTo(csv("""
				year,rank,committee,name,completion,activity,score,grade,awards
				2025,1,C,丙区政协,0.00,50.00,20.00,fail,
				2025,2,A,甲区政协,,0.00,0.00,fail,
				2025,2,B,乙县政协,,0.00,0.00,fail,
				"""));
		out.reset();
		assertThat(run("--committees", file("committees.csv"), "--records", file("first.csv"), "--records",
				file("second.csv"), "--rules", file("rules.yaml"), "--year", "2025"))
			.isZero();
		assertThat(out()).isEqualTo(csv("""
				year,rank,committee,name,completion,activity,score,grade,awards
				2025,1,C,丙区政协,100.00,50.00,80.00,good,notice
				2025,2,A,甲区政协,,0.00,0.00,fail,
				2025,2,B,乙县政协,,0.00,0.00,fail,
				"""));
	}

	@Test
	void anIdTwiceInOneFileIsStillAnErrorWhileAnIdOfAnEarlierFileIsAnUpdate() throws IOException {
		write("first.csv", "id,committee,year,kind\nP1,C,2025,PROPOSAL\n");
		write("twice.csv", "id,committee,year,kind\nP1,C,2025,PROPOSAL\nP2,C,2025,PROPOSAL\nP1,C,2025,ACTIVITY\n");

		assertThat(run("--committees", file("committees.csv"), "--records", file("first.csv"), "--records",
				file("twice.csv"), "--rules", file("rules.yaml")))
			.isEqualTo(2);
		assertThat(err()).isEqualTo(file("twice.csv")
				+ ": line 4, column 1 (id): \"P1\" — an id used once per committee; committee C has this id on line 2 already"
				+ System.lineSeparator());
		assertThat(out()).isEmpty();
	}

	@Test
	void errorsOfALaterFileNameItsLinesAndColumnsAndNothingIsPrinted() throws IOException {
		// the first file is good; every error of the second is listed, in line order, by
		// physical line: the quoted title of lines 4–5 breaks its line
		write("bad.csv", "id,committee,year,kind,title,quantity\nX-1,A,2024,PROPOSAL,,\nX-2,A,2023,ACTIVITY,,-1\n"
				+ "X-3,乙县政协,2025,活动,\"第一行\n第二行\",3\nX-4,A,2025,PROPSAL,,\n");
		Path target = folder.resolve("out.csv");
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--records",
				file("bad.csv"), "--rules", file("rules.yaml"), "--out", target.toString()))
			.isEqualTo(2);
		assertThat(err().lines()).hasSize(3)
			.satisfiesExactly(
					line -> assertThat(line).startsWith(file("bad.csv") + ": line 3, column 3 (year): \"2023\""),
					line -> assertThat(line).startsWith(file("bad.csv") + ": line 3, column 6 (quantity): \"-1\""),
					line -> assertThat(line).startsWith(file("bad.csv") + ": line 6, column 4 (kind): \"PROPSAL\""));
		assertThat(out()).isEmpty();
		assertThat(target).doesNotExist();
	}

	@Test
	void chineseHeaderWithLangZh() throws IOException {
		Path target = folder.resolve("out.csv");
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--rules",
				file("rules.yaml"), "--year", "2024", "--lang", "zh", "--out", target.toString()))
			.isZero();
		assertThat(out()).isEmpty();
		assertThat(Files.readString(target)).isEqualTo("\uFEFF" + csv("""
				年度,排名,单位代码,单位名称,办结率,活动率,得分,等次,表彰
				2024,1,C,丙区政协,,100.00,100.00,良好,通报表彰
				2024,2,B,乙县政协,100.00,20.00,68.00,良好,
				2024,3,A,甲区政协,75.00,50.00,65.00,良好,
				"""));
	}

	@Test
	void theOutFileIsUtf8BehindAByteOrderMarkAndStandardOutputIsNot() throws IOException {
		// the HTTP export's bytes (RankingCsv.withBom), so that Excel and WPS open the
		// file
		// as UTF-8; a pipe gets the same text without the mark
		Path target = folder.resolve("ranking.csv");
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--rules",
				file("rules.yaml"), "--out", target.toString()))
			.isZero();
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--rules",
				file("rules.yaml")))
			.isZero();

		byte[] written = Files.readAllBytes(target);
		byte[] printed = out.toByteArray();
		assertThat(written).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(printed).startsWith("year,".getBytes(StandardCharsets.UTF_8));
		assertThat(new String(written, 3, written.length - 3, StandardCharsets.UTF_8))
			.isEqualTo(new String(printed, StandardCharsets.UTF_8));
	}

	@Test
	void cellsASpreadsheetWouldRunAsAFormulaAreMadeInert() throws IOException {
		// names as imported: =1+1 and @SUM(1) would run, so they get a leading '; -3 is a
		// number and stays (as Cells.inert does for the HTTP export)
		write("committees.csv", COMMITTEES.replace("甲区政协", "=1+1").replace("乙县政协", "@SUM(1)").replace("丙区政协", "-3"));
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--rules",
				file("rules.yaml"), "--year", "2024"))
			.isZero();
		assertThat(out()).isEqualTo(csv("""
				year,rank,committee,name,completion,activity,score,grade,awards
				2024,1,C,-3,,100.00,100.00,good,notice
				2024,2,B,'@SUM(1),100.00,20.00,68.00,good,
				2024,3,A,'=1+1,75.00,50.00,65.00,good,
				"""));
	}

	@Test
	void aScoreReachingNoGradeLeavesTheGradeCellEmpty() throws IOException {
		// without the fail grade, B's 55 in 2025 reaches no grade (good needs 60)
		write("rules.yaml", RULES.replace("  - {id: fail, label: {zh: 不合格, en: Fail}, min_score: 0}\n", ""));
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--rules",
				file("rules.yaml"), "--year", "2025"))
			.isZero();
		assertThat(out()).isEqualTo(csv("""
				year,rank,committee,name,completion,activity,score,grade,awards
				2025,1,C,丙区政协,100.00,100.00,100.00,good,notice;plenary
				2025,2,A,甲区政协,50.00,100.00,70.00,good,
				2025,3,B,乙县政协,25.00,100.00,55.00,,
				"""));
	}

	@Test
	void theDefaultSchemeIsUsedWithoutRules() {
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--year", "2024"))
			.isZero();
		assertThat(out()).startsWith(
				"year,rank,committee,name,endorsement,completion,conversion,activity,publication,contribution,score,grade,awards\r\n");
	}

	@Test
	void badRecordsExitWithTwoNamingLineAndColumnAndWriteNoFile() throws IOException {
		write("bad.csv", "id,committee,year,kind\nX-1,A,2024,PROPOSAL\nX-2,A,2024,PROPSAL\nX-3,Z,2024,ACTIVITY\n");
		Path target = folder.resolve("out.csv");
		assertThat(run("--committees", file("committees.csv"), "--records", file("bad.csv"), "--rules",
				file("rules.yaml"), "--out", target.toString()))
			.isEqualTo(2);
		assertThat(err()).contains(file("bad.csv") + ": line 3, column 4 (kind): \"PROPSAL\"")
			.contains(file("bad.csv") + ": line 4, column 2 (committee): \"Z\"");
		assertThat(target).doesNotExist();
		assertThat(out()).isEmpty();
	}

	@Test
	void badRulesExitWithTwoNamingTheLine() throws IOException {
		write("bad.yaml", RULES.replace("weight: 0.4", "weight: 0.5"));
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--rules",
				file("bad.yaml")))
			.isEqualTo(2);
		assertThat(err()).startsWith(file("bad.yaml") + ": line ");
		assertThat(out()).isEmpty();
	}

	@Test
	void badRulesAreTheErrorToldWhenTheRecordsAreBadToo() throws IOException {
		// the scheme is read while the files are: its error still comes first, alone
		write("bad.yaml", RULES.replace("weight: 0.4", "weight: 0.5"));
		write("bad.csv", "id,committee,year,kind\nX-1,A,2024,PROPSAL\n");
		assertThat(
				run("--committees", file("committees.csv"), "--records", file("bad.csv"), "--rules", file("bad.yaml")))
			.isEqualTo(2);
		assertThat(err()).startsWith(file("bad.yaml") + ": line ").doesNotContain("PROPSAL");
		assertThat(out()).isEmpty();
	}

	@Test
	void aHugeWeightByFactorIsBadInputAtItsKeyNotAFailure() throws IOException {
		// 1e308 loaded, and 3 completed proposals of A counted 3e308 = Infinity: exit 1
		// with a NumberFormatException from the CSV writer
		write("huge.yaml", RULES.replace("numerator: {count: {kind: [PROPOSAL], status: [COMPLETED]}}",
				"numerator: {count: {kind: [PROPOSAL], status: [COMPLETED]}, weight_by: {level: {NONE: 1e308}}}"));
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--rules",
				file("huge.yaml")))
			.isEqualTo(2);
		assertThat(err())
			.isEqualTo(file("huge.yaml") + ": line 7, column 91 (rates[0].numerator.weight_by.level.NONE): "
					+ "\"1e308\" — expected 0 or a number from 0.000001 to 1000000" + System.lineSeparator());
		assertThat(out()).isEmpty();
	}

	@Test
	void aYearNotInTheCommitteesFileIsBadInput() {
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--rules",
				file("rules.yaml"), "--year", "2023"))
			.isEqualTo(2);
		assertThat(err()).contains("\"2023\"").contains("[2024, 2025]");
	}

	@Test
	void aMissingFileIsBadInput() {
		assertThat(run("--committees", file("nowhere.csv"), "--records", file("records.csv"))).isEqualTo(2);
		assertThat(err()).contains(file("nowhere.csv") + ": no such file");
	}

	@Test
	void anUnknownOptionIsBadInput() {
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--colour", "red"))
			.isEqualTo(2);
		assertThat(err()).contains("unknown option --colour").contains("--help");
	}

	@Test
	void helpExplainsEveryOption() {
		assertThat(run("--help")).isZero();
		assertThat(out()).contains("--committees", "--records", "--rules", "--year", "--out", "--lang", "Exit status");
	}

	/**
	 * {@code completed} completed and {@code filed} filed proposals, ids
	 * {@code B-TA-2025-1…}.
	 */
	private static void proposals(List<String> records, String committee, int year, int completed, int filed) {
		for (int i = 1; i <= completed + filed; i++) {
			String status = (i <= completed) ? "COMPLETED" : "FILED";
			records.add("%s-TA-%d-%d,%s,%d,PROPOSAL,%s,".formatted(committee, year, i, committee, year, status));
		}
	}

	@Override
	int command(List<String> args, PrintStream out, PrintStream err) {
		return ScoreCommand.run(args, out, err);
	}

}
