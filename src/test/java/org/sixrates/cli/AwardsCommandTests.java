package org.sixrates.cli;

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
 * The {@code awards} command end to end on files, by the default scheme
 * {@code rules/six-rates.yaml}: notice = top 3 of those scoring at least 75 whose
 * completion is not below 0.5; plenary = notice in the year and the year before.
 *
 * <p>
 * Every committee has 10 members and, each year, 5 proposals of which {@code c} are
 * completed, 5 advisory proposals of which {@code e} were endorsed nationally (factor 1),
 * all 10 converted or none, one activity of {@code q} members, one publication at city
 * level or at none, one evaluation scoring {@code s}. So endorsement = e/5, completion =
 * c/5, conversion = 1 or 0, activity = q/40 (capped at 1), publication = 1 or 0,
 * contribution = s/100, and the score
 * {@code 100·(0.2·e/5 + 0.2·c/5 + 0.15·conv + 0.15·q/40 + 0.15·pub + 0.15·s/100)}
 * {@code = 4e + 4c + 15·conv + 0.375q + 15·pub + 0.15s}.
 *
 * <pre>
 *        e c conv  q pub   s   score                         rank  notice
 * 2024 A 5 5  yes 40 yes 100   20+20+15+15+15+15   = 100       1   eligible, 1st
 *      E 5 2  yes 40 yes 100   20+8+15+15+15+15    =  88       2   completion 0.4 < 0.5: vetoed
 *      D 5 5  yes 40 no  100   20+20+15+15+0+15    =  85       3   eligible, 2nd
 *      B 5 5  yes 40 no   60   20+20+15+15+0+9     =  79       4   eligible, 3rd
 *      C, F, G 0 5 no 40 yes 100   0+20+0+15+15+15 =  65       5   below 75
 *      notice 2024: A 1, D 2, B 3 (B is 4th in the ranking); plenary 2024: no 2023, nobody
 *
 * 2025 A 5 5  yes 40 yes 100                       = 100       1   eligible, 1st
 *      B 5 2  yes 40 yes 100                       =  88       2   completion 0.4 < 0.5: vetoed
 *      C 5 5  yes 40 yes  10   20+20+15+15+15+1.5  =  86.5     3   eligible, 2nd
 *      D 5 5  yes 40 no  100                       =  85       4   eligible, 3rd
 *      E 5 5  yes 40 no  100                       =  85       4   eligible, 3rd (the same rates as D:
 *                                                                  the tie-break rates tie too)
 *      F 5 5  yes 40 no   60                       =  79       6   eligible, 5th: beyond top 3
 *      G 0 5  no  40 yes 100                       =  65       7   below 75
 *      notice 2025: A 1, C 2, D 3, E 3 (both at the edge of the top 3 win)
 *      plenary 2025: notice in 2024 and 2025: A and D (B and E lost one of the years, C
 *      did not win in 2024); ranked among these two: A 1, D 2 (D is 4th in the ranking)
 * </pre>
 */
class AwardsCommandTests extends CommandFixture {

	private static final List<String> COMMITTEES = List.of("A,甲区政协,DISTRICT", "B,乙县政协,COUNTY", "C,丙区政协,DISTRICT",
			"D,丁区政协,DISTRICT", "E,戊区政协,DISTRICT", "F,己县政协,COUNTY", "G,庚县政协,COUNTY");

	@BeforeEach
	void writeFiles() throws IOException {
		List<String> committees = new ArrayList<>(List.of("code,name,type,year,members"));
		for (int year : List.of(2024, 2025)) {
			COMMITTEES.forEach(committee -> committees.add(committee + "," + year + ",10"));
		}
		write("committees.csv", String.join("\n", committees) + "\n");
		List<String> records = new ArrayList<>(List.of("id,committee,year,kind,status,level,converted,quantity,score"));
		work(records, "A", 2024, 5, 5, true, 40, true, 100);
		work(records, "B", 2024, 5, 5, true, 40, false, 60);
		work(records, "C", 2024, 0, 5, false, 40, true, 100);
		work(records, "D", 2024, 5, 5, true, 40, false, 100);
		work(records, "E", 2024, 5, 2, true, 40, true, 100);
		work(records, "F", 2024, 0, 5, false, 40, true, 100);
		work(records, "G", 2024, 0, 5, false, 40, true, 100);
		work(records, "A", 2025, 5, 5, true, 40, true, 100);
		work(records, "B", 2025, 5, 2, true, 40, true, 100);
		work(records, "C", 2025, 5, 5, true, 40, true, 10);
		work(records, "D", 2025, 5, 5, true, 40, false, 100);
		work(records, "E", 2025, 5, 5, true, 40, false, 100);
		work(records, "F", 2025, 5, 5, true, 40, false, 60);
		work(records, "G", 2025, 0, 5, false, 40, true, 100);
		write("records.csv", String.join("\n", records) + "\n");
	}

	@Test
	void listsEachAwardsWinnersByTheirRankAmongTheEligible() {
		// B (88, 2nd in the ranking) is vetoed, so C, 3rd in the ranking, is 2nd in the
		// notice list, and D and E, 4th, share its 3rd place: both are within the top 3
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--year", "2025"))
			.isZero();
		assertThat(out()).isEqualTo(csv("""
				year,award,rank,committee,name,score
				2025,notice,1,A,甲区政协,100.00
				2025,notice,2,C,丙区政协,86.50
				2025,notice,3,D,丁区政协,85.00
				2025,notice,3,E,戊区政协,85.00
				2025,plenary,1,A,甲区政协,100.00
				2025,plenary,2,D,丁区政协,85.00
				"""));
		assertThat(err()).isEmpty();
	}

	@Test
	void anAwardNobodyWonHasNoLines() {
		// 2024 has no year before it, so nobody wins plenary; E (88) is vetoed and B,
		// 4th in the ranking, is 3rd in the notice list
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--year", "2024"))
			.isZero();
		assertThat(out()).isEqualTo(csv("""
				year,award,rank,committee,name,score
				2024,notice,1,A,甲区政协,100.00
				2024,notice,2,D,丁区政协,85.00
				2024,notice,3,B,乙县政协,79.00
				"""));
	}

	@Test
	void theChineseHeaderAndTheAwardsChineseLabelsWithLangZh() throws IOException {
		Path target = folder.resolve("awards.csv");
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--year", "2025",
				"--lang", "zh", "--out", target.toString()))
			.isZero();
		assertThat(out()).isEmpty();
		assertThat(Files.readString(target)).isEqualTo("\uFEFF" + csv("""
				年度,表彰,名次,单位代码,单位名称,得分
				2025,通报表彰,1,A,甲区政协,100.00
				2025,通报表彰,2,C,丙区政协,86.50
				2025,通报表彰,3,D,丁区政协,85.00
				2025,通报表彰,3,E,戊区政协,85.00
				2025,全会表彰,1,A,甲区政协,100.00
				2025,全会表彰,2,D,丁区政协,85.00
				"""));
	}

	@Test
	void theOutFileIsUtf8BehindAByteOrderMarkAndStandardOutputIsNot() throws IOException {
		Path target = folder.resolve("awards.csv");
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--year", "2025",
				"--out", target.toString()))
			.isZero();
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--year=2025"))
			.isZero();

		byte[] written = Files.readAllBytes(target);
		byte[] printed = out.toByteArray();
		assertThat(written).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(printed).startsWith("year,award,".getBytes(StandardCharsets.UTF_8));
		assertThat(new String(written, 3, written.length - 3, StandardCharsets.UTF_8))
			.isEqualTo(new String(printed, StandardCharsets.UTF_8));
	}

	@Test
	void badRecordsExitWithTwoNamingLineAndColumnAndWriteNoFile() throws IOException {
		write("bad.csv", "id,committee,year,kind\nX-1,A,2025,PROPOSAL\nX-2,A,2025,PROPSAL\n");
		Path target = folder.resolve("awards.csv");
		assertThat(run("--committees", file("committees.csv"), "--records", file("bad.csv"), "--year", "2025", "--out",
				target.toString()))
			.isEqualTo(2);
		assertThat(err()).contains(file("bad.csv") + ": line 3, column 4 (kind): \"PROPSAL\"");
		assertThat(target).doesNotExist();
		assertThat(out()).isEmpty();
	}

	@Test
	void withoutAYearItIsBadInput() {
		Path target = folder.resolve("awards.csv");
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--out",
				target.toString()))
			.isEqualTo(2);
		assertThat(err()).isEqualTo("six-rates awards: --year is required" + System.lineSeparator()
				+ "Try: java -jar six-rates.jar awards --help" + System.lineSeparator());
		assertThat(target).doesNotExist();
		assertThat(out()).isEmpty();
	}

	@Test
	void aYearNotInTheCommitteesFileIsBadInput() {
		assertThat(run("--committees", file("committees.csv"), "--records", file("records.csv"), "--year", "2023"))
			.isEqualTo(2);
		assertThat(err()).contains("\"2023\"").contains("[2024, 2025]");
		assertThat(out()).isEmpty();
	}

	@Test
	void helpExplainsEveryOption() {
		assertThat(run("--help")).isZero();
		assertThat(out()).startsWith("Usage: java -jar six-rates.jar awards --year YEAR")
			.contains("year,award,rank,committee,name,score", "--committees", "--records", "--rules", "--year", "--out",
					"--lang", "Exit status");
	}

	/**
	 * One committee's year of work: {@code completed} of 5 proposals completed,
	 * {@code endorsed} of 5 advisory proposals endorsed nationally, all 10 converted or
	 * none, one activity of {@code quantity} members, one publication at city level
	 * ({@code published}) or none, one evaluation scoring {@code score}.
	 */
	private static void work(List<String> records, String committee, int year, int endorsed, int completed,
			boolean converted, int quantity, boolean published, int score) {
		String prefix = committee + "-" + year + "-";
		for (int i = 1; i <= 5; i++) {
			records.add(String.join(",", prefix + "TA" + i, committee, Integer.toString(year), "PROPOSAL",
					(i <= completed) ? "COMPLETED" : "FILED", "", Boolean.toString(converted), "", ""));
			records.add(String.join(",", prefix + "JYA" + i, committee, Integer.toString(year), "ADVISORY_PROPOSAL", "",
					(i <= endorsed) ? "NATIONAL" : "NONE", Boolean.toString(converted), "", ""));
		}
		records.add(String.join(",", prefix + "ACT", committee, Integer.toString(year), "ACTIVITY", "", "", "",
				Integer.toString(quantity), ""));
		records.add(String.join(",", prefix + "PUB", committee, Integer.toString(year), "PUBLICATION", "",
				published ? "CITY" : "NONE", "", "", ""));
		records.add(String.join(",", prefix + "FB", committee, Integer.toString(year), "FEEDBACK", "", "", "", "",
				Integer.toString(score)));
	}

	@Override
	int command(List<String> args, PrintStream out, PrintStream err) {
		return AwardsCommand.run(args, out, err);
	}

}
