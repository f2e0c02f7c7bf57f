package org.sixrates.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;
import org.sixrates.rules.Filter;
import org.sixrates.rules.FilterField;
import org.sixrates.rules.Measure;
import org.sixrates.rules.Measure.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Measures on the cells of committee X in 2024 (10 members):
 *
 * <pre>
 * ADVISORY_PROPOSAL CITY     converted     SATISFIED            ×2
 * ADVISORY_PROPOSAL PROVINCE not converted BASICALLY_SATISFIED  ×3
 * ACTIVITY INSPECTION quantity 15 ×2, ACTIVITY FELLOWSHIP quantity 7 ×1, ACTIVITY (no subtype) quantity 4 ×1
 * FEEDBACK ×2 scores summing to 150
 * </pre> plus cells of Y in 2024 and of X in 2023 that no measure of X 2024 may see.
 */
class TallyTests {

	private static final CommitteeYear X = new CommitteeYear("X", "X", 2024, 10);

	private final Tally tally = new Tally(new Cube(List.of(X), List.of(
			cell("X", 2024, Kind.ADVISORY_PROPOSAL, null, Level.CITY, true, Satisfaction.SATISFIED, 2, 0, 0),
			cell("X", 2024, Kind.ADVISORY_PROPOSAL, null, Level.PROVINCE, false, Satisfaction.BASICALLY_SATISFIED, 3, 0,
					0),
			cell("X", 2024, Kind.ACTIVITY, "INSPECTION", Level.NONE, false, null, 2, 15, 0),
			cell("X", 2024, Kind.ACTIVITY, "FELLOWSHIP", Level.NONE, false, null, 1, 7, 0),
			cell("X", 2024, Kind.ACTIVITY, null, Level.NONE, false, null, 1, 4, 0),
			cell("X", 2024, Kind.FEEDBACK, null, Level.NONE, false, null, 2, 0, 150),
			cell("Y", 2024, Kind.ADVISORY_PROPOSAL, null, Level.CITY, true, Satisfaction.SATISFIED, 10, 0, 0),
			cell("X", 2023, Kind.ADVISORY_PROPOSAL, null, Level.CITY, true, Satisfaction.SATISFIED, 10, 0, 0))));

	@Test
	void countAddsTheCountsOfTheMatchingCells() {
		// 2 + 3 advisory proposals
		assertThat(tally.evaluate(count(filter(FilterField.KIND, "ADVISORY_PROPOSAL"), Map.of()), X)).isEqualTo(5);
		// every cell of X 2024: 2 + 3 + 2 + 1 + 1 + 2 = 11
		assertThat(tally.evaluate(count(Filter.ANY, Map.of()), X)).isEqualTo(11);
		// converted: only the 2 city-level advisory proposals; not converted: 3 + 2 + 1 +
		// 1 + 2 = 9
		assertThat(tally.evaluate(count(filter(FilterField.CONVERTED, "true"), Map.of()), X)).isEqualTo(2);
		assertThat(tally.evaluate(count(filter(FilterField.CONVERTED, "false"), Map.of()), X)).isEqualTo(9);
		// an empty satisfaction matches no listed value
		assertThat(tally.evaluate(count(filter(FilterField.SATISFACTION, "SATISFIED"), Map.of()), X)).isEqualTo(2);
		// level NONE: the 4 activity and feedback cells, 2 + 1 + 1 + 2 = 6; status FILED
		// is everything's default: 11
		assertThat(tally.evaluate(count(filter(FilterField.LEVEL, "NONE"), Map.of()), X)).isEqualTo(6);
		assertThat(tally.evaluate(count(filter(FilterField.STATUS, "FILED"), Map.of()), X)).isEqualTo(11);
	}

	@Test
	void filtersAreAndAcrossFieldsAndOrWithinAField() {
		Filter filter = new Filter(Map.of(FilterField.KIND, Set.of("ADVISORY_PROPOSAL", "ACTIVITY"), FilterField.LEVEL,
				Set.of("CITY", "NONE")));

		// advisory CITY 2 + activities 2 + 1 + 1 = 6 (PROVINCE and FEEDBACK left out)
		assertThat(tally.evaluate(count(filter, Map.of()), X)).isEqualTo(6);
	}

	@Test
	void weightByFactorsMultiplyAndAnUnlistedValueCountsZero() {
		Map<FilterField, Map<String, Double>> two = Map.of(FilterField.LEVEL, Map.of("CITY", 0.8, "PROVINCE", 0.9),
				FilterField.SATISFACTION, Map.of("SATISFIED", 1.0, "BASICALLY_SATISFIED", 0.5));
		// 2·0.8·1 + 3·0.9·0.5 = 1.6 + 1.35 = 2.95
		assertThat(tally.evaluate(count(filter(FilterField.KIND, "ADVISORY_PROPOSAL"), two), X)).isCloseTo(2.95,
				offset(1e-12));
		// PROVINCE not listed: 2·0.8 = 1.6
		assertThat(tally.evaluate(
				count(filter(FilterField.KIND, "ADVISORY_PROPOSAL"), Map.of(FilterField.LEVEL, Map.of("CITY", 0.8))),
				X))
			.isCloseTo(1.6, offset(1e-12));
	}

	@Test
	void sumsAddQuantityOrScoreTimesTheFactor() {
		Filter inspections = new Filter(
				Map.of(FilterField.KIND, Set.of("ACTIVITY"), FilterField.SUBTYPE, Set.of("INSPECTION", "FELLOWSHIP")));
		// (15 + 7)·0.5 = 11; the activity without subtype matches no subtype list
		assertThat(tally.evaluate(new Measure(Source.QUANTITY, inspections, Map.of(), 0.5), X)).isEqualTo(11);
		// 15 + 7 + 4 = 26
		assertThat(tally.evaluate(new Measure(Source.QUANTITY, filter(FilterField.KIND, "ACTIVITY"), Map.of(), 1), X))
			.isEqualTo(26);
		// 150 score over two evaluations, times 1
		assertThat(tally.evaluate(new Measure(Source.SCORE, filter(FilterField.KIND, "FEEDBACK"), Map.of(), 1), X))
			.isEqualTo(150);
	}

	@Test
	void membersAreTheCommitteesAttributeTimesTheFactor() {
		assertThat(tally.evaluate(new Measure(Source.MEMBERS, Filter.ANY, Map.of(), 4), X)).isEqualTo(40);
	}

	@Test
	void aCommitteeWithoutCellsMeasuresZero() {
		CommitteeYear z = new CommitteeYear("Z", "Z", 2024, 3);

		assertThat(tally.evaluate(count(Filter.ANY, Map.of()), z)).isEqualTo(0);
	}

	private static Measure count(Filter filter, Map<FilterField, Map<String, Double>> weightBy) {
		return new Measure(Source.COUNT, filter, weightBy, 1);
	}

	private static Filter filter(FilterField field, String value) {
		return new Filter(Map.of(field, Set.of(value)));
	}

	private static Cell cell(String code, int year, Kind kind, String subtype, Level level, boolean converted,
			Satisfaction satisfaction, long count, long quantity, double score) {
		return new Cell(code, year, kind, subtype, level, Status.FILED, converted, satisfaction, count, quantity,
				score);
	}

}
