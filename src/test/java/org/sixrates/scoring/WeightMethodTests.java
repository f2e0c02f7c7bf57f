package org.sixrates.scoring;

import org.junit.jupiter.api.Test;
import org.sixrates.rules.Scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.sixrates.scoring.TestCity.committee;

/** Weights derived per year, normalization none, arithmetic. */
class WeightMethodTests {

	private final Scorer scorer = new Scorer();

	private static Scheme derived(String weights) {
		return TestCity.scheme(TestCity.TWO_RATES.replace("    weight: 0.6\n", "").replace("    weight: 0.4\n", "")
				+ "weights: " + weights + "\n");
	}

	/**
	 * a = 0.8, 0.5, 0.9, 0.5 and b = 0.75, 1, 0.25, 0.5 for A1 … D4 (see
	 * NormalizationTests).
	 */
	@Test
	void equalGivesEveryRateTheSameWeight() {
		Assessment assessment = scorer.score(derived("{method: equal}"), NormalizationTests.city());

		// 100·(a + b)/2: A1 77.5, B2 75, C3 57.5, D4 50
		NormalizationTests.assertScores(assessment, 77.5, 75, 57.5, 50);
		assertThat(TestCity.year(assessment, 2024).rates()).extracting(RateSummary::weight).containsExactly(0.5, 0.5);
	}

	@Test
	void ahpWeightsAreThePrincipalEigenvector() {
		// [[1, 3], [1/3, 1]]: eigenvector (3, 1)/4, weights 0.75 and 0.25
		Assessment assessment = scorer.score(derived("{method: ahp, matrix: [[1, 3], [1/3, 1]]}"),
				NormalizationTests.city());

		// A1 100·(0.75·0.8 + 0.25·0.75) = 78.75; B2 37.5 + 25 = 62.5; C3 67.5 + 6.25 =
		// 73.75; D4 37.5 + 12.5 = 50
		NormalizationTests.assertScores(assessment, 78.75, 62.5, 73.75, 50);
	}

	@Test
	void entropyGivesNoWeightToARateOnWhichAllCommitteesAgree() {
		// a = 0.5 for all: p = 1/3 each, e = 1, d = 0. b = 3/4, 1/4, 0: p = 0.75, 0.25,
		// 0,
		// e = (0.75·ln(4/3) + 0.25·ln 4)/ln 3 = 0.562335/1.098612 = 0.511860, d =
		// 0.488140 > 0.
		// Weights a 0, b 1: scores 75, 25, 0
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.committee("C3", 2024, 10)
			.proposals("A1", 2024, 2, 1)
			.proposals("B2", 2024, 4, 2)
			.proposals("C3", 2024, 6, 3)
			.publications("A1", 2024, 4, 3)
			.publications("B2", 2024, 4, 1)
			.publications("C3", 2024, 4, 0)
			.cube();

		Assessment assessment = scorer.score(derived("{method: entropy}"), cube);

		assertThat(TestCity.year(assessment, 2024).rates().get(0).weight()).isCloseTo(0, offset(1e-12));
		assertThat(TestCity.year(assessment, 2024).rates().get(1).weight()).isCloseTo(1, offset(1e-12));
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(75, offset(1e-9));
		assertThat(committee(assessment, 2024, "B2").score()).isCloseTo(25, offset(1e-9));
		assertThat(committee(assessment, 2024, "C3").score()).isCloseTo(0, offset(1e-9));
	}

	@Test
	void entropyWeighsTheRatesByTheirDivergence() {
		// two committees. a = 0.8, 0.2: e = −(0.8 ln 0.8 + 0.2 ln 0.2)/ln 2 =
		// 0.500402/0.693147 = 0.721928,
		// d = 0.278072. b = 1, 0: e = 0, d = 1. Weights a 0.278072/1.278072 = 0.217571, b
		// 0.782429.
		// A1 100·(0.217571·0.8 + 0.782429·1) = 95.6486; B2 100·0.217571·0.2 = 4.3514
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.proposals("A1", 2024, 10, 8)
			.proposals("B2", 2024, 10, 2)
			.publications("A1", 2024, 3, 3)
			.publications("B2", 2024, 3, 0)
			.cube();

		Assessment assessment = scorer.score(derived("{method: entropy}"), cube);

		assertThat(TestCity.year(assessment, 2024).rates().get(0).weight()).isCloseTo(0.217571, offset(1e-6));
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(95.6486, offset(1e-4));
		assertThat(committee(assessment, 2024, "B2").score()).isCloseTo(4.3514, offset(1e-4));
	}

	@Test
	void criticWeighsContrastTimesConflict() {
		// a = 0.2, 0.4, 0.6: σ = 0.2. b = 0.5, 0.5, 1: mean 2/3, σ = √((1/36 + 1/36 +
		// 1/9)/2) = √(1/12) = 0.288675.
		// ρ = Σ(da·db)/√(Σda²·Σdb²) = (0.2/6 + 0.2/3)/√(0.08·1/6) = 0.1/0.115470 =
		// 0.866025.
		// C_a = 0.2·(1 − ρ) = 0.026795, C_b = 0.288675·(1 − ρ) = 0.038675;
		// w_a = 0.409270, w_b = 0.590730.
		// A1 100·(0.409270·0.2 + 0.590730·0.5) = 37.7219; B2 45.9073; C3 83.6292
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.committee("C3", 2024, 10)
			.proposals("A1", 2024, 5, 1)
			.proposals("B2", 2024, 5, 2)
			.proposals("C3", 2024, 5, 3)
			.publications("A1", 2024, 2, 1)
			.publications("B2", 2024, 2, 1)
			.publications("C3", 2024, 2, 2)
			.cube();

		Assessment assessment = scorer.score(derived("{method: critic}"), cube);

		assertThat(TestCity.year(assessment, 2024).rates().get(0).weight()).isCloseTo(0.409270, offset(1e-6));
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(37.7219, offset(1e-4));
		assertThat(committee(assessment, 2024, "B2").score()).isCloseTo(45.9073, offset(1e-4));
		assertThat(committee(assessment, 2024, "C3").score()).isCloseTo(83.6292, offset(1e-4));
	}

	@Test
	void criticGivesNoWeightToAConstantRate() {
		// b = 0.5 for all: σ = 0, C_b = 0; ρ undefined counts 0, so C_a = σ_a·1 > 0:
		// weights a 1, b 0
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.proposals("A1", 2024, 5, 1)
			.proposals("B2", 2024, 5, 4)
			.publications("A1", 2024, 2, 1)
			.publications("B2", 2024, 4, 2)
			.cube();

		Assessment assessment = scorer.score(derived("{method: critic}"), cube);

		// A1 100·0.2 = 20, B2 100·0.8 = 80
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(20, offset(1e-9));
		assertThat(committee(assessment, 2024, "B2").score()).isCloseTo(80, offset(1e-9));
	}

	@Test
	void derivedWeightsFallBackToEqualWhenNoRateTellsCommitteesApart() {
		// both rates constant: every d (entropy) and C (CRITIC) is 0, so weights 0.5 and
		// 0.5
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.proposals("A1", 2024, 4, 1)
			.proposals("B2", 2024, 8, 2)
			.publications("A1", 2024, 2, 1)
			.publications("B2", 2024, 4, 2)
			.cube();

		for (String method : new String[] { "entropy", "critic" }) {
			Assessment assessment = scorer.score(derived("{method: " + method + "}"), cube);
			// 100·(0.5·0.25 + 0.5·0.5) = 37.5
			assertThat(committee(assessment, 2024, "A1").score()).as(method).isCloseTo(37.5, offset(1e-9));
		}
	}

}
