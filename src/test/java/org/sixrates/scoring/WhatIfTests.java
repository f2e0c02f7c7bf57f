package org.sixrates.scoring;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sixrates.rules.Aggregation;
import org.sixrates.rules.Normalization;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeFile;
import org.sixrates.rules.SchemeLoader;
import org.sixrates.rules.SchemeSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

/**
 * Other weights tried on a hand-worked city: A1 a 10/10 b 2/10, B2 a 2/10 b 10/10, C3 a
 * 5/10 b 5/10, weights a 0.6 b 0.4, normalization none: A1 100·(0.6 + 0.08) = 68, C3 50,
 * B2 100·(0.12 + 0.4) = 52 → A1 1, B2 2, C3 3.
 */
class WhatIfTests {

	private static final SchemeFile FILE = new SchemeFile("test.yaml",
			(TestCity.TWO_RATES + "grades:\n  - {id: pass, label: {zh: 合格, en: Pass}, min_score: 60}\n")
				.getBytes(StandardCharsets.UTF_8));

	private final WhatIf whatIf = new WhatIf();

	private static Cube city() {
		return new TestCity().committee("A1", 2024, 10)
			.committee("B2", 2024, 10)
			.committee("C3", 2024, 10)
			.committee("A1", 2023, 10)
			.proposals("A1", 2024, 10, 10)
			.publications("A1", 2024, 10, 2)
			.proposals("B2", 2024, 10, 2)
			.publications("B2", 2024, 10, 10)
			.proposals("C3", 2024, 10, 5)
			.publications("C3", 2024, 10, 5)
			.proposals("A1", 2023, 10, 1)
			.cube();
	}

	@Test
	void otherWeightsGiveTheHandWorkedNewOrderAndTheMoves() {
		// a 1, b 3 → 0.25, 0.75: A1 25 + 15 = 40, B2 5 + 75 = 80, C3 12.5 + 37.5 = 50
		WhatIf.Outcome outcome = of(FILE, FILE.scheme(), city(), 2024,
				new WhatIf.Choice(Map.of("a", 1.0, "b", 3.0), null, null));

		assertThat(outcome.weights()).containsExactly(Map.entry("a", 0.25), Map.entry("b", 0.75));
		assertThat(outcome.committees()).extracting(WhatIf.Row::committee).containsExactly("B2", "C3", "A1");
		assertThat(scores(outcome)).containsExactly(new double[] { 80, 50, 40 }, offset(1e-9));
		assertThat(outcome.committees()).extracting(WhatIf.Row::nominalRank).containsExactly(2, 3, 1);
		assertThat(outcome.committees()).extracting(WhatIf.Row::move).containsExactly(1, 1, -2);
		assertThat(outcome.committees().get(0).grade().id()).isEqualTo("pass");
		assertThat(outcome.committees().get(2).grade()).isNull();
	}

	@Test
	void theAwardsFollowTheNewRankingAndAConsecutiveAwardReadsTheSettledYears() {
		// best: the top one of those scoring at least 45; twice: best this year and last.
		// As the year was scored (A1 68, B2 52, C3 50) A1 wins best, and not twice: it
		// did
		// not win best in 2023. With a 1, b 3 (B2 80, C3 50, A1 40) B2 wins best, and as
		// it won best in 2023 also twice; A1, now below 45, wins nothing.
		SchemeFile file = new SchemeFile("awards.yaml", (TestCity.TWO_RATES + """
				awards:
				  - {id: best, label: {zh: 最佳, en: Best}, top: 1, min_score: 45}
				  - {id: twice, label: {zh: 连续, en: Twice}, consecutive: {award: best, years: 2}}
				""").getBytes(StandardCharsets.UTF_8));
		Cube cube = city();
		Map<Integer, Map<String, Set<String>>> settled = Map.of(2023, Map.of("B2", Set.of("best")));
		WhatIf.Outcome outcome = whatIf.of(file, file.scheme(),
				TestCity.year(new Scorer().score(file.scheme(), cube, settled), 2024), cube.committees(), settled,
				new WhatIf.Choice(Map.of("a", 1.0, "b", 3.0), null, null));

		assertThat(outcome.committees()).extracting(WhatIf.Row::committee).containsExactly("B2", "C3", "A1");
		assertThat(outcome.committees()).extracting(row -> row.awards().stream().map(award -> award.id()).toList())
			.containsExactly(List.of("best", "twice"), List.of(), List.of());
		assertThat(outcome.committees())
			.extracting(row -> row.nominalAwards().stream().map(award -> award.id()).toList())
			.containsExactly(List.of(), List.of(), List.of("best"));
	}

	@Test
	void theNominalWeightsLeaveEveryRankWhereItWas() {
		WhatIf.Outcome outcome = of(FILE, FILE.scheme(), city(), 2024, new WhatIf.Choice(Map.of(), null, null));

		assertThat(outcome.committees()).extracting(WhatIf.Row::committee).containsExactly("A1", "B2", "C3");
		assertThat(outcome.committees()).extracting(WhatIf.Row::move).containsOnly(0);
		assertThat(outcome.committees().get(0).score()).isCloseTo(68, offset(1e-9));
	}

	@Test
	void weightsAreRenormalizedToTenThousandthsThatSumToOne() {
		// 1 : 2 → 0.33333 and 0.66667: rounded down 3333 and 6666, the unit left over to
		// the larger remainder (0.67 of b against 0.33 of a)
		WhatIf.Outcome outcome = of(FILE, FILE.scheme(), city(), 2024,
				new WhatIf.Choice(Map.of("a", 1.0, "b", 2.0), null, null));

		assertThat(outcome.weights()).containsExactly(Map.entry("a", 0.3333), Map.entry("b", 0.6667));
	}

	@Test
	void normalizationAndAggregationMayBeTriedToo() {
		// min-max over a 0.2..1.0 and b 0.2..1.0: A1 (1, 0), B2 (0, 1), C3 (0.375, 0.375)
		// arithmetic 0.6/0.4: A1 60, B2 40, C3 37.5
		WhatIf.Outcome minMax = of(FILE, FILE.scheme(), city(), 2024,
				new WhatIf.Choice(Map.of(), Normalization.MIN_MAX, null));
		assertThat(minMax.committees()).extracting(WhatIf.Row::committee).containsExactly("A1", "B2", "C3");
		assertThat(scores(minMax)).containsExactly(new double[] { 60, 40, 37.5 }, offset(1e-9));
		// geometric, none: A1 100·1^0.6·0.2^0.4 = 52.53, B2 100·0.2^0.6·1 = 38.07, C3 50
		WhatIf.Outcome geometric = of(FILE, FILE.scheme(), city(), 2024,
				new WhatIf.Choice(Map.of(), null, Aggregation.GEOMETRIC));
		assertThat(geometric.committees()).extracting(WhatIf.Row::committee).containsExactly("A1", "C3", "B2");
		assertThat(geometric.committees().get(0).score()).isCloseTo(100 * Math.pow(0.2, 0.4), offset(1e-9));
		assertThat(geometric.aggregation()).isEqualTo(Aggregation.GEOMETRIC);
	}

	@Test
	void theRulesFileLoadsAndScoresExactlyAsTheWhatIf() {
		WhatIf.Outcome outcome = of(FILE, FILE.scheme(), city(), 2024,
				new WhatIf.Choice(Map.of("a", 1.0, "b", 3.0), Normalization.Z_SCORE, null));

		Scheme loaded = SchemeLoader.parse(outcome.fileName(), outcome.rules());
		assertThat(loaded.rates()).extracting(r -> r.weight()).containsExactly(0.25, 0.75);
		assertThat(loaded.normalization()).isEqualTo(Normalization.Z_SCORE);
		assertThat(loaded.grades()).extracting(g -> g.id()).containsExactly("pass");
		YearResult scored = TestCity.year(new Scorer().score(loaded, city()), 2024);
		assertThat(scored.committees()).extracting(CommitteeResult::code)
			.containsExactlyElementsOf(outcome.committees().stream().map(WhatIf.Row::committee).toList());
		assertThat(scored.committees()).extracting(CommitteeResult::score)
			.containsExactlyElementsOf(outcome.committees().stream().map(WhatIf.Row::score).toList());
		assertThat(outcome.fileName()).isEqualTo("test-what-if-2024.yaml");
		assertThat(new String(outcome.rules(), StandardCharsets.UTF_8)).startsWith("# What-if of test.yaml");
	}

	@Test
	void theDefaultSchemeRewrittenWithItsOwnWeightsScoresAsItDoes() {
		SchemeFile file = SchemeSource.file(SchemeSource.DEFAULT);
		Scheme scheme = file.scheme();
		byte[] before = file.bytes();

		WhatIf.Outcome outcome = of(file, scheme, city(), 2024, new WhatIf.Choice(Map.of(), null, null));

		Scheme loaded = SchemeLoader.parse(outcome.fileName(), outcome.rules());
		assertThat(loaded.rates()).usingRecursiveComparison().isEqualTo(scheme.rates());
		assertThat(loaded.awards()).usingRecursiveComparison().isEqualTo(scheme.awards());
		assertThat(loaded.tieBreak()).isEqualTo(scheme.tieBreak());
		// nothing of the active scheme moved
		assertThat(SchemeSource.file(SchemeSource.DEFAULT).bytes()).isEqualTo(before);
		assertThat(SchemeSource.file(SchemeSource.DEFAULT).scheme().sha256()).isEqualTo(scheme.sha256());
	}

	@Test
	void aRateTheSchemeDoesNotHaveANegativeWeightOrNoWeightAtAllIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> of(FILE, FILE.scheme(), city(), 2024, new WhatIf.Choice(Map.of("zz", 1.0), null, null)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> of(FILE, FILE.scheme(), city(), 2024, new WhatIf.Choice(Map.of("a", -0.1), null, null)));
		assertThatIllegalArgumentException().isThrownBy(
				() -> of(FILE, FILE.scheme(), city(), 2024, new WhatIf.Choice(Map.of("a", 0.0, "b", 0.0), null, null)));
	}

	/** The what-if of {@code year} on the results the scheme gives the cube. */
	private WhatIf.Outcome of(SchemeFile file, Scheme scheme, Cube cube, int year, WhatIf.Choice choice) {
		return whatIf.of(file, scheme, TestCity.year(new Scorer().score(scheme, cube), year), cube.committees(),
				Map.of(), choice);
	}

	private static double[] scores(WhatIf.Outcome outcome) {
		return outcome.committees().stream().mapToDouble(WhatIf.Row::score).toArray();
	}

}
