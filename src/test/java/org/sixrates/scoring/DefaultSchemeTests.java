package org.sixrates.scoring;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Status;
import org.sixrates.rules.SchemeLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.sixrates.scoring.TestCity.committee;

/**
 * The six rates of {@code rules/six-rates.yaml} on two committees in 2024.
 *
 * <pre>
 * X (10 members)
 *   ADVISORY_PROPOSAL CITY ×2, RESEARCH_REPORT NONE ×1, PLENARY_SPEECH NATIONAL ×1,
 *   SOCIAL_OPINION COUNTY COMPLETED converted ×1, PROPOSAL COMPLETED converted ×3, PROPOSAL REPLIED ×1,
 *   ACTIVITY quantity 30, PUBLICATION PROVINCE ×2 and NONE ×2, FEEDBACK ×2 scores summing to 170
 *   endorsement  (2·0.8 + 1.0 + 0.7)/5 = 3.3/5 = 0.66
 *   completion   (3 + 1)/(4 + 1) = 0.8
 *   conversion   (3 + 1)/(2 + 1 + 1 + 1 + 4) = 4/9
 *   activity     30/(10·4) = 0.75
 *   publication  2/4 = 0.5
 *   contribution 170/(2·100) = 0.85
 *   score 100·(0.2·0.66 + 0.2·0.8 + 0.15·4/9 + 0.15·0.75 + 0.15·0.5 + 0.15·0.85)
 *       = 100·(0.132 + 0.16 + 0.066667 + 0.1125 + 0.075 + 0.1275) = 67.3667 → pass
 * Y (5 members)
 *   PROPOSAL COMPLETED ×2, ACTIVITY quantity 30
 *   endorsement 0/0 → 0; completion 1; conversion 0/2 = 0; activity 30/20 = 1.5 → cap 1;
 *   publication 0/0 → 0; contribution 0/0 → mean of X = 0.85
 *   score 100·(0 + 0.2 + 0 + 0.15 + 0 + 0.1275) = 47.75 → fail
 * Nobody reaches 75: no notice, no plenary.
 * </pre>
 */
class DefaultSchemeTests {

	@Test
	void sixRatesOfTwoCommitteesWorkedByHand() {
		List<Cell> cells = List.of(cell("X", Kind.ADVISORY_PROPOSAL, Level.CITY, Status.FILED, false, 2, 0, 0),
				cell("X", Kind.RESEARCH_REPORT, Level.NONE, Status.FILED, false, 1, 0, 0),
				cell("X", Kind.PLENARY_SPEECH, Level.NATIONAL, Status.FILED, false, 1, 0, 0),
				cell("X", Kind.SOCIAL_OPINION, Level.COUNTY, Status.COMPLETED, true, 1, 0, 0),
				cell("X", Kind.PROPOSAL, Level.NONE, Status.COMPLETED, true, 3, 0, 0),
				cell("X", Kind.PROPOSAL, Level.NONE, Status.REPLIED, false, 1, 0, 0),
				cell("X", Kind.ACTIVITY, Level.NONE, Status.FILED, false, 3, 30, 0),
				cell("X", Kind.PUBLICATION, Level.PROVINCE, Status.FILED, false, 2, 0, 0),
				cell("X", Kind.PUBLICATION, Level.NONE, Status.FILED, false, 2, 0, 0),
				cell("X", Kind.FEEDBACK, Level.NONE, Status.FILED, false, 2, 0, 170),
				cell("Y", Kind.PROPOSAL, Level.NONE, Status.COMPLETED, false, 2, 0, 0),
				cell("Y", Kind.ACTIVITY, Level.NONE, Status.FILED, false, 2, 30, 0));
		Cube cube = new Cube(List.of(new CommitteeYear("X", "甲县", 2024, 10), new CommitteeYear("Y", "乙区", 2024, 5)),
				cells);

		Assessment assessment = new Scorer().score(SchemeLoader.load(Path.of("rules/six-rates.yaml")), cube);

		CommitteeResult x = committee(assessment, 2024, "X");
		assertThat(x.rates()).extracting(RateResult::rate)
			.satisfiesExactly(r -> assertThat(r).isCloseTo(0.66, offset(1e-12)),
					r -> assertThat(r).isCloseTo(0.8, offset(1e-12)),
					r -> assertThat(r).isCloseTo(4.0 / 9, offset(1e-12)),
					r -> assertThat(r).isCloseTo(0.75, offset(1e-12)), r -> assertThat(r).isCloseTo(0.5, offset(1e-12)),
					r -> assertThat(r).isCloseTo(0.85, offset(1e-12)));
		assertThat(x.rates().get(0).numerator()).isCloseTo(3.3, offset(1e-12));
		assertThat(x.rates().get(2).denominator()).isEqualTo(9);
		assertThat(x.rates().get(5).denominator()).isEqualTo(200);
		assertThat(x.score()).isCloseTo(67.366667, offset(1e-6));
		assertThat(x.rank()).isEqualTo(1);
		assertThat(x.grade().id()).isEqualTo("pass");
		assertThat(x.awards()).isEmpty();
		assertThat(x.outcomes().get(0).reason().english()).isEqualTo("score 67.37 below min_score 75");

		CommitteeResult y = committee(assessment, 2024, "Y");
		assertThat(y.rates()).extracting(RateResult::rate)
			.satisfiesExactly(r -> assertThat(r).isEqualTo(0.0), r -> assertThat(r).isEqualTo(1.0),
					r -> assertThat(r).isEqualTo(0.0), r -> assertThat(r).isEqualTo(1.0),
					r -> assertThat(r).isEqualTo(0.0), r -> assertThat(r).isCloseTo(0.85, offset(1e-12)));
		assertThat(y.rates().get(3).numerator()).isEqualTo(30);
		assertThat(y.rates().get(3).denominator()).isEqualTo(20);
		assertThat(y.rates().get(5).filled()).isTrue();
		assertThat(y.score()).isCloseTo(47.75, offset(1e-9));
		assertThat(y.rank()).isEqualTo(2);
		assertThat(y.grade().id()).isEqualTo("fail");
		assertThat(y.name()).isEqualTo("乙区");

		// city means: endorsement (0.66 + 0)/2 = 0.33, activity (0.75 + 1)/2 = 0.875
		YearResult year = TestCity.year(assessment, 2024);
		assertThat(year.rates().get(0).mean()).isCloseTo(0.33, offset(1e-12));
		assertThat(year.rates().get(3).mean()).isCloseTo(0.875, offset(1e-12));
	}

	private static Cell cell(String code, Kind kind, Level level, Status status, boolean converted, long count,
			long quantity, double score) {
		return new Cell(code, 2024, kind, null, level, status, converted, null, count, quantity, score);
	}

}
