package org.sixrates.scoring;

import org.junit.jupiter.api.Test;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;
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
	void criticWeighsTheContrastOfTheScaledRatesTimesConflict() {
		// a = 0.2, 0.4, 0.6 min-max scaled: a' = 0, 0.5, 1, σ_a = √((0.25 + 0 + 0.25)/2)
		// =
		// 0.5. b = 0.5, 0.5, 1: b' = 0, 0, 1, mean 1/3, σ_b = √((1/9 + 1/9 + 4/9)/2) =
		// √(1/3) = 0.577350. ρ = Σ(da·db)/√(Σda²·Σdb²) = (1/6 + 0 + 1/3)/√(0.5·2/3) =
		// 0.5/0.577350 = 0.866025 (scaling does not change it). With two rates the
		// conflicts are equal, so w_a = σ_a/(σ_a + σ_b) = 0.5/1.077350 = 0.464102, w_b =
		// 0.535898 (unscaled σ would give 0.409270). A1 100·(0.464102·0.2 + 0.535898·0.5)
		// = 36.0770; B2 100·(0.185641 + 0.267949) = 45.3590; C3 100·(0.278461 + 0.535898)
		// = 81.4359
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

		assertThat(TestCity.year(assessment, 2024).rates().get(0).weight()).isCloseTo(0.464102, offset(1e-6));
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(36.0770, offset(1e-4));
		assertThat(committee(assessment, 2024, "B2").score()).isCloseTo(45.3590, offset(1e-4));
		assertThat(committee(assessment, 2024, "C3").score()).isCloseTo(81.4359, offset(1e-4));
	}

	/**
	 * Four committees, three rates; c is excluded for C3, so its correlations run over
	 * A1, B2 and D4 only.
	 *
	 * <pre>
	 * a = 0.1, 0.2, 0.3, 0.4  → a' = 0, 1/3, 2/3, 1   mean 1/2, Σda² = 1/4 + 1/36 + 1/36 + 1/4 = 5/9,
	 *                                                 σ_a = √(5/27) = 0.430331
	 * b = 0, 0.5, 1, 0.5      → b' = 0, 1/2, 1, 1/2   mean 1/2, Σdb² = 1/2, σ_b = √(1/6) = 0.408248
	 * c = 0.6, 0.8, –, 0.6    → c' = 0, 1, –, 0       mean 1/3, Σdc² = 2/3, σ_c = √(1/3) = 0.577350
	 *
	 * ρ_ab (all four)  = (1/4 + 0 + 1/12 + 0)/√(5/9 · 1/2) = (1/3)/√(5/18) = √(2/5) = 0.632456
	 * ρ_ac (A1 B2 D4)  a' = 0, 1/3, 1 (mean 4/9), c' = 0, 1, 0 (mean 1/3):
	 *                  Σda·dc = 4/27 − 2/27 − 5/27 = −1/9, Σda² = 14/27, Σdc² = 2/3,
	 *                  ρ = (−1/9)/√(28/81) = −1/√28 = −0.188982
	 * ρ_bc (A1 B2 D4)  b' = 0, 1/2, 1/2 (mean 1/3): Σdb·dc = 1/9 + 1/9 − 1/18 = 1/6,
	 *                  Σdb² = 1/6, ρ = (1/6)/√(1/6 · 2/3) = 0.5
	 *
	 * C_a = 0.430331 · (0.367544 + 1.188982) = 0.669822
	 * C_b = 0.408248 · (0.367544 + 0.5)      = 0.354174
	 * C_c = 0.577350 · (1.188982 + 0.5)      = 0.975134      ΣC = 1.999130
	 * w   = 0.335057, 0.177164, 0.487779
	 *
	 * A1 100·(0.335057·0.1 + 0 + 0.487779·0.6)                 = 32.6173
	 * B2 100·(0.335057·0.2 + 0.177164·0.5 + 0.487779·0.8)      = 54.5817
	 * C3 100·(0.335057·0.3 + 0.177164·1)/(0.335057 + 0.177164) = 54.2112  (c excluded)
	 * D4 100·(0.335057·0.4 + 0.177164·0.5 + 0.487779·0.6)      = 51.5272
	 * </pre>
	 */
	@Test
	void criticScalesEachRateAndCorrelatesOverTheCommitteesHavingBoth() {
		Scheme scheme = TestCity
			.scheme(TestCity.TWO_RATES.replace("    weight: 0.6\n", "").replace("    weight: 0.4\n", "") + """
					  - id: c
					    label: {zh: 丙, en: C}
					    numerator: {count: {kind: [FEEDBACK], satisfaction: [SATISFIED]}}
					    denominator: {count: {kind: [FEEDBACK]}}
					    when_empty: exclude
					weights: {method: critic}
					""");
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.committee("C3", 2024, 10)
			.committee("D4", 2024, 10)
			.proposals("A1", 2024, 10, 1)
			.proposals("B2", 2024, 10, 2)
			.proposals("C3", 2024, 10, 3)
			.proposals("D4", 2024, 10, 4)
			.publications("A1", 2024, 2, 0)
			.publications("B2", 2024, 2, 1)
			.publications("C3", 2024, 2, 2)
			.publications("D4", 2024, 2, 1)
			.cell(feedback("A1", 3, Satisfaction.SATISFIED))
			.cell(feedback("A1", 2, Satisfaction.UNSATISFIED))
			.cell(feedback("B2", 4, Satisfaction.SATISFIED))
			.cell(feedback("B2", 1, Satisfaction.UNSATISFIED))
			.cell(feedback("D4", 3, Satisfaction.SATISFIED))
			.cell(feedback("D4", 2, Satisfaction.UNSATISFIED))
			.cube();

		Assessment assessment = scorer.score(scheme, cube);

		assertThat(TestCity.year(assessment, 2024).rates()).extracting(RateSummary::weight)
			.satisfiesExactly(w -> assertThat(w).isCloseTo(0.335057, offset(1e-6)),
					w -> assertThat(w).isCloseTo(0.177164, offset(1e-6)),
					w -> assertThat(w).isCloseTo(0.487779, offset(1e-6)));
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(32.6173, offset(1e-4));
		assertThat(committee(assessment, 2024, "B2").score()).isCloseTo(54.5817, offset(1e-4));
		assertThat(committee(assessment, 2024, "C3").score()).isCloseTo(54.2112, offset(1e-4));
		assertThat(committee(assessment, 2024, "D4").score()).isCloseTo(51.5272, offset(1e-4));
	}

	@Test
	void entropyGivesNoWeightToThreeIdenticalCommittees() {
		// a = 0.5 for all three: p = 1/3 each, E = 1 exactly, d = 0 (floating point gives
		// 1 − E = 2.2e-16, at most 1e-12). b = 0 for all: a zero sum, d = 0. Every d is
		// 0,
		// so the weights are equal: 100·(0.5·0.5 + 0.5·0) = 25 each (not 50, which
		// weight 1 on a would give)
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.committee("C3", 2024, 10)
			.proposals("A1", 2024, 2, 1)
			.proposals("B2", 2024, 2, 1)
			.proposals("C3", 2024, 2, 1)
			.publications("A1", 2024, 2, 0)
			.publications("B2", 2024, 2, 0)
			.publications("C3", 2024, 2, 0)
			.cube();

		Assessment assessment = scorer.score(derived("{method: entropy}"), cube);

		assertThat(TestCity.year(assessment, 2024).rates()).extracting(RateSummary::weight).containsExactly(0.5, 0.5);
		for (String code : new String[] { "A1", "B2", "C3" }) {
			assertThat(committee(assessment, 2024, code).score()).as(code).isCloseTo(25, offset(1e-9));
		}
	}

	@Test
	void criticGivesNoWeightToARateWhoseValuesAreALastBitApart() {
		// a = (0.7 + 0.2)/2 for A1 (a county and a city record) and (0.9 + 0)/2 for B2 (a
		// province and an unweighted record): both 0.45 in exact arithmetic, but 0.7 +
		// 0.2
		// is 0.8999999999999999 in binary. That spread is at most 1e-12: all equal, a' =
		// 0,
		// σ_a = 0, C_a = 0. b = 0.5 for both: C_b = 0. Every C is 0, so the weights are
		// equal: 100·(0.5·0.45 + 0.5·0.5) = 47.5 each (not 45, which weight 1 on a would
		// give)
		Scheme scheme = TestCity.scheme(TestCity.TWO_RATES.replace("    weight: 0.6\n", "")
			.replace("    weight: 0.4\n", "")
			.replace("numerator: {count: {kind: [PROPOSAL], status: [COMPLETED]}}",
					"numerator: {count: {kind: [PROPOSAL]}, weight_by: {level: {COUNTY: 0.7, CITY: 0.2, PROVINCE: 0.9}}}")
				+ "weights: {method: critic}\n");
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.cell(proposal("A1", Level.COUNTY))
			.cell(proposal("A1", Level.CITY))
			.cell(proposal("B2", Level.PROVINCE))
			.cell(proposal("B2", Level.NONE))
			.publications("A1", 2024, 2, 1)
			.publications("B2", 2024, 2, 1)
			.cube();

		Assessment assessment = scorer.score(scheme, cube);

		assertThat(TestCity.year(assessment, 2024).rates()).extracting(RateSummary::weight).containsExactly(0.5, 0.5);
		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(47.5, offset(1e-9));
		assertThat(committee(assessment, 2024, "B2").score()).isCloseTo(47.5, offset(1e-9));
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

	private static Cell feedback(String code, long count, Satisfaction satisfaction) {
		return new Cell(code, 2024, Kind.FEEDBACK, null, Level.NONE, Status.FILED, false, satisfaction, count, 0, 0);
	}

	private static Cell proposal(String code, Level level) {
		return new Cell(code, 2024, Kind.PROPOSAL, null, level, Status.FILED, false, null, 1, 0, 0);
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
