package org.sixrates.scoring;

import org.junit.jupiter.api.Test;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Status;
import org.sixrates.rules.Scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * A subtype is free text (DESIGN §2, §3): a filter or {@code weight_by} may name one that
 * is not among the named subtypes, and it matches exactly the records that have it.
 */
class FreeSubtypeTests {

	private static final String SCHEME = """
			scheme: free
			title: {zh: 自由子类, en: Free subtypes}
			rates:
			  - id: surveys
			    label: {zh: 调查, en: Surveys}
			    weight: 0.5
			    numerator: {count: {kind: ACTIVITY, subtype: [SURVEY, 专题协商]}}
			    denominator: {count: {kind: ACTIVITY}}
			  - id: weighted
			    label: {zh: 加权, en: Weighted}
			    weight: 0.5
			    numerator: {count: {kind: ACTIVITY}, weight_by: {subtype: {OTHER: 2, 视察: 1}}}
			    denominator: {count: {kind: ACTIVITY}}
			""";

	/**
	 * A1's activities in 2024: SURVEY ×2, 专题协商 ×1, OTHER ×3, INSPECTION ×4 and
	 * {@code survey} (lower case) ×5, 15 in all.
	 *
	 * <pre>
	 * surveys  = (SURVEY 2 + 专题协商 1) / 15 = 3/15 = 0.2   (survey is not SURVEY)
	 * weighted = (OTHER 3·2 + INSPECTION 4·1) / 15 = 10/15 = 2/3   (视察 is INSPECTION)
	 * score    = 100·(0.5·0.2 + 0.5·2/3) = 10 + 33.333… = 43.333…
	 * </pre>
	 */
	@Test
	void aFilterAndAWeightOnSubtypesOutsideTheNamedOnesMatchExactlyTheirRecords() {
		Scheme scheme = TestCity.scheme(SCHEME);
		Cube cube = new TestCity().committee("A1", 2024, 10)
			.cell(activity("SURVEY", 2))
			.cell(activity("专题协商", 1))
			.cell(activity("OTHER", 3))
			.cell(activity("INSPECTION", 4))
			.cell(activity("survey", 5))
			.cube();

		CommitteeResult a1 = TestCity.committee(new Scorer().score(scheme, cube), 2024, "A1");

		assertThat(a1.rates().get(0).rate()).isCloseTo(0.2, offset(1e-12));
		assertThat(a1.rates().get(1).rate()).isCloseTo(2.0 / 3, offset(1e-12));
		assertThat(a1.score()).isCloseTo(43.333333, offset(1e-6));
	}

	private static Cell activity(String subtype, long count) {
		return new Cell("A1", 2024, Kind.ACTIVITY, subtype, Level.NONE, Status.FILED, false, null, count, 0, 0);
	}

}
