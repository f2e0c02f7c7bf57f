package org.sixrates.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.sixrates.scoring.TestCity.committee;
import static org.sixrates.scoring.TestCity.twoRates;

/**
 * Ties, weights a 0.6, b 0.4, normalization none:
 *
 * <pre>
 * A1   a 0.8   b 0.2   100·(0.48 + 0.08) = 56
 * B2   a 0.6   b 0.5   100·(0.36 + 0.20) = 56 (equal within 1e-9, whatever the last bit)
 * C3   a 0.5   b 0.5   100·(0.30 + 0.20) = 50
 * D4   a 0.2   b 0.2   100·(0.12 + 0.08) = 20
 * </pre>
 */
class RankingTests {

	private final Scorer scorer = new Scorer();

	private static Cube city() {
		return new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.committee("C3", 2024, 10)
			.committee("D4", 2024, 10)
			.proposals("A1", 2024, 10, 8)
			.publications("A1", 2024, 5, 1)
			.proposals("B2", 2024, 10, 6)
			.publications("B2", 2024, 4, 2)
			.proposals("C3", 2024, 10, 5)
			.publications("C3", 2024, 2, 1)
			.proposals("D4", 2024, 5, 1)
			.publications("D4", 2024, 5, 1)
			.cube();
	}

	@Test
	void equalScoresShareARankAndTheNextRankIsSkipped() {
		Assessment assessment = scorer.score(twoRates(""), city());

		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(56, offset(1e-9));
		assertThat(committee(assessment, 2024, "B2").score()).isCloseTo(56, offset(1e-9));
		// 1, 1, 3, 4
		assertThat(committee(assessment, 2024, "A1").rank()).isEqualTo(1);
		assertThat(committee(assessment, 2024, "B2").rank()).isEqualTo(1);
		assertThat(committee(assessment, 2024, "C3").rank()).isEqualTo(3);
		assertThat(committee(assessment, 2024, "D4").rank()).isEqualTo(4);
		// listed by rank, then code
		assertThat(TestCity.year(assessment, 2024).committees()).extracting(CommitteeResult::code)
			.containsExactly("A1", "B2", "C3", "D4");
	}

	@Test
	void tieBreakRatesDecideInOrder() {
		// by b first: B2 0.5 beats A1 0.2
		Assessment byB = scorer.score(twoRates("tie_break: [b, a]\n"), city());
		assertThat(committee(byB, 2024, "B2").rank()).isEqualTo(1);
		assertThat(committee(byB, 2024, "A1").rank()).isEqualTo(2);
		assertThat(TestCity.year(byB, 2024).committees()).extracting(CommitteeResult::code)
			.containsExactly("B2", "A1", "C3", "D4");

		// by a first: A1 0.8 beats B2 0.6
		Assessment byA = scorer.score(twoRates("tie_break: [a]\n"), city());
		assertThat(committee(byA, 2024, "A1").rank()).isEqualTo(1);
		assertThat(committee(byA, 2024, "B2").rank()).isEqualTo(2);
	}

	@Test
	void aTieBreakRateThatTiesPassesToTheNext() {
		// two committees equal in every rate stay tied through every tie-break
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.proposals("A1", 2024, 10, 7)
			.publications("A1", 2024, 4, 1)
			.proposals("B2", 2024, 20, 14)
			.publications("B2", 2024, 8, 2)
			.cube();

		Assessment assessment = scorer.score(twoRates("tie_break: [b, a]\n"), cube);

		// both a 0.7, b 0.25: score 52, and b, a equal: shared rank 1
		assertThat(committee(assessment, 2024, "A1").rank()).isEqualTo(1);
		assertThat(committee(assessment, 2024, "B2").rank()).isEqualTo(1);
	}

	@Test
	void anExcludedTieBreakRateRanksBelowAnyValue() {
		// A1: a 0.56, no publication (b excluded) → score 100·0.56 = 56; B2: a 0.6, b 0.5
		// → 56
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.proposals("A1", 2024, 25, 14)
			.proposals("B2", 2024, 10, 6)
			.publications("B2", 2024, 4, 2)
			.cube();

		Assessment assessment = scorer.score(twoRates("    when_empty: exclude\ntie_break: [b]\n"), cube);

		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(56, offset(1e-9));
		assertThat(committee(assessment, 2024, "B2").score()).isCloseTo(56, offset(1e-9));
		assertThat(committee(assessment, 2024, "B2").rank()).isEqualTo(1);
		assertThat(committee(assessment, 2024, "A1").rank()).isEqualTo(2);
	}

}
