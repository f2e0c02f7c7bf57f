package org.sixrates.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;
import static org.sixrates.scoring.TestCity.twoRates;

/** What the scorer does with the shape of a cube, whatever the scheme. */
class ScorerTests {

	private final Scorer scorer = new Scorer();

	@Test
	void everyYearOfTheCommitteesIsScoredInAscendingOrder() {
		Cube cube = new TestCity().committee("A1", 2025, 10)
			.committee("A1", 2023, 10)
			.committee("B2", 2024, 10)
			.proposals("A1", 2023, 2, 1)
			.cube();

		Assessment assessment = scorer.score(twoRates(""), cube);

		assertThat(assessment.years()).extracting(YearResult::year).containsExactly(2023, 2024, 2025);
		// A1 2023: a = 0.5, no publication → b = 0: 100·0.6·0.5 = 30
		assertThat(TestCity.committee(assessment, 2023, "A1").score()).isCloseTo(30, offset(1e-9));
	}

	@Test
	void cellsOfACommitteeOrYearNotAssessedAreIgnored() {
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.proposals("A1", 2024, 4, 1)
			.proposals("A1", 2023, 4, 4)
			.proposals("Z9", 2024, 4, 4)
			.cube();

		Assessment assessment = scorer.score(twoRates(""), cube);

		assertThat(assessment.years()).singleElement()
			.satisfies(year -> assertThat(year.committees()).extracting(CommitteeResult::code).containsExactly("A1"));
		// 1 completed of 4: 0.25
		assertThat(TestCity.committee(assessment, 2024, "A1").rates().get(0).rate()).isEqualTo(0.25);
	}

	@Test
	void anEmptyCubeHasNoYears() {
		assertThat(scorer.score(twoRates(""), new Cube(List.of(), List.of())).years()).isEmpty();
	}

	@Test
	void aCommitteeTwiceInOneYearIsRefused() {
		Cube cube = new TestCity().committee("A1", 2024, 10).committee("A1", 2024, 12).cube();

		assertThatIllegalArgumentException().isThrownBy(() -> scorer.score(twoRates(""), cube))
			.withMessageContaining("A1")
			.withMessageContaining("2024");
	}

}
