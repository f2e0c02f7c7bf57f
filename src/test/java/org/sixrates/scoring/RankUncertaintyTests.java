package org.sixrates.scoring;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sixrates.rules.Aggregation;
import org.sixrates.rules.Normalization;
import org.sixrates.rules.Scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.sixrates.scoring.TestCity.scheme;

/**
 * Monte Carlo rank uncertainty on small cities whose outcomes can be worked out by hand.
 * Rates a = completed / proposals and b = published / publications, normalization none,
 * arithmetic, so a committee scores {@code 100 · (wₐ'·a + w_b'·b)} with
 * {@code wᵢ' = wᵢfᵢ / Σ wⱼfⱼ} and {@code fᵢ ~ U[0.75, 1.25]} at spread 0.25.
 */
class RankUncertaintyTests {

	private static final String AWARDS = """
			grades:
			  - {id: excellent, label: {zh: 优秀, en: Excellent}, min_score: 90}
			  - {id: pass, label: {zh: 合格, en: Pass}, min_score: 0}
			awards:
			  - id: notice
			    label: {zh: 通报表彰, en: Commended by notice}
			    top: 1
			""";

	private static Scheme weights(double a, double b, String more) {
		return scheme(TestCity.TWO_RATES.replace("weight: 0.6", "weight: A")
			.replace("weight: 0.4", "weight: " + b)
			.replace("weight: A", "weight: " + a) + more);
	}

	private static YearInput input(Scheme scheme, TestCity city) {
		Assessment assessment = new Scorer().score(scheme, city.cube());
		return new YearInput(scheme, TestCity.year(assessment, 2024), Map.of());
	}

	private static RankUncertainty.Settings settings(int n, double spread, long seed, int threads) {
		return new RankUncertainty.Settings(n, spread, seed, List.of(), List.of(), threads);
	}

	private static CommitteeUncertainty committee(UncertaintyResult result, String code) {
		return result.committees().stream().filter(c -> c.committee().equals(code)).findFirst().orElseThrow();
	}

	/**
	 * A1 (a 0.9, b 0.95) is above every other committee on both rates, so it scores more
	 * than each of them whatever the positive weights: rank 1 in every replication, the
	 * one notice (top 1) in every replication, and 100·(0.9wₐ' + 0.95w_b') ≥ 90 always:
	 * excellent.
	 */
	@Test
	void aCommitteeBestOnEveryRateIsFirstInEveryReplication() {
		TestCity city = new TestCity();
		for (String code : List.of("A1", "B2", "C3", "D4")) {
			city.committee(code, 2024, 10);
		}
		city.proposals("A1", 2024, 10, 9)
			.publications("A1", 2024, 20, 19)
			.proposals("B2", 2024, 10, 8)
			.publications("B2", 2024, 20, 4)
			.proposals("C3", 2024, 10, 2)
			.publications("C3", 2024, 20, 18)
			.proposals("D4", 2024, 10, 5)
			.publications("D4", 2024, 20, 10);
		UncertaintyResult result = RankUncertainty.of(input(weights(0.6, 0.4, AWARDS), city),
				settings(4_000, 0.25, 1, 2));
		CommitteeUncertainty best = committee(result, "A1");
		assertThat(List.of(best.nominalRank(), best.p5Rank(), best.medianRank(), best.p95Rank())).containsOnly(1);
		assertThat(best.awardShares()).containsEntry("notice", 1.0);
		assertThat(best.gradeShares()).containsEntry("excellent", 1.0).containsEntry("pass", 0.0);
		assertThat(result.committees()).extracting(CommitteeUncertainty::committee).startsWith("A1");
		result.committees()
			.stream()
			.filter(c -> !c.committee().equals("A1"))
			.forEach(c -> assertThat(c.awardShares()).containsEntry("notice", 0.0));
	}

	/**
	 * X (a 1, b 0) scores 100·wₐ', Y (a 0, b 1) 100·w_b'. With weights 0.55 and 0.45, X
	 * is first when {@code 0.55·fₐ > 0.45·f_b}, that is {@code f_b < t·fₐ} with
	 * {@code t = 11/9}. For {@code fₐ ≥ 1.25/t = 1.0227} always; below,
	 * {@code P = (t·fₐ − 0.75)/0.5}. Over fₐ's density 2 on [0.75, 1.25]:
	 * {@code 4·[t·u²/2 − 0.75u] from 0.75 to 1.0227 = 0.3636}, plus
	 * {@code 2·(1.25 − 1.0227) = 0.4545}: P(X first) = 0.8182 = 9/11. So X: P5 1, median
	 * 1, P95 2 (0.818 < 0.95); Y: P5 1 (0.18 ≥ 0.05), median 2, P95 2; X wins the notice
	 * (top 1) in 9/11 of the replications, Y in 2/11.
	 */
	@Test
	void ranksAndAwardSharesFollowTheDistributionOfTheWeights() {
		TestCity city = new TestCity().committee("X", 2024, 10)
			.committee("Y", 2024, 10)
			.proposals("X", 2024, 10, 10)
			.publications("X", 2024, 5, 0)
			.proposals("Y", 2024, 10, 0)
			.publications("Y", 2024, 5, 5);
		UncertaintyResult result = RankUncertainty.of(input(weights(0.55, 0.45, AWARDS), city),
				settings(40_000, 0.25, 7, 2));
		CommitteeUncertainty x = committee(result, "X");
		CommitteeUncertainty y = committee(result, "Y");
		assertThat(List.of(x.nominalRank(), x.p5Rank(), x.medianRank(), x.p95Rank())).containsExactly(1, 1, 1, 2);
		assertThat(List.of(y.nominalRank(), y.p5Rank(), y.medianRank(), y.p95Rank())).containsExactly(2, 1, 2, 2);
		// the standard error of a share over 40 000 replications is about 0.002
		assertThat(x.awardShares().get("notice")).isCloseTo(9.0 / 11, offset(0.008));
		assertThat(y.awardShares().get("notice")).isCloseTo(2.0 / 11, offset(0.008));
	}

	/**
	 * Rates a and b swapped in every committee and their weights swapped with them is the
	 * same assessment under other names: the factors are drawn alike for both rates, so
	 * the ranks and shares agree up to the sampling error.
	 */
	@Test
	void swappingTheWeightsOfTwoSymmetricRatesLeavesTheResultsUnchanged() {
		int[][] rates = { { 9, 3 }, { 6, 6 }, { 3, 9 }, { 7, 4 }, { 5, 5 } };
		TestCity city = new TestCity();
		TestCity swapped = new TestCity();
		for (int c = 0; c < rates.length; c++) {
			String code = "C" + c;
			city.committee(code, 2024, 10)
				.proposals(code, 2024, 10, rates[c][0])
				.publications(code, 2024, 10, rates[c][1]);
			swapped.committee(code, 2024, 10)
				.proposals(code, 2024, 10, rates[c][1])
				.publications(code, 2024, 10, rates[c][0]);
		}
		UncertaintyResult one = RankUncertainty.of(input(weights(0.6, 0.4, AWARDS), city),
				settings(40_000, 0.25, 3, 2));
		UncertaintyResult other = RankUncertainty.of(input(weights(0.4, 0.6, AWARDS), swapped),
				settings(40_000, 0.25, 11, 2));
		assertThat(other.committees()).extracting(CommitteeUncertainty::committee)
			.containsExactlyElementsOf(one.committees().stream().map(CommitteeUncertainty::committee).toList());
		for (int c = 0; c < one.committees().size(); c++) {
			CommitteeUncertainty a = one.committees().get(c);
			CommitteeUncertainty b = other.committees().get(c);
			assertThat(List.of(b.nominalRank(), b.p5Rank(), b.medianRank(), b.p95Rank())).as(a.committee())
				.containsExactly(a.nominalRank(), a.p5Rank(), a.medianRank(), a.p95Rank());
			assertThat(b.awardShares().get("notice")).isCloseTo(a.awardShares().get("notice"), offset(0.01));
		}
	}

	@Test
	void theSameSeedGivesTheSameResultsOnOneThreadAndOnTwo() {
		TestCity city = new TestCity();
		for (int c = 0; c < 12; c++) {
			String code = "C" + c;
			city.committee(code, 2024, 10)
				.proposals(code, 2024, 12, (c * 5) % 12)
				.publications(code, 2024, 12, (c * 7 + 3) % 12);
		}
		YearInput input = input(weights(0.6, 0.4, AWARDS), city);
		RankUncertainty.Settings single = new RankUncertainty.Settings(5_000, 0.4, 42,
				List.of(Normalization.MIN_MAX, Normalization.Z_SCORE), List.of(Aggregation.values()), 1);
		RankUncertainty.Settings two = new RankUncertainty.Settings(5_000, 0.4, 42,
				List.of(Normalization.MIN_MAX, Normalization.Z_SCORE), List.of(Aggregation.values()), 2);
		UncertaintyResult once = RankUncertainty.of(input, single);
		assertThat(RankUncertainty.of(input, two)).isEqualTo(once);
		// and the analysis does move ranks here, so the comparison says something
		assertThat(once.committees()).anySatisfy(c -> assertThat(c.p95Rank()).isGreaterThan(c.p5Rank()));
		assertThat(RankUncertainty.of(input, settings(5_000, 0.4, 43, 2)))
			.isNotEqualTo(RankUncertainty.of(input, settings(5_000, 0.4, 42, 2)));
	}

	/**
	 * As the spread goes to 0 the weights stay the scheme's, and every interval is the
	 * nominal rank; here with z-scores, an excluded rate (Z has no publications) and
	 * geometric aggregation, so that the replications must score exactly as the year was
	 * scored.
	 */
	@Test
	void asTheSpreadGoesToZeroEveryIntervalCollapsesToTheNominalRank() {
		Scheme scheme = scheme(TestCity.TWO_RATES.replace("    denominator: {count: {kind: [PUBLICATION]}}",
				"    denominator: {count: {kind: [PUBLICATION]}}\n    when_empty: exclude")
				+ "normalization: z-score\naggregation: geometric\n" + AWARDS);
		TestCity city = new TestCity();
		for (int c = 0; c < 9; c++) {
			String code = "C" + c;
			city.committee(code, 2024, 10)
				.proposals(code, 2024, 20, (c * 7) % 20 + 1)
				.publications(code, 2024, 20, (c * 11) % 20);
		}
		city.committee("Z", 2024, 10).proposals("Z", 2024, 20, 13);
		YearInput input = input(scheme, city);
		for (double spread : new double[] { 0, 1e-7 }) {
			UncertaintyResult result = RankUncertainty.of(input, settings(2_000, spread, 5, 2));
			assertThat(result.committees()).hasSize(10).allSatisfy(c -> {
				assertThat(List.of(c.p5Rank(), c.medianRank(), c.p95Rank())).as(c.committee())
					.containsOnly(c.nominalRank());
				double won = c.nominalRank() == 1 ? 1.0 : 0.0;
				assertThat(c.awardShares()).as(c.committee()).containsEntry("notice", won);
			});
			assertThat(result.committees()).extracting(CommitteeUncertainty::nominalRank)
				.containsExactlyElementsOf(input.result().committees().stream().map(CommitteeResult::rank).toList());
		}
		assertThat(RankUncertainty.of(input, settings(2_000, 0.5, 5, 2)).committees())
			.anySatisfy(c -> assertThat(c.p95Rank()).isNotEqualTo(c.p5Rank()));
	}

}
