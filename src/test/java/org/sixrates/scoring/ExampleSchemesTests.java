package org.sixrates.scoring;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;
import org.sixrates.rules.SchemeLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.sixrates.scoring.TestCity.committee;

/** The example schemes of {@code rules/examples/} scored by hand on two committees. */
class ExampleSchemesTests {

	private final Scorer scorer = new Scorer();

	/**
	 * ahp.yaml: weights 4/7, 2/7, 1/7, z-score.
	 *
	 * <pre>
	 * P: completion 2/2 = 1, conversion 1/2 = 0.5, contribution 80/100 = 0.8
	 * Q: completion 1/2 = 0.5, conversion 3/3 = 1, no evaluation (contribution excluded)
	 * Two values: sample sd = |x − y|/√2, so z = ±1/√2 and n = 0.5 ± 0.0707107.
	 * contribution: one committee, z = 0, n = 0.5.
	 * P 100·(4/7·0.570711 + 2/7·0.429289 + 1/7·0.5) = 52.0203
	 * Q weights 4/6 and 2/6: 100·(2/3·0.429289 + 1/3·0.570711) = 47.6430
	 * notice: Q vetoed (completion 0.5 &lt; 0.6); P rank 1 of 1 wins. plenary needs three years: nobody.
	 * </pre>
	 */
	@Test
	void ahpExample() {
		Cube cube = new Cube(List.of(new CommitteeYear("P", "P", 2024, 10), new CommitteeYear("Q", "Q", 2024, 10)),
				List.of(cell("P", Kind.PROPOSAL, Status.COMPLETED, true, null, 1, 0),
						cell("P", Kind.PROPOSAL, Status.COMPLETED, false, null, 1, 0),
						cell("P", Kind.FEEDBACK, Status.FILED, false, null, 1, 80),
						cell("Q", Kind.PROPOSAL, Status.COMPLETED, true, null, 1, 0),
						cell("Q", Kind.ADVISORY_PROPOSAL, Status.FILED, true, null, 1, 0),
						cell("Q", Kind.PROPOSAL, Status.FILED, true, null, 1, 0)));

		Assessment assessment = scorer.score(SchemeLoader.load(Path.of("rules/examples/ahp.yaml")), cube);

		CommitteeResult p = committee(assessment, 2024, "P");
		CommitteeResult q = committee(assessment, 2024, "Q");
		assertThat(p.rates().get(0).normalized()).isCloseTo(0.5 + 1 / Math.sqrt(2) / 10, offset(1e-12));
		assertThat(p.score()).isCloseTo(52.0203, offset(1e-4));
		assertThat(q.rates().get(2).excluded()).isTrue();
		assertThat(q.rates().get(0).weight()).isCloseTo(4.0 / 6, offset(1e-9));
		assertThat(q.score()).isCloseTo(47.6430, offset(1e-4));
		assertThat(p.awards()).containsExactly("notice");
		assertThat(q.outcomes().get(0).reason().english()).isEqualTo("completion 50.00% below the veto floor 60.00%");
	}

	/**
	 * efficacy-geometric.yaml: weights completion 0.4, reply 0.3, satisfaction 0.3.
	 *
	 * <pre>
	 * P: 3 proposals completed and satisfied, 1 filed → completion 3/4, reply 3/4,
	 *    satisfaction 3·1/3 = 1 → target 0.95: n = min(1, 1/0.95) = 1
	 * Q: social opinions 1 completed, 1 filed → completion 1/2; no proposal: reply excluded,
	 *    satisfaction 0/0 → mean of P = 1 → n = 1
	 * efficacy on completion: P (max) 1, Q (min) 0.6; reply has only P: all equal → 1
	 * P 100·1·1·1 = 100 (good); Q weights 0.4/0.7 and 0.3/0.7: 100·0.6^(4/7) = 74.6843 (pass)
	 * notice, top 2, no minimum: both win.
	 * </pre>
	 */
	@Test
	void efficacyGeometricExample() {
		Cube cube = new Cube(List.of(new CommitteeYear("P", "P", 2024, 10), new CommitteeYear("Q", "Q", 2024, 10)),
				List.of(cell("P", Kind.PROPOSAL, Status.COMPLETED, false, Satisfaction.SATISFIED, 3, 0),
						cell("P", Kind.PROPOSAL, Status.FILED, false, null, 1, 0),
						cell("Q", Kind.SOCIAL_OPINION, Status.COMPLETED, false, null, 1, 0),
						cell("Q", Kind.SOCIAL_OPINION, Status.FILED, false, null, 1, 0)));

		Assessment assessment = scorer.score(SchemeLoader.load(Path.of("rules/examples/efficacy-geometric.yaml")),
				cube);

		CommitteeResult p = committee(assessment, 2024, "P");
		CommitteeResult q = committee(assessment, 2024, "Q");
		assertThat(p.score()).isCloseTo(100, offset(1e-9));
		assertThat(p.grade().id()).isEqualTo("good");
		assertThat(q.rates().get(1).excluded()).isTrue();
		assertThat(q.rates().get(2).rate()).isCloseTo(1, offset(1e-12));
		assertThat(q.score()).isCloseTo(74.6843, offset(1e-4));
		assertThat(q.grade().id()).isEqualTo("pass");
		assertThat(q.awards()).containsExactly("notice");
	}

	private static Cell cell(String code, Kind kind, Status status, boolean converted, Satisfaction satisfaction,
			long count, double score) {
		return new Cell(code, 2024, kind, null, Level.NONE, status, converted, satisfaction, count, 0, score);
	}

}
