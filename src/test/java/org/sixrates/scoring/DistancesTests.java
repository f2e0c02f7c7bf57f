package org.sixrates.scoring;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sixrates.rules.Scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.sixrates.scoring.TestCity.committee;
import static org.sixrates.scoring.TestCity.twoRates;

/**
 * Distance to the next step on hand-worked cities: rates a = completed / proposals
 * (weight 0.6) and b = city-level publications / publications (weight 0.4), both a subset
 * of their denominator's records; grades excellent 90, good 75, pass 60, fail 0;
 * {@code notice} the top 2 (ties at the edge included), {@code plenary} notice this year
 * and the one before.
 */
class DistancesTests {

	private static final String STEPS = """
			grades:
			  - {id: excellent, label: {zh: 优秀, en: Excellent}, min_score: 90}
			  - {id: good, label: {zh: 良好, en: Good}, min_score: 75}
			  - {id: pass, label: {zh: 合格, en: Pass}, min_score: 60}
			  - {id: fail, label: {zh: 不合格, en: Fail}, min_score: 0}
			awards:
			  - id: notice
			    label: {zh: 通报表彰, en: Commended by notice}
			    top: 2
			  - id: plenary
			    label: {zh: 全会表彰, en: Commended at the plenary}
			    consecutive: {award: notice, years: 2}
			""";

	private final Scorer scorer = new Scorer();

	private final Distances distances = new Distances();

	/**
	 * 2024, normalization none: A1 a 8/10 b 5/10 = 100·(0.48 + 0.20) = 68 pass, rank 2;
	 * B2 a 9/10 b 9/10 = 90 excellent, rank 1; C3 a 5/10 b 5/10 = 50 fail, rank 3.
	 */
	private static TestCity city() {
		return new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.committee("C3", 2024, 10)
			.proposals("A1", 2024, 10, 8)
			.publications("A1", 2024, 10, 5)
			.proposals("B2", 2024, 10, 9)
			.publications("B2", 2024, 10, 9)
			.proposals("C3", 2024, 10, 5)
			.publications("C3", 2024, 10, 5);
	}

	@Test
	void raisingOneRateToTheReportedValueReachesTheNextGradeAndOneRecordLessDoesNot() {
		Scheme scheme = twoRates(STEPS);

		Distance distance = distances.of(scheme, city().cube(), Map.of(), 2024, "A1").orElseThrow();

		// good at 75: a alone, 100·(0.6·x + 0.20) ≥ 75 → x ≥ 0.55 / 0.6 = 11/12 =
		// 0.91667;
		// (8 + k) / 10 ≥ 11/12 → k = 2 (9/10 = 0.9 falls short)
		Distance.Step good = distance.nextGrade();
		assertThat(good.id()).isEqualTo("good");
		Distance.RateStep a = good.rates().get(0);
		assertThat(a.rate()).isEqualTo(0.8);
		assertThat(a.needed()).isCloseTo(11.0 / 12, offset(2e-9));
		assertThat(a.increase()).isCloseTo(11.0 / 12 - 0.8, offset(2e-9));
		assertThat(a.records().needed()).isEqualTo(2);
		assertThat(a.records().of()).isEqualTo(10);
		assertThat(a.records().becomes()).containsExactly(Map.entry("status", "COMPLETED"));
		// b alone: 100·(0.48 + 0.4·y) ≥ 75 → y ≥ 0.675; (5 + k) / 10 ≥ 0.675 → k = 2
		Distance.RateStep b = good.rates().get(1);
		assertThat(b.needed()).isCloseTo(0.675, offset(2e-9));
		assertThat(b.records().needed()).isEqualTo(2);
		assertThat(b.records().becomes()).containsExactly(Map.entry("level", "CITY"));
		// rescored on the records themselves: 9 completed stays pass, 10 is good
		assertThat(gradeOfA1(scheme, 9, 5)).isEqualTo("pass");
		assertThat(gradeOfA1(scheme, 10, 5)).isEqualTo("good");
		assertThat(gradeOfA1(scheme, 8, 6)).isEqualTo("pass");
		assertThat(gradeOfA1(scheme, 8, 7)).isEqualTo("good");
	}

	@Test
	void anAwardNoRateAloneCanWinIsOutOfReachAndOneItCanIsGiven() {
		Scheme scheme = twoRates(STEPS);

		Distance distance = distances.of(scheme, city().cube(), Map.of(), 2024, "C3").orElseThrow();

		// notice, top 2: C3 must reach A1's 68. a alone: 100·(0.6·x + 0.2) ≥ 68 → x ≥
		// 0.8,
		// 3 more of 10; b alone: 30 + 40·y ≥ 68 → y ≥ 0.95, 5 more (10/10) of 10
		Distance.Step notice = distance.awards().get(0);
		assertThat(notice.id()).isEqualTo("notice");
		assertThat(notice.rates().get(0).needed()).isCloseTo(0.8, offset(2e-9));
		assertThat(notice.rates().get(0).records().needed()).isEqualTo(3);
		assertThat(notice.rates().get(1).needed()).isCloseTo(0.95, offset(2e-9));
		assertThat(notice.rates().get(1).records().needed()).isEqualTo(5);
		// plenary needs notice in 2023 too, which is not in the data: no rate gets there
		Distance.Step plenary = distance.awards().get(1);
		assertThat(plenary.id()).isEqualTo("plenary");
		assertThat(plenary.reachable()).isFalse();
		assertThat(plenary.rates()).extracting(Distance.RateStep::obstacle)
			.containsOnly(Distance.Obstacle.OUT_OF_REACH);
		// fail → pass at 60: a alone x ≥ 2/3 → 2 more; b alone 30 + 40·y ≥ 60 → y ≥ 0.75
		assertThat(distance.nextGrade().id()).isEqualTo("pass");
		assertThat(distance.nextGrade().rates().get(0).needed()).isCloseTo(2.0 / 3, offset(2e-9));
		assertThat(distance.nextGrade().rates().get(0).records().needed()).isEqualTo(2);
		assertThat(distance.nextGrade().rates().get(1).needed()).isCloseTo(0.75, offset(2e-9));
	}

	@Test
	void theRecordCountOfAHandWorkedCaseIsThreeMoreOfSixtyNineProposalsCompleted() {
		Scheme scheme = twoRates(STEPS);
		// A1: 61 of 69 proposals completed, b 5/10: 100·(0.6·61/69 + 0.2) = 73.04, pass;
		// good needs a ≥ 11/12: (61 + k) / 69 ≥ 0.91667 → 61 + k ≥ 63.25 → k = 3
		TestCity city = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.proposals("A1", 2024, 69, 61)
			.publications("A1", 2024, 10, 5)
			.proposals("B2", 2024, 10, 9)
			.publications("B2", 2024, 10, 9);

		Distance.RateStep a = distances.of(scheme, city.cube(), Map.of(), 2024, "A1")
			.orElseThrow()
			.nextGrade()
			.rates()
			.get(0);

		assertThat(a.records().needed()).isEqualTo(3);
		assertThat(a.records().of()).isEqualTo(69);
		// 63/69 = 0.9130 scores 74.78, 64/69 = 0.9275 scores 75.65
		assertThat(gradeOf(scheme,
				new TestCity().committee("A1", 2024, 10)
					.committee("B2", 2024, 10)
					.proposals("A1", 2024, 69, 63)
					.publications("A1", 2024, 10, 5)
					.cube()))
			.isEqualTo("pass");
		assertThat(gradeOf(scheme,
				new TestCity().committee("A1", 2024, 10)
					.committee("B2", 2024, 10)
					.proposals("A1", 2024, 69, 64)
					.publications("A1", 2024, 10, 5)
					.cube()))
			.isEqualTo("good");
	}

	@Test
	void normalizationIsRecomputedAsTheRateRises() {
		Scheme scheme = twoRates("normalization: min-max\n" + STEPS);
		// min-max, a over 0.5..0.9, b over 0.5..0.9: A1 a 0.75 b 0 → 45 fail.
		// b alone: 100·(0.45 + 0.4·(y − 0.5)/0.4) ≥ 60 → y ≥ 0.65 → 2 more of 10.
		// a alone: up to 0.9 it scores 100·0.6·(x − 0.5)/0.4, 60 at x = 0.9; above, the
		// maximum moves with it and 60 is the most a can give
		Distance distance = distances.of(scheme, city().cube(), Map.of(), 2024, "A1").orElseThrow();

		assertThat(distance.nextGrade().id()).isEqualTo("pass");
		assertThat(distance.nextGrade().rates().get(1).needed()).isCloseTo(0.65, offset(2e-9));
		assertThat(distance.nextGrade().rates().get(1).records().needed()).isEqualTo(2);
		assertThat(distance.nextGrade().rates().get(0).needed()).isCloseTo(0.9, offset(2e-9));
	}

	@Test
	void aRateAtItsCapOrExcludedSaysSo() {
		Scheme scheme = TestCity.scheme("""
				scheme: test
				title: {zh: 测试, en: Test}
				rates:
				  - id: a
				    label: {zh: 甲, en: A}
				    weight: 0.6
				    numerator: {count: {kind: [PROPOSAL], status: [COMPLETED]}}
				    denominator: {count: {kind: [PROPOSAL]}}
				    cap: 0.5
				  - id: b
				    label: {zh: 乙, en: B}
				    weight: 0.4
				    numerator: {count: {kind: [PUBLICATION], level: [CITY]}}
				    denominator: {count: {kind: [PUBLICATION]}}
				    when_empty: exclude
				""" + STEPS);
		// A1: a 8/10 capped at 0.5, no publications (b excluded): score 100·0.5 = 50
		TestCity city = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.proposals("A1", 2024, 10, 8)
			.proposals("B2", 2024, 10, 9)
			.publications("B2", 2024, 10, 9);

		Distance.Step pass = distances.of(scheme, city.cube(), Map.of(), 2024, "A1").orElseThrow().nextGrade();

		assertThat(pass.rates()).extracting(Distance.RateStep::obstacle)
			.containsExactly(Distance.Obstacle.AT_MOST, Distance.Obstacle.EXCLUDED);
		assertThat(pass.reachable()).isFalse();
	}

	@Test
	void theHighestGradeHasNoNextAndAWonAwardIsNotListed() {
		Distance distance = distances.of(twoRates(STEPS), city().cube(), Map.of(), 2024, "B2").orElseThrow();

		assertThat(distance.nextGrade()).isNull();
		assertThat(distance.awards()).extracting(Distance.Step::id).containsExactly("plenary");
	}

	@Test
	void aConsecutiveAwardReadsTheYearBeforeAsSettled() {
		// C3 won notice in 2023 (settled), so plenary 2024 is as near as notice 2024
		Distance distance = distances
			.of(twoRates(STEPS), city().cube(), Map.of(2023, Map.of("C3", Set.of("notice"))), 2024, "C3")
			.orElseThrow();

		Distance.Step plenary = distance.awards().get(1);
		assertThat(plenary.rates().get(0).needed()).isCloseTo(0.8, offset(2e-9));
		assertThat(plenary.rates().get(0).records().needed()).isEqualTo(3);
	}

	@Test
	void aCommitteeNotAssessedThatYearHasNoDistance() {
		assertThat(distances.of(twoRates(STEPS), city().cube(), Map.of(), 2024, "Z9")).isEmpty();
	}

	@Test
	void theRateCubeScoresAsTheRecordsDo() {
		Scheme scheme = twoRates("normalization: z-score\ntie_break: [b]\n" + STEPS);
		Cube cube = city().cube();
		Assessment real = scorer.score(scheme, cube);

		YearResult rewritten = new RateCube(scheme, TestCity.year(real, 2024), cube.committees(), Map.of()).score();

		// every number to the last bit; the reasons, sentences, read the same
		assertThat(rewritten).usingRecursiveComparison()
			.ignoringFieldsMatchingRegexes(".*reason")
			.isEqualTo(TestCity.year(real, 2024));
		assertThat(reasons(rewritten)).isEqualTo(reasons(TestCity.year(real, 2024))).isNotEmpty();
		// and a rate set on it is the rate the records give: A1 with 9 of 10 completed
		Assessment nine = scorer.score(scheme,
				new TestCity().committee("A1", 2024, 10)
					.committee("B2", 2024, 10)
					.committee("C3", 2024, 10)
					.proposals("A1", 2024, 10, 9)
					.publications("A1", 2024, 10, 5)
					.proposals("B2", 2024, 10, 9)
					.publications("B2", 2024, 10, 9)
					.proposals("C3", 2024, 10, 5)
					.publications("C3", 2024, 10, 5)
					.cube());
		YearResult set = new RateCube(scheme, TestCity.year(real, 2024), cube.committees(), Map.of()).scoreWith("A1", 0,
				0.9);
		assertThat(RecordMoves.committee(set, "A1").score()).isEqualTo(committee(nine, 2024, "A1").score());
		assertThat(RecordMoves.committee(set, "B2").score()).isEqualTo(committee(nine, 2024, "B2").score());
	}

	private static java.util.List<String> reasons(YearResult year) {
		return year.committees()
			.stream()
			.flatMap(c -> c.outcomes().stream())
			.map(outcome -> outcome.reason().english())
			.toList();
	}

	private String gradeOfA1(Scheme scheme, int completed, int published) {
		TestCity city = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.committee("C3", 2024, 10)
			.proposals("A1", 2024, 10, completed)
			.publications("A1", 2024, 10, published)
			.proposals("B2", 2024, 10, 9)
			.publications("B2", 2024, 10, 9)
			.proposals("C3", 2024, 10, 5)
			.publications("C3", 2024, 10, 5);
		return gradeOf(scheme, city.cube());
	}

	private String gradeOf(Scheme scheme, Cube cube) {
		return committee(scorer.score(scheme, cube), 2024, "A1").grade().id();
	}

}
