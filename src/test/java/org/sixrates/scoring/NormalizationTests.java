package org.sixrates.scoring;

import org.junit.jupiter.api.Test;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Status;
import org.sixrates.rules.Scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.sixrates.scoring.TestCity.committee;
import static org.sixrates.scoring.TestCity.twoRates;

/**
 * Each normalization on one city of four committees in 2024, weights a 0.6, b 0.4:
 *
 * <pre>
 *      a = completed/proposals   b = city-level/publications
 * A1   8/10 = 0.8                3/4 = 0.75
 * B2   5/10 = 0.5                4/4 = 1.0
 * C3   9/10 = 0.9                1/4 = 0.25
 * D4   2/4  = 0.5                2/4 = 0.5
 * </pre>
 */
class NormalizationTests {

	private final Scorer scorer = new Scorer();

	static Cube city() {
		return new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.committee("C3", 2024, 10)
			.committee("D4", 2024, 10)
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
	void noneKeepsTheRatesAsTheyAre() {
		Assessment assessment = scorer.score(twoRates("normalization: none\n"), city());

		// A1 100·(0.6·0.8 + 0.4·0.75) = 78; B2 100·(0.30 + 0.40) = 70;
		// C3 100·(0.54 + 0.10) = 64; D4 100·(0.30 + 0.20) = 50
		assertScores(assessment, 78, 70, 64, 50);
		assertRanks(assessment, 1, 2, 3, 4);
		CommitteeResult a1 = committee(assessment, 2024, "A1");
		assertThat(a1.rates().get(0).numerator()).isEqualTo(8);
		assertThat(a1.rates().get(0).denominator()).isEqualTo(10);
		assertThat(a1.rates().get(0).rate()).isCloseTo(0.8, offset(1e-12));
		assertThat(a1.rates().get(0).normalized()).isCloseTo(0.8, offset(1e-12));
		assertThat(a1.rates().get(0).weight()).isEqualTo(0.6);
		// contribution 100·0.6·0.8 = 48 points, and 100·0.4·0.75 = 30
		assertThat(a1.rates().get(0).contribution()).isCloseTo(48, offset(1e-9));
		assertThat(a1.rates().get(1).contribution()).isCloseTo(30, offset(1e-9));
		// city means: a (0.8 + 0.5 + 0.9 + 0.5)/4 = 0.675, b (0.75 + 1 + 0.25 + 0.5)/4 =
		// 0.625
		YearResult year = TestCity.year(assessment, 2024);
		assertThat(year.rates().get(0).mean()).isCloseTo(0.675, offset(1e-12));
		assertThat(year.rates().get(1).mean()).isCloseTo(0.625, offset(1e-12));
		assertThat(year.rates()).extracting(RateSummary::weight).containsExactly(0.6, 0.4);
	}

	@Test
	void minMaxSpreadsEachRateOverZeroToOne() {
		Assessment assessment = scorer.score(twoRates("normalization: min-max\n"), city());

		// a: min 0.5, max 0.9 → A1 0.75, B2 0, C3 1, D4 0
		// b: min 0.25, max 1 → A1 0.5/0.75 = 2/3, B2 1, C3 0, D4 0.25/0.75 = 1/3
		// A1 100·(0.6·0.75 + 0.4·2/3) = 45 + 26.6667 = 71.6667; B2 40; C3 60; D4 13.3333
		assertScores(assessment, 45 + 80.0 / 3, 40, 60, 40.0 / 3);
		assertRanks(assessment, 1, 3, 2, 4);
		assertThat(committee(assessment, 2024, "A1").rates().get(1).normalized()).isCloseTo(2.0 / 3, offset(1e-12));
	}

	@Test
	void minMaxGivesOneWhereAllCommitteesShareOneValue() {
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.proposals("A1", 2024, 10, 5)
			.publications("A1", 2024, 4, 1)
			.proposals("B2", 2024, 4, 2)
			.publications("B2", 2024, 4, 3)
			.cube();

		Assessment assessment = scorer.score(twoRates("normalization: min-max\n"), cube);

		// a is 0.5 for both: n = 1; b 0.25 → 0, 0.75 → 1. A1 100·0.6 = 60, B2 100·(0.6 +
		// 0.4) = 100
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(60, offset(1e-9));
		assertThat(committee(assessment, 2024, "B2").score()).isCloseTo(100, offset(1e-9));
	}

	/**
	 * a = (0.7 + 0.2)/2 for A1 (a county and a city record) and (0.9 + 0)/2 for B2 (a
	 * province and an unweighted record): 0.45 for both in exact arithmetic, but 0.7 +
	 * 0.2 is 0.8999999999999999 in binary, so A1's a is 0.44999999999999996. A spread and
	 * an sd that small (at most 1e-12) count as all equal: min-max and efficacy give n =
	 * 1 to both (not 0 to A1 and 1 to B2), the z-score z = 0, n = 0.5 (not ∓0.0707 from z
	 * = ∓0.707).
	 */
	@Test
	void ratesALastBitApartCountAsAllEqual() {
		String weighted = TestCity.TWO_RATES.replace("numerator: {count: {kind: [PROPOSAL], status: [COMPLETED]}}",
				"numerator: {count: {kind: [PROPOSAL]}, weight_by: {level: {COUNTY: 0.7, CITY: 0.2, PROVINCE: 0.9}}}");
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.cell(new Cell("A1", 2024, Kind.PROPOSAL, null, Level.COUNTY, Status.FILED, false, null, 1, 0, 0))
			.cell(new Cell("A1", 2024, Kind.PROPOSAL, null, Level.CITY, Status.FILED, false, null, 1, 0, 0))
			.cell(new Cell("B2", 2024, Kind.PROPOSAL, null, Level.PROVINCE, Status.FILED, false, null, 1, 0, 0))
			.cell(new Cell("B2", 2024, Kind.PROPOSAL, null, Level.NONE, Status.FILED, false, null, 1, 0, 0))
			.publications("A1", 2024, 2, 1)
			.publications("B2", 2024, 2, 1)
			.cube();
		assertThat(committee(scorer.score(TestCity.scheme(weighted), cube), 2024, "A1").rates().get(0).rate())
			.as("the premise: a last bit apart")
			.isNotEqualTo(committee(scorer.score(TestCity.scheme(weighted), cube), 2024, "B2").rates().get(0).rate())
			.isCloseTo(0.45, offset(1e-15));

		for (String normalization : new String[] { "min-max", "efficacy" }) {
			Assessment assessment = scorer.score(TestCity.scheme(weighted + "normalization: " + normalization + "\n"),
					cube);
			assertThat(committee(assessment, 2024, "A1").rates().get(0).normalized()).as(normalization).isEqualTo(1);
			assertThat(committee(assessment, 2024, "B2").rates().get(0).normalized()).as(normalization).isEqualTo(1);
		}
		Assessment zScore = scorer.score(TestCity.scheme(weighted + "normalization: z-score\n"), cube);
		assertThat(committee(zScore, 2024, "A1").rates().get(0).normalized()).isEqualTo(0.5);
		assertThat(committee(zScore, 2024, "B2").rates().get(0).normalized()).isEqualTo(0.5);
	}

	@Test
	void efficacyMapsEachRateOntoSixtyToHundredPercent() {
		Assessment assessment = scorer.score(twoRates("normalization: efficacy\n"), city());

		// n = 0.6 + 0.4·min-max: a A1 0.9, B2 0.6, C3 1.0, D4 0.6; b A1 0.6 + 0.4·2/3, B2
		// 1.0, C3 0.6, D4 0.6 + 0.4/3
		// A1 100·(0.54 + 0.4·0.866667) = 88.6667; B2 100·(0.36 + 0.4) = 76; C3 100·(0.6 +
		// 0.24) = 84;
		// D4 100·(0.36 + 0.4·0.733333) = 65.3333
		assertScores(assessment, 54 + 40 * (0.6 + 0.4 * 2 / 3.0), 76, 84, 36 + 40 * (0.6 + 0.4 / 3.0));
		assertRanks(assessment, 1, 3, 2, 4);
	}

	@Test
	void zScoreCentresOnAHalfWithATenthPerStandardDeviation() {
		// a = 0.6, 0.4, 0.2: mean 0.4, sample sd √((0.04 + 0 + 0.04)/2) = 0.2, z = 1, 0,
		// −1,
		// n = 0.6, 0.5, 0.4; b = 0.5 for all: sd 0 gives z = 0, n = 0.5
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.committee("C3", 2024, 10)
			.proposals("A1", 2024, 10, 6)
			.proposals("B2", 2024, 10, 4)
			.proposals("C3", 2024, 10, 2)
			.publications("A1", 2024, 2, 1)
			.publications("B2", 2024, 4, 2)
			.publications("C3", 2024, 6, 3)
			.cube();

		Assessment assessment = scorer.score(twoRates("normalization: z-score\n"), cube);

		// A1 100·(0.6·0.6 + 0.4·0.5) = 56; B2 100·(0.3 + 0.2) = 50; C3 100·(0.24 + 0.2) =
		// 44
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(56, offset(1e-9));
		assertThat(committee(assessment, 2024, "B2").score()).isCloseTo(50, offset(1e-9));
		assertThat(committee(assessment, 2024, "C3").score()).isCloseTo(44, offset(1e-9));
		assertThat(committee(assessment, 2024, "C3").rates().get(0).normalized()).isCloseTo(0.4, offset(1e-12));
	}

	@Test
	void zScoreOfASingleCommitteeIsAHalf() {
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.proposals("A1", 2024, 10, 9)
			.publications("A1", 2024, 4, 1)
			.cube();

		Assessment assessment = scorer.score(twoRates("normalization: z-score\n"), cube);

		// fewer than two committees: z = 0, n = 0.5 for both rates, score 50
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(50, offset(1e-9));
	}

	@Test
	void targetOnOneRateCountsTheTargetAsFullMarksWhileTheOtherKeepsTheSchemes() {
		Scheme scheme = TestCity.scheme(TestCity.TWO_RATES.replace("    weight: 0.6\n",
				"    weight: 0.6\n    normalization: target\n    target: 0.8\n") + "normalization: none\n");

		Assessment assessment = scorer.score(scheme, city());

		// a: n = min(1, r/0.8): A1 1, B2 0.625, C3 1 (0.9/0.8 capped), D4 0.625; b as it
		// is
		// A1 100·(0.6 + 0.3) = 90; B2 100·(0.375 + 0.4) = 77.5; C3 100·(0.6 + 0.1) = 70;
		// D4 100·(0.375 + 0.2) = 57.5
		assertScores(assessment, 90, 77.5, 70, 57.5);
		assertThat(committee(assessment, 2024, "C3").rates().get(0).rate()).isCloseTo(0.9, offset(1e-12));
		assertThat(committee(assessment, 2024, "C3").rates().get(0).normalized()).isEqualTo(1.0);
	}

	static void assertScores(Assessment assessment, double a1, double b2, double c3, double d4) {
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(a1, offset(1e-9));
		assertThat(committee(assessment, 2024, "B2").score()).isCloseTo(b2, offset(1e-9));
		assertThat(committee(assessment, 2024, "C3").score()).isCloseTo(c3, offset(1e-9));
		assertThat(committee(assessment, 2024, "D4").score()).isCloseTo(d4, offset(1e-9));
	}

	static void assertRanks(Assessment assessment, int a1, int b2, int c3, int d4) {
		assertThat(committee(assessment, 2024, "A1").rank()).isEqualTo(a1);
		assertThat(committee(assessment, 2024, "B2").rank()).isEqualTo(b2);
		assertThat(committee(assessment, 2024, "C3").rank()).isEqualTo(c3);
		assertThat(committee(assessment, 2024, "D4").rank()).isEqualTo(d4);
	}

}
