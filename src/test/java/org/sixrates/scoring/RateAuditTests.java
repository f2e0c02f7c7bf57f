package org.sixrates.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The statistical audit of a year on four committees, weights a 0.6, b 0.4, normalization
 * none:
 *
 * <pre>
 *        a     b     a+b   score = 60a + 40b
 * A1   0.1   0.5   0.6    26
 * B2   0.2   0.25  0.45   22
 * C3   0.3   0.75  1.05   48
 * D4   1.0   1.0   2.0   100
 * </pre>
 *
 * a: mean 0.4, deviations −0.3 −0.2 −0.1 0.6, Σd² = 0.5, s² = 0.5/3 = 0.16667, s =
 * 0.408248; Σd³ = −0.027 − 0.008 − 0.001 + 0.216 = 0.18, skewness
 * {@code 4/(3·2) · 0.18/s³ = 0.6667 · 0.18/0.068041 = 1.76363}; Σd⁴ = 0.1394, kurtosis
 * {@code 4·5/(3·2·1) · 0.1394/s⁴ − 3·3²/(2·1) = 3.3333 · 5.0184 − 13.5 = 3.228}. b: mean
 * 0.625, deviations −0.125 −0.375 0.125 0.375, s² = 0.3125/3 = 0.104167, s = 0.322749,
 * symmetric: skewness 0; d/s = ±0.387298, ±1.161895, Σ(d/s)⁴ = 2·(0.0225 + 1.8225) =
 * 3.69, kurtosis {@code 3.3333 · 3.69 − 13.5 = −1.2}. Pearson(a, b) = (Σ dₐd_b / 3) /
 * (sₐs_b) {@code = (0.325/3)/(0.408248 · 0.322749) = 0.822192}; Spearman: ranks 1 2 3 4
 * and 2 1 3 4, {@code 1 − 6·2/(4·15) = 0.8}. Cronbach's α: var(a + b) = 1.4625/3 =
 * 0.4875, {@code 2·(1 − (0.166667 + 0.104167)/0.4875) = 8/9}. Effective weights: cov(a,
 * score) = 60·var a + 40·cov(a, b) = 10 + 4.3333, var score = 3600·var a + 1600·var b +
 * 4800·cov = 1286.667, ρₐ = 14.3333/(0.408248·35.8701) = 0.978791, ρ_b = (6.5 +
 * 4.16667)/(0.322749 · 35.8701) = 0.921364; ρₐ² = 0.958030, ρ_b² = 0.848912, eₐ =
 * 0.958030/1.806942 = 0.530194, e_b = 0.469806.
 */
class RateAuditTests {

	private static YearResult year() {
		TestCity city = new TestCity();
		int[][] values = { { 1, 2 }, { 2, 1 }, { 3, 3 }, { 10, 4 } };
		String[] codes = { "A1", "B2", "C3", "D4" };
		for (int c = 0; c < codes.length; c++) {
			city.committee(codes[c], 2024, 10)
				.proposals(codes[c], 2024, 10, values[c][0])
				.publications(codes[c], 2024, 4, values[c][1]);
		}
		return TestCity.year(new Scorer().score(TestCity.twoRates(""), city.cube()), 2024);
	}

	@Test
	void describesEachRateAsWorkedOut() {
		RateAudit.Audit audit = RateAudit.of(year());
		RateAudit.RateStatistics a = audit.rates().get(0);
		assertThat(a.id()).isEqualTo("a");
		assertThat(a.coverage()).isEqualTo(4);
		assertThat(a.mean()).isCloseTo(0.4, offset(1e-12));
		assertThat(a.sd()).isCloseTo(0.408248, offset(1e-6));
		assertThat(a.min()).isCloseTo(0.1, offset(1e-12));
		assertThat(a.max()).isCloseTo(1.0, offset(1e-12));
		assertThat(a.skewness()).isCloseTo(1.76363, offset(1e-5));
		assertThat(a.kurtosis()).isCloseTo(3.228, offset(1e-9));
		assertThat(a.flagged()).isFalse();
		assertThat(a.weight()).isCloseTo(0.6, offset(1e-12));
		RateAudit.RateStatistics b = audit.rates().get(1);
		assertThat(b.sd()).isCloseTo(0.322749, offset(1e-6));
		assertThat(b.skewness()).isCloseTo(0, offset(1e-9));
		assertThat(b.kurtosis()).isCloseTo(-1.2, offset(1e-9));
	}

	@Test
	void correlatesTheRatesAsWorkedOut() {
		RateAudit.Audit audit = RateAudit.of(year());
		assertThat(audit.pearson()[0][1]).isCloseTo(0.822192, offset(1e-6));
		assertThat(audit.pearson()[1][0]).isCloseTo(0.822192, offset(1e-6));
		assertThat(audit.pearson()[0][0]).isCloseTo(1, offset(1e-12));
		assertThat(audit.spearman()[0][1]).isCloseTo(0.8, offset(1e-12));
		assertThat(audit.cronbachAlpha()).isCloseTo(8.0 / 9, offset(1e-9));
	}

	@Test
	void effectiveWeightsAreTheSharesOfTheSquaredCorrelationsWithTheScore() {
		RateAudit.Audit audit = RateAudit.of(year());
		assertThat(audit.effectiveWeights()).containsOnlyKeys("a", "b");
		assertThat(audit.effectiveWeights().get("a")).isCloseTo(0.530194, offset(1e-6));
		assertThat(audit.effectiveWeights().get("b")).isCloseTo(0.469806, offset(1e-6));
	}

	/**
	 * Seven committees at a = 0.1 and one at 1.0: mean 0.2125, deviations −0.1125 (×7)
	 * and 0.7875, s² = (7·0.01265625 + 0.62015625)/7 = 0.10125; Σ(d/s)³ = 14.8492,
	 * skewness 8/(7·6) · 14.8492 = 2√2 = 2.828 (> 2); Σ(d/s)⁴ = 7·0.015625 + 37.515625 =
	 * 37.625, kurtosis {@code 8·9/(7·6·5) · 37.625 − 3·49/(6·5) = 12.9 − 4.9 = 8.0} (>
	 * 3.5): flagged. b (0.5 or 0.75 alternately) is not. A committee without publications
	 * is not measured on b: its coverage is 8 of 9, and Cronbach's α reads the 8 measured
	 * on both.
	 */
	@Test
	void flagsARateWhoseOutlierDominates() {
		TestCity city = new TestCity();
		for (int c = 0; c < 8; c++) {
			city.committee("C" + c, 2024, 10)
				.proposals("C" + c, 2024, 10, c == 7 ? 10 : 1)
				.publications("C" + c, 2024, 4, 2 + c % 2);
		}
		city.committee("Z", 2024, 10).proposals("Z", 2024, 10, 1);
		YearResult year = TestCity.year(new Scorer().score(TestCity.twoRates(""), city.cube()), 2024);
		RateAudit.Audit audit = RateAudit.of(year);
		assertThat(audit.rates().get(0).coverage()).isEqualTo(9);
		assertThat(audit.rates().get(1).coverage()).isEqualTo(8);
		RateAudit.Audit measuredOnly = RateAudit
			.of(TestCity.year(new Scorer().score(TestCity.twoRates(""), withoutZ(city)), 2024));
		assertThat(measuredOnly.rates().get(0).skewness()).isCloseTo(2 * Math.sqrt(2), offset(1e-9));
		assertThat(measuredOnly.rates().get(0).kurtosis()).isCloseTo(8, offset(1e-9));
		assertThat(measuredOnly.rates().get(0).flagged()).isTrue();
		assertThat(measuredOnly.rates().get(1).flagged()).isFalse();
		assertThat(audit.cronbachAlpha()).isEqualTo(measuredOnly.cronbachAlpha());
	}

	private static Cube withoutZ(TestCity city) {
		Cube cube = city.cube();
		return new Cube(cube.committees().stream().filter(c -> !c.code().equals("Z")).toList(),
				cube.cells().stream().filter(cell -> !cell.committee().equals("Z")).toList());
	}

}
