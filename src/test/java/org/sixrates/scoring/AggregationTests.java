package org.sixrates.scoring;

import org.junit.jupiter.api.Test;
import org.sixrates.rules.Scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.sixrates.scoring.TestCity.committee;

/**
 * Both aggregations on five committees in 2024, weights a 0.5, b 0.5, normalization none:
 *
 * <pre>
 *      a      b      arithmetic 100·(a + b)/2   geometric 100·√(a·b)
 * A1   0.9    0.4    65                          60
 * B2   0.5    0.5    50                          50
 * C3   1.0    0.25   62.5                        50
 * D4   0.64   1.0    82                          80
 * E5   0      1.0    50                          0
 * </pre>
 */
class AggregationTests {

	private final Scorer scorer = new Scorer();

	private static Scheme scheme(String aggregation) {
		return TestCity
			.scheme(TestCity.TWO_RATES.replace("weight: 0.6", "weight: 0.5").replace("weight: 0.4", "weight: 0.5")
					+ "aggregation: " + aggregation + "\n");
	}

	private static Cube city() {
		TestCity city = new TestCity();
		for (String code : new String[] { "A1", "B2", "C3", "D4", "E5" }) {
			city.committee(code, 2024, 10);
		}
		return city.proposals("A1", 2024, 10, 9)
			.publications("A1", 2024, 5, 2)
			.proposals("B2", 2024, 10, 5)
			.publications("B2", 2024, 4, 2)
			.proposals("C3", 2024, 4, 4)
			.publications("C3", 2024, 4, 1)
			.proposals("D4", 2024, 25, 16)
			.publications("D4", 2024, 2, 2)
			.proposals("E5", 2024, 3, 0)
			.publications("E5", 2024, 1, 1)
			.cube();
	}

	@Test
	void arithmeticAddsTheWeightedRates() {
		Assessment assessment = scorer.score(scheme("arithmetic"), city());

		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(65, offset(1e-9));
		assertThat(committee(assessment, 2024, "B2").score()).isCloseTo(50, offset(1e-9));
		assertThat(committee(assessment, 2024, "C3").score()).isCloseTo(62.5, offset(1e-9));
		assertThat(committee(assessment, 2024, "D4").score()).isCloseTo(82, offset(1e-9));
		assertThat(committee(assessment, 2024, "E5").score()).isCloseTo(50, offset(1e-9));
		// D4 82, A1 65, C3 62.5, then B2 and E5 tie at 50
		assertThat(committee(assessment, 2024, "B2").rank()).isEqualTo(4);
		assertThat(committee(assessment, 2024, "E5").rank()).isEqualTo(4);
	}

	@Test
	void geometricMultipliesTheRatesRaisedToTheirWeights() {
		Assessment assessment = scorer.score(scheme("geometric"), city());

		assertThat(committee(assessment, 2024, "A1").score()).isCloseTo(60, offset(1e-9));
		assertThat(committee(assessment, 2024, "B2").score()).isCloseTo(50, offset(1e-9));
		assertThat(committee(assessment, 2024, "C3").score()).isCloseTo(50, offset(1e-9));
		assertThat(committee(assessment, 2024, "D4").score()).isCloseTo(80, offset(1e-9));
		// a zero rate zeroes the product
		assertThat(committee(assessment, 2024, "E5").score()).isEqualTo(0);
		assertThat(committee(assessment, 2024, "E5").rank()).isEqualTo(5);
		// the contribution is the factor n^w: A1 √0.9 and √0.4
		CommitteeResult a1 = committee(assessment, 2024, "A1");
		assertThat(a1.rates().get(0).contribution()).isCloseTo(Math.sqrt(0.9), offset(1e-12));
		assertThat(a1.rates().get(1).contribution()).isCloseTo(Math.sqrt(0.4), offset(1e-12));
	}

	@Test
	void geometricCountsANegativeNormalizedRateAsZero() {
		// a z below −5 gives n < 0, which the product counts as 0
		Scheme scheme = TestCity
			.scheme(TestCity.TWO_RATES.replace("weight: 0.6", "weight: 0.5").replace("weight: 0.4", "weight: 0.5")
					+ "aggregation: geometric\nnormalization: z-score\n");
		TestCity city = new TestCity().committee("A00", 2024, 10)
			.proposals("A00", 2024, 10, 0)
			.publications("A00", 2024, 2, 1);
		// 40 committees at a = 1 and one at a = 0: mean 40/41, sd √((40·(1/41)² +
		// (40/41)²)/40)
		// = √(40/41² + 1600/41²)/√40 = √(1640)/41/√40 = √41/41 = 0.156174; z(A00) =
		// −(40/41)/0.156174
		// = −6.246951, n = 0.5 − 0.624695 = −0.124695 < 0
		for (int i = 1; i <= 40; i++) {
			String code = String.format("C%02d", i);
			city.committee(code, 2024, 10).proposals(code, 2024, 10, 10).publications(code, 2024, 2, 1);
		}

		Assessment assessment = scorer.score(scheme, city.cube());

		CommitteeResult a00 = committee(assessment, 2024, "A00");
		assertThat(a00.rates().get(0).normalized()).isCloseTo(0.5 - (40.0 / 41) / (Math.sqrt(41) / 41) / 10,
				offset(1e-9));
		assertThat(a00.rates().get(0).contribution()).isEqualTo(0.0);
		assertThat(a00.score()).isEqualTo(0.0);
		// the others: z = (1/41)/0.156174 = 0.156174, n = 0.515617; score
		// 100·√(0.515617·0.5)
		double n = 0.5 + (1.0 / 41) / (Math.sqrt(41) / 41) / 10;
		assertThat(committee(assessment, 2024, "C01").score()).isCloseTo(100 * Math.sqrt(n * 0.5), offset(1e-9));
	}

}
