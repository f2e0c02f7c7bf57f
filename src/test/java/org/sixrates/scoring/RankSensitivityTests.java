package org.sixrates.scoring;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sixrates.rules.Aggregation;
import org.sixrates.rules.Scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.sixrates.scoring.TestCity.scheme;

/**
 * Sensitivity indices on two committees, X (a 1, b 0) and Y (a 0.3 or 0, b 0.3 or 1),
 * rates as in {@link TestCity}, normalization none, spread 0.25.
 */
class RankSensitivityTests {

	private static YearInput input(Scheme scheme, TestCity city) {
		return new YearInput(scheme, TestCity.year(new Scorer().score(scheme, city.cube()), 2024), Map.of());
	}

	private static Map<String, SensitivityIndex> byInput(SensitivityResult result) {
		return result.indices()
			.stream()
			.collect(java.util.stream.Collectors.toMap(SensitivityIndex::input, index -> index));
	}

	/**
	 * Weights 0.5 each. Arithmetic: X scores 100·wₐ' ≥ 100·0.75/2 = 37.5 and Y 30, so X
	 * is first whatever the weights; geometric: X scores 100·0^w_b' = 0 and Y 30, so Y is
	 * first. The mean rank shift is 0 under the arithmetic, 1 under the geometric: it
	 * depends on the aggregation choice alone, so its Sᵢ = STᵢ = 1, and each weight's
	 * factor has Sᵢ = STᵢ = 0 (changing it alone never changes the output).
	 */
	@Test
	void anInputThatAloneDecidesTheRanksTakesTheWholeVariance() {
		Scheme scheme = scheme(TestCity.TWO_RATES.replace("0.6", "0.5").replace("0.4", "0.5"));
		TestCity city = new TestCity().committee("X", 2024, 10)
			.committee("Y", 2024, 10)
			.proposals("X", 2024, 10, 10)
			.publications("X", 2024, 10, 0)
			.proposals("Y", 2024, 10, 3)
			.publications("Y", 2024, 10, 3);
		SensitivityResult result = RankSensitivity.of(input(scheme, city),
				new RankSensitivity.Settings(1_000, 0.25, List.of(), List.of(Aggregation.values()), 2));
		Map<String, SensitivityIndex> indices = byInput(result);
		assertThat(indices).containsOnlyKeys("a", "b", RankSensitivity.AGGREGATION);
		assertThat(indices.get(RankSensitivity.AGGREGATION).firstOrder()).isCloseTo(1, offset(0.05));
		assertThat(indices.get(RankSensitivity.AGGREGATION).total()).isCloseTo(1, offset(0.05));
		for (String rate : List.of("a", "b")) {
			assertThat(indices.get(rate).firstOrder()).as(rate).isCloseTo(0, offset(0.05));
			assertThat(indices.get(rate).total()).as(rate).isCloseTo(0, offset(0.05));
		}
		assertThat(result.variance()).isCloseTo(0.25, offset(0.01));
	}

	/**
	 * Weights 0.5 each, tie-break a: nominally X (a 1, b 0) and Y (a 0, b 1) both score
	 * 50 and X is first by a. A replication puts Y first when {@code f_b > fₐ}, and then
	 * both move one place: {@code Y = 1[f_b > fₐ]}, a Bernoulli(1/2) with variance 1/4.
	 * {@code E[Y | fₐ] = (1.25 − fₐ)/0.5} is uniform on [0, 1], variance 1/12, so
	 * {@code Sₐ = (1/12)/(1/4) = 1/3} and by symmetry {@code S_b = 1/3};
	 * {@code STₐ = 1 − S_b = 2/3} (two inputs), the rest of the variance their
	 * interaction.
	 */
	@Test
	void twoWeightsThatTradeOffShareTheVarianceAsWorkedOut() {
		Scheme scheme = scheme(TestCity.TWO_RATES.replace("0.6", "0.5").replace("0.4", "0.5") + "tie_break: [a]\n");
		TestCity city = new TestCity().committee("X", 2024, 10)
			.committee("Y", 2024, 10)
			.proposals("X", 2024, 10, 10)
			.publications("X", 2024, 10, 0)
			.proposals("Y", 2024, 10, 0)
			.publications("Y", 2024, 10, 10);
		Map<String, SensitivityIndex> indices = byInput(RankSensitivity.of(input(scheme, city),
				new RankSensitivity.Settings(1_000, 0.25, List.of(), List.of(), 1)));
		assertThat(indices).containsOnlyKeys("a", "b");
		for (String rate : List.of("a", "b")) {
			assertThat(indices.get(rate).firstOrder()).as(rate).isCloseTo(1.0 / 3, offset(0.05));
			assertThat(indices.get(rate).total()).as(rate).isCloseTo(2.0 / 3, offset(0.05));
		}
	}

	/**
	 * A committee first on every rate and one last on every rate: no input moves a rank.
	 */
	@Test
	void noIndexWhereNothingMovesTheRanks() {
		TestCity city = new TestCity().committee("X", 2024, 10)
			.committee("Y", 2024, 10)
			.proposals("X", 2024, 10, 9)
			.publications("X", 2024, 10, 9)
			.proposals("Y", 2024, 10, 1)
			.publications("Y", 2024, 10, 1);
		SensitivityResult result = RankSensitivity.of(input(TestCity.twoRates(""), city),
				new RankSensitivity.Settings(200, 0.25, List.of(), List.of(), 2));
		assertThat(result.variance()).isZero();
		assertThat(result.indices()).allSatisfy(index -> assertThat(index.firstOrder()).isNaN());
	}

}
