package org.sixrates.scoring;

import java.util.Map;
import java.util.Set;

import org.sixrates.vocabulary.Messages;
import org.junit.jupiter.api.Test;
import org.sixrates.rules.Scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.sixrates.scoring.TestCity.committee;
import static org.sixrates.scoring.TestCity.twoRates;

/**
 * Grades and awards over two years, weights a 0.6, b 0.4, normalization none, grades
 * excellent 90, good 75, pass 60, fail 0; {@code notice}: top 2, min_score 60, veto a
 * 0.6; {@code plenary}: notice in this year and the one before.
 *
 * <pre>
 *        2023                              2024
 * A1   a 0.7 b 0.5  62 pass              a 0.8 b 0.75  78 good
 * B2   a 0.9 b 1.0  94 excellent         a 0.5 b 1.0   70 pass (vetoed: a 0.5 &lt; 0.6)
 * C3   a 0.9 b 0.75 84 good              a 0.9 b 0.25  64 pass
 * D4   a 0.5 b 1.0  70 pass (vetoed)     a 0.5 b 0.5   50 fail (below 60, vetoed)
 *
 * notice 2023: eligible B2 94, C3 84, A1 62 → B2 1, C3 2 win, A1 3 beyond top 2
 * notice 2024: eligible A1 78, C3 64 → both win
 * plenary 2023: nobody (2022 not in the cube); 2024: C3 (notice 2023 and 2024)
 * </pre>
 */
class AwardTests {

	private static final String AWARDS = """
			grades:
			  - {id: excellent, label: {zh: 优秀, en: Excellent}, min_score: 90}
			  - {id: good, label: {zh: 良好, en: Good}, min_score: 75}
			  - {id: pass, label: {zh: 合格, en: Pass}, min_score: 60}
			  - {id: fail, label: {zh: 不合格, en: Fail}, min_score: 0}
			awards:
			  - id: notice
			    label: {zh: 通报表彰, en: Commended by notice}
			    top: 2
			    min_score: 60
			    veto: {a: 0.6}
			  - id: plenary
			    label: {zh: 全会表彰, en: Commended at the plenary}
			    consecutive: {award: notice, years: 2}
			""";

	private final Scorer scorer = new Scorer();

	private static Cube twoYears() {
		TestCity city = new TestCity();
		for (int year : new int[] { 2023, 2024 }) {
			for (String code : new String[] { "A1", "B2", "C3", "D4" }) {
				city.committee(code, year, 10);
			}
		}
		return city.proposals("A1", 2023, 10, 7)
			.publications("A1", 2023, 4, 2)
			.proposals("B2", 2023, 10, 9)
			.publications("B2", 2023, 4, 4)
			.proposals("C3", 2023, 10, 9)
			.publications("C3", 2023, 4, 3)
			.proposals("D4", 2023, 10, 5)
			.publications("D4", 2023, 4, 4)
			.proposals("A1", 2024, 10, 8)
			.publications("A1", 2024, 4, 3)
			.proposals("B2", 2024, 10, 5)
			.publications("B2", 2024, 4, 4)
			.proposals("C3", 2024, 10, 9)
			.publications("C3", 2024, 4, 1)
			.proposals("D4", 2024, 4, 2)
			.publications("D4", 2024, 4, 2)
			.cube();
	}

	@Test
	void gradesAreTheFirstWhoseMinScoreIsReached() {
		Assessment assessment = scorer.score(twoRates(AWARDS), twoYears());

		assertThat(committee(assessment, 2023, "A1").score()).isCloseTo(62, offset(1e-9));
		assertThat(committee(assessment, 2023, "B2").score()).isCloseTo(94, offset(1e-9));
		assertThat(committee(assessment, 2023, "C3").score()).isCloseTo(84, offset(1e-9));
		assertThat(committee(assessment, 2023, "D4").score()).isCloseTo(70, offset(1e-9));
		assertThat(committee(assessment, 2023, "A1").grade().id()).isEqualTo("pass");
		assertThat(committee(assessment, 2023, "B2").grade().id()).isEqualTo("excellent");
		assertThat(committee(assessment, 2023, "C3").grade().id()).isEqualTo("good");
		assertThat(committee(assessment, 2023, "D4").grade().id()).isEqualTo("pass");
		assertThat(committee(assessment, 2024, "A1").grade().id()).isEqualTo("good");
		assertThat(committee(assessment, 2024, "D4").grade().id()).isEqualTo("fail");
	}

	@Test
	void vetoAndMinScoreDecideEligibilityAndTopTheWinners() {
		Assessment assessment = scorer.score(twoRates(AWARDS), twoYears());

		assertThat(committee(assessment, 2023, "B2").awards()).containsExactly("notice");
		assertThat(committee(assessment, 2023, "C3").awards()).containsExactly("notice");
		assertThat(committee(assessment, 2023, "A1").awards()).isEmpty();
		assertThat(committee(assessment, 2023, "A1").outcomes().get(0).reason().english())
			.isEqualTo("rank 3 of 3 eligible, beyond top 2");
		assertThat(committee(assessment, 2023, "C3").outcomes().get(0).reason().english())
			.isEqualTo("rank 2 of 3 eligible");
		// D4 scores 70 but its a of 0.5 is below the floor 0.6
		assertThat(committee(assessment, 2023, "D4").awards()).isEmpty();
		assertThat(committee(assessment, 2023, "D4").outcomes().get(0).eligible()).isFalse();
		assertThat(committee(assessment, 2023, "D4").outcomes().get(0).reason().english())
			.isEqualTo("a 50.00% below the veto floor 60.00%");
		assertThat(committee(assessment, 2024, "D4").outcomes().get(0).reason().english())
			.isEqualTo("score 50.00 below min_score 60; a 50.00% below the veto floor 60.00%");
		assertThat(committee(assessment, 2024, "D4").outcomes().get(0).reason().in(Messages.CHINESE))
			.isEqualTo("得分50.00低于60分；甲50.00%低于否决线60.00%");
		assertThat(committee(assessment, 2023, "A1").outcomes().get(0).reason().in(Messages.CHINESE))
			.isEqualTo("符合条件的3个单位中排第3名，未进入前2名");
		assertThat(committee(assessment, 2024, "A1").awards()).containsExactly("notice");
		assertThat(committee(assessment, 2024, "C3").outcomes().get(0).rank()).isEqualTo(2);
		assertThat(committee(assessment, 2024, "C3").outcomes().get(0).eligibleCount()).isEqualTo(2);
	}

	@Test
	void consecutiveAwardNeedsTheNamedAwardInEachOfTheYears() {
		Assessment assessment = scorer.score(twoRates(AWARDS), twoYears());

		// 2023: 2022 is not in the cube, so nobody
		assertThat(committee(assessment, 2023, "B2").awards()).containsExactly("notice");
		assertThat(committee(assessment, 2023, "B2").outcomes().get(1).reason().english())
			.isEqualTo("not won notice in 2022");
		// 2024: C3 won notice in 2023 and 2024
		assertThat(committee(assessment, 2024, "C3").awards()).containsExactly("notice", "plenary");
		assertThat(committee(assessment, 2024, "C3").outcomes().get(1).reason().english())
			.isEqualTo("rank 1 of 1 eligible; won notice in 2023, 2024");
		assertThat(committee(assessment, 2024, "C3").outcomes().get(1).reason().in(Messages.CHINESE))
			.isEqualTo("符合条件的1个单位中排第1名；2023、2024年均获通报表彰");
		assertThat(committee(assessment, 2024, "A1").awards()).containsExactly("notice");
		assertThat(committee(assessment, 2024, "A1").outcomes().get(1).reason().english())
			.isEqualTo("not won notice in 2023");
		assertThat(committee(assessment, 2024, "A1").outcomes().get(1).reason().in(Messages.CHINESE))
			.isEqualTo("2023年未获通报表彰");
		assertThat(committee(assessment, 2024, "B2").outcomes().get(1).reason().english())
			.isEqualTo("not won notice in 2024");
		assertThat(committee(assessment, 2024, "D4").outcomes().get(1).reason().english())
			.isEqualTo("not won notice in 2024; not won notice in 2023");
	}

	@Test
	void aYearMissingFromTheCubeCountsAsNotWon() {
		Cube only2024 = new Cube(twoYears().committees().stream().filter(c -> c.year() == 2024).toList(),
				twoYears().cells().stream().filter(c -> c.year() == 2024).toList());

		Assessment assessment = scorer.score(twoRates(AWARDS), only2024);

		assertThat(assessment.years()).extracting(YearResult::year).containsExactly(2024);
		assertThat(committee(assessment, 2024, "C3").awards()).containsExactly("notice");
	}

	@Test
	void aConsecutiveAwardReadsASettledYearFromItsSettledOutcomesNotFromTheCube() {
		// as if 2023 had been published with A1 commended (the cube's own 2023 gives B2
		// and C3): 2024's plenary reads 2023 from there, while 2023 itself is scored from
		// the cube as before
		Map<Integer, Map<String, Set<String>>> settled = Map.of(2023, Map.of("A1", Set.of("notice")));

		Assessment assessment = scorer.score(twoRates(AWARDS), twoYears(), settled);

		assertThat(committee(assessment, 2023, "C3").awards()).containsExactly("notice");
		assertThat(committee(assessment, 2023, "A1").awards()).isEmpty();
		assertThat(committee(assessment, 2024, "A1").awards()).containsExactly("notice", "plenary");
		assertThat(committee(assessment, 2024, "C3").awards()).containsExactly("notice");
		assertThat(committee(assessment, 2024, "C3").outcomes().get(1).reason().english())
			.isEqualTo("not won notice in 2023");
	}

	@Test
	void aSettledOutcomeOfTheYearJudgedItselfIsNotRead() {
		// settled outcomes are of earlier years: 2024's own notice is the one computed
		Map<Integer, Map<String, Set<String>>> settled = Map.of(2024, Map.of("B2", Set.of("notice")));

		Assessment assessment = scorer.score(twoRates(AWARDS), twoYears(), settled);

		assertThat(committee(assessment, 2024, "B2").awards()).isEmpty();
		assertThat(committee(assessment, 2024, "C3").awards()).containsExactly("notice", "plenary");
	}

	@Test
	void tiesAtTheEdgeOfTopAllWin() {
		// A1 and B2 both score 56 (see RankingTests), C3 50: with top 1 both A1 and B2
		// win
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.committee("C3", 2024, 10)
			.proposals("A1", 2024, 10, 8)
			.publications("A1", 2024, 5, 1)
			.proposals("B2", 2024, 10, 6)
			.publications("B2", 2024, 4, 2)
			.proposals("C3", 2024, 10, 5)
			.publications("C3", 2024, 2, 1)
			.cube();
		Scheme scheme = twoRates("""
				awards:
				  - {id: first, label: {zh: 第一, en: First}, top: 1}
				""");

		Assessment assessment = scorer.score(scheme, cube);

		assertThat(committee(assessment, 2024, "A1").awards()).containsExactly("first");
		assertThat(committee(assessment, 2024, "B2").awards()).containsExactly("first");
		assertThat(committee(assessment, 2024, "C3").awards()).isEmpty();
		assertThat(committee(assessment, 2024, "C3").outcomes().get(0).reason().english())
			.isEqualTo("rank 3 of 3 eligible, beyond top 1");
	}

	@Test
	void aSchemeWithoutGradesGivesNoGrade() {
		Assessment assessment = scorer.score(twoRates(""), twoYears());

		assertThat(committee(assessment, 2024, "A1").grade()).isNull();
		assertThat(committee(assessment, 2024, "A1").outcomes()).isEmpty();
	}

	@Test
	void assessmentNamesTheSchemeAndItsHash() {
		Scheme scheme = twoRates(AWARDS);

		Assessment assessment = scorer.score(scheme, twoYears());

		assertThat(assessment.schemeId()).isEqualTo("test");
		assertThat(assessment.schemeSha256()).isEqualTo(scheme.sha256());
		assertThat(assessment.years()).extracting(YearResult::year).containsExactly(2023, 2024);
	}

}
