package org.sixrates.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sixrates.vocabulary.Named;
import org.sixrates.web.Refused;
import org.sixrates.web.TestCity;

/**
 * The order of a ranking's rows, on four committees written out here: A 80.00 first, B
 * and C tied second with 70.00, D 60.00 fourth; D's completion excluded, and only A and B
 * ranked last year (A third, B first).
 */
class RankingOrderTests {

	private static final Named COMPLETION = new Named("completion", "办结率", "Completion");

	private static final RankingTable RANKING = new RankingTable(2024, List.of(2023, 2024), TestCity.SCHEME,
			List.of(new RateColumn(COMPLETION, 1.0, 0.5)),
			List.of(row(1, "A", "丙", 0.4, 80.0, 3), row(2, "C", "乙", 0.9, 70.0, null), row(2, "B", "甲", 0.9, 70.0, 1),
					row(4, "D", "丁", null, 60.0, null)));

	@Test
	void theRankingsOwnOrderIsByRankThenAsTheRowsCome() {
		assertThat(codes(RankingOrder.of(null, null, RANKING))).containsExactly("A", "C", "B", "D");
	}

	@Test
	void aRateSortsBestFirstTiesByRankThenCodeAndAnExcludedRateLastEitherWay() {
		// B and C tie at 0.9 and at rank 2: by code, B first
		assertThat(codes(RankingOrder.of("completion", null, RANKING))).containsExactly("B", "C", "A", "D");
		assertThat(codes(RankingOrder.of("completion", "asc", RANKING))).containsExactly("A", "B", "C", "D");
	}

	@Test
	void aMissingRankChangeSortsLastEitherWay() {
		// A rose from 3rd to 1st (+2), B fell from 1st to 2nd (−1)
		assertThat(codes(RankingOrder.of("rankChange", null, RANKING))).containsExactly("A", "B", "C", "D");
		assertThat(codes(RankingOrder.of("rankChange", "asc", RANKING))).containsExactly("B", "A", "C", "D");
	}

	@Test
	void theNameSortsAsChineseText() {
		// 丙 bǐng, 丁 dīng, 甲 jiǎ, 乙 yǐ
		assertThat(codes(RankingOrder.of("committee", null, RANKING))).containsExactly("A", "D", "B", "C");
	}

	@Test
	void aHeadingSortsItsNaturalWayFirstAndTheOtherWayWhenAlreadySortedSo() {
		RankingOrder score = RankingOrder.RANK.next("score");
		assertThat(score).isEqualTo(new RankingOrder("score", true));
		assertThat(score.next("score")).isEqualTo(new RankingOrder("score", false));
		assertThat(score.next("committee")).isEqualTo(new RankingOrder("committee", false));
	}

	@Test
	void aColumnTheRankingDoesNotHaveIsRefused() {
		assertThatThrownBy(() -> RankingOrder.of("endorsement", null, RANKING)).isInstanceOf(Refused.class)
			.hasMessageContaining("rank, committee, completion, score");
		assertThatThrownBy(() -> RankingOrder.of("score", "down", RANKING)).isInstanceOf(Refused.class);
	}

	private static List<String> codes(RankingOrder order) {
		return order.sort(RANKING).stream().map(RankingRow::code).toList();
	}

	private static RankingRow row(int rank, String code, String name, Double completion, double score,
			Integer previousRank) {
		return new RankingRow(rank, code, name, Arrays.asList(completion), score, null, List.of(), previousRank, null);
	}

}
