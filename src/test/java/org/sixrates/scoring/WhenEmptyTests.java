package org.sixrates.scoring;

import org.junit.jupiter.api.Test;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Status;
import org.sixrates.rules.Scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.sixrates.scoring.TestCity.committee;

/**
 * A denominator of 0 under each {@code when_empty}, weights a 0.6, b 0.4, normalization
 * none. D4 has proposals (a = 2/4 = 0.5) but no publication (b: 0/0); the others:
 *
 * <pre>
 * A1   a 0.8   b 0.75   score 78
 * B2   a 0.5   b 1.0    score 70
 * C3   a 0.9   b 0.25   score 64
 * </pre>
 */
class WhenEmptyTests {

	private final Scorer scorer = new Scorer();

	private static Scheme scheme(String whenEmpty) {
		return TestCity.scheme(TestCity.TWO_RATES + "    when_empty: " + whenEmpty + "\n");
	}

	private static Cube city() {
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
			.cube();
	}

	@Test
	void zeroCountsTheEmptyRateAsZero() {
		Assessment assessment = scorer.score(scheme("zero"), city());

		// D4 100·(0.6·0.5 + 0.4·0) = 30
		CommitteeResult d4 = committee(assessment, 2024, "D4");
		assertThat(d4.score()).isCloseTo(30, offset(1e-9));
		assertThat(d4.rates().get(1).rate()).isEqualTo(0.0);
		assertThat(d4.rates().get(1).filled()).isTrue();
		assertThat(d4.rates().get(1).denominator()).isEqualTo(0);
		// city mean of b (0.75 + 1 + 0.25 + 0)/4 = 0.5
		assertThat(TestCity.year(assessment, 2024).rates().get(1).mean()).isCloseTo(0.5, offset(1e-12));
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(78, offset(1e-9));
	}

	@Test
	void excludeLeavesTheRateOutAndReSpreadsTheWeights() {
		Assessment assessment = scorer.score(scheme("exclude"), city());

		// D4 has only a: weight 0.6/0.6 = 1, score 100·0.5 = 50
		CommitteeResult d4 = committee(assessment, 2024, "D4");
		assertThat(d4.score()).isCloseTo(50, offset(1e-9));
		assertThat(d4.rates().get(0).weight()).isCloseTo(1, offset(1e-12));
		assertThat(d4.rates().get(1).excluded()).isTrue();
		assertThat(d4.rates().get(1).normalized()).isNull();
		assertThat(d4.rates().get(1).weight()).isEqualTo(0);
		assertThat(d4.rates().get(1).contribution()).isNull();
		// the others keep 0.6 and 0.4; city mean of b over A1, B2, C3 = 2/3
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(78, offset(1e-9));
		assertThat(committee(assessment, 2024, "C3").score()).isCloseTo(64, offset(1e-9));
		assertThat(TestCity.year(assessment, 2024).rates().get(1).mean()).isCloseTo(2.0 / 3, offset(1e-12));
		// ranks: A1 78, B2 70, C3 64, D4 50
		assertThat(d4.rank()).isEqualTo(4);
	}

	@Test
	void meanGivesTheMeanOfTheCommitteesWithADenominator() {
		Assessment assessment = scorer.score(scheme("mean"), city());

		// b of D4 = (0.75 + 1 + 0.25)/3 = 2/3; score 100·(0.3 + 0.4·2/3) = 56.6667
		CommitteeResult d4 = committee(assessment, 2024, "D4");
		assertThat(d4.rates().get(1).rate()).isCloseTo(2.0 / 3, offset(1e-12));
		assertThat(d4.score()).isCloseTo(30 + 80.0 / 3, offset(1e-9));
	}

	@Test
	void meanIsZeroWhenNoCommitteeHasADenominator() {
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.proposals("A1", 2024, 10, 8)
			.proposals("B2", 2024, 10, 4)
			.cube();

		Assessment assessment = scorer.score(scheme("mean"), cube);

		// b is 0 for both: A1 100·0.6·0.8 = 48, B2 100·0.6·0.4 = 24
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(48, offset(1e-9));
		assertThat(committee(assessment, 2024, "B2").rates().get(1).rate()).isEqualTo(0.0);
	}

	@Test
	void meanIsTakenAfterTheCap() {
		// rate c = members' activity / (members · 1), capped at 1, empty as the mean:
		// A1 30 participations by 10 members → 3 → capped 1; B2 5 by 10 → 0.5;
		// C3 has no members → mean (1 + 0.5)/2 = 0.75
		Scheme scheme = TestCity.scheme("""
				scheme: cap
				title: {zh: 上限, en: Cap}
				rates:
				  - id: c
				    label: {zh: 丙, en: C}
				    weight: 1
				    numerator: {sum: quantity, where: {kind: [ACTIVITY]}}
				    denominator: {committee: members}
				    cap: 1
				    when_empty: mean
				""");
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.committee("C3", 2024, 0)
			.cell(new Cell("A1", 2024, Kind.ACTIVITY, "INSPECTION", Level.NONE, Status.FILED, false, null, 2, 30, 0))
			.cell(new Cell("B2", 2024, Kind.ACTIVITY, "FELLOWSHIP", Level.NONE, Status.FILED, false, null, 1, 5, 0))
			.cube();

		Assessment assessment = scorer.score(scheme, cube);

		assertThat(committee(assessment, 2024, "A1").rates().get(0).rate()).isEqualTo(1.0);
		assertThat(committee(assessment, 2024, "A1").rates().get(0).numerator()).isEqualTo(30);
		assertThat(committee(assessment, 2024, "C3").rates().get(0).rate()).isCloseTo(0.75, offset(1e-12));
		assertThat(committee(assessment, 2024, "C3").score()).isCloseTo(75, offset(1e-9));
	}

	@Test
	void everyRateExcludedGivesAScoreOfZero() {
		Scheme scheme = TestCity
			.scheme(TestCity.TWO_RATES.replace("    weight: 0.4\n", "    weight: 0.4\n    when_empty: exclude\n")
				.replace("    weight: 0.6\n", "    weight: 0.6\n    when_empty: exclude\n"));
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.proposals("A1", 2024, 10, 1)
			.cube();

		Assessment assessment = scorer.score(scheme, cube);

		// B2 has no record at all: both rates excluded, score 0; A1 has only a = 0.1 →
		// 100·0.1 = 10
		assertThat(committee(assessment, 2024, "B2").score()).isEqualTo(0);
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(10, offset(1e-9));
		assertThat(committee(assessment, 2024, "B2").rank()).isEqualTo(2);
	}

	@Test
	void aCommitteeWhoseRemainingRatesWeighNothingScoresZero() {
		// a weighs 1 and is excluded for B2 (no proposals); b weighs 0. B2's remaining
		// weights sum to 0, so there is nothing to divide them by: score 0 in both
		// aggregations (not 100·b = 75, nor NaN). A1: 100·(1·0.5 + 0·0.25) = 50, and
		// geometric 100·0.5¹·0.25⁰ = 50
		for (String aggregation : new String[] { "arithmetic", "geometric" }) {
			Scheme scheme = TestCity.scheme(TestCity.TWO_RATES.replace("weight: 0.6", "weight: 1")
				.replace("weight: 0.4", "weight: 0")
				.replace("    weight: 1\n", "    weight: 1\n    when_empty: exclude\n") + "aggregation: " + aggregation
					+ "\n");
			Cube cube = new TestCity().committee("A1", 2024, 10)
				.committee("B2", 2024, 10)
				.proposals("A1", 2024, 10, 5)
				.publications("A1", 2024, 4, 1)
				.publications("B2", 2024, 4, 3)
				.cube();

			Assessment assessment = scorer.score(scheme, cube);

			assertThat(committee(assessment, 2024, "B2").score()).as(aggregation).isEqualTo(0);
			assertThat(committee(assessment, 2024, "B2").rates().get(1).weight()).as(aggregation).isEqualTo(0);
			assertThat(committee(assessment, 2024, "A1").score()).as(aggregation).isCloseTo(50, offset(1e-9));
		}
	}

}
