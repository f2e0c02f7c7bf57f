package org.sixrates.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sixrates.rules.Filter;
import org.sixrates.rules.FilterField;
import org.sixrates.rules.Measure;
import org.sixrates.rules.Measure.Source;
import org.sixrates.scoring.MeasureTotal.Term;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Status;

/**
 * A measure on the listed records of committee X in 2024 (164 members), read back as the
 * terms it adds up:
 *
 * <pre>
 * SOCIAL_OPINION COUNTY   ×20
 * SOCIAL_OPINION CITY     ×8
 * PLENARY_SPEECH PROVINCE ×5
 * PLENARY_SPEECH NONE     ×4   (not endorsed)
 * ACTIVITY quantity 600 ×10, ACTIVITY quantity 54 ×5
 * FEEDBACK ×4, scores summing to 387.1
 * </pre> and a cell of Y that X's measures never count.
 */
class MeasureTotalTests {

	private static final CommitteeYear X = new CommitteeYear("X", "X", 2024, 164);

	private static final List<Cell> CELLS = List.of(cell(Kind.SOCIAL_OPINION, Level.COUNTY, 20, 0, 0),
			cell(Kind.SOCIAL_OPINION, Level.CITY, 8, 0, 0), cell(Kind.PLENARY_SPEECH, Level.PROVINCE, 5, 0, 0),
			cell(Kind.PLENARY_SPEECH, Level.NONE, 4, 0, 0), cell(Kind.ACTIVITY, Level.NONE, 10, 600, 0),
			cell(Kind.ACTIVITY, Level.COUNTY, 5, 54, 0), cell(Kind.FEEDBACK, Level.NONE, 4, 0, 387.1),
			new Cell("Y", 2024, Kind.SOCIAL_OPINION, null, Level.NATIONAL, Status.FILED, false, null, 99, 0, 0));

	private static final Map<FilterField, Map<String, Double>> BY_LEVEL = Map.of(FilterField.LEVEL,
			Map.of("COUNTY", 0.7, "CITY", 0.8, "PROVINCE", 0.9, "NATIONAL", 1.0));

	@Test
	void aWeightedCountIsReadBackAsItsRecordsPerWeight() {
		// endorsed opinions and speeches: 20 × 0.7 + 8 × 0.8 + 5 × 0.9 = 14 + 6.4 + 4.5 =
		// 24.9
		Measure endorsed = new Measure(Source.COUNT,
				filter(FilterField.KIND, Set.of("SOCIAL_OPINION", "PLENARY_SPEECH"), FilterField.LEVEL,
						Set.of("COUNTY", "CITY", "PROVINCE", "NATIONAL")),
				BY_LEVEL, 1);
		MeasureTotal total = MeasureTotal.of(endorsed, X, CELLS);
		assertThat(total.value()).isEqualTo(24.9, org.assertj.core.api.Assertions.within(1e-12));
		assertThat(total.records()).isEqualTo(33);
		assertThat(total.weighted()).isTrue();
		assertThat(total.terms()).containsExactly(new Term(0.9, 5, 5), new Term(0.8, 8, 8), new Term(0.7, 20, 20));
	}

	@Test
	void aWeightedRecordOutsideTheListedWeightsCountsZeroAndIsShownSo() {
		// every opinion and speech, weighted: the 4 unendorsed speeches count 0
		Measure all = new Measure(Source.COUNT, filter(FilterField.KIND, Set.of("SOCIAL_OPINION", "PLENARY_SPEECH")),
				BY_LEVEL, 1);
		MeasureTotal total = MeasureTotal.of(all, X, CELLS);
		assertThat(total.records()).isEqualTo(37);
		assertThat(total.terms()).last().isEqualTo(new Term(0, 4, 4));
	}

	@Test
	void aSumOfQuantityIsOneTermOfWeightOne() {
		// 600 + 54 = 654 members taking part, in 15 records
		Measure activity = new Measure(Source.QUANTITY, filter(FilterField.KIND, Set.of("ACTIVITY")), Map.of(), 1);
		MeasureTotal total = MeasureTotal.of(activity, X, CELLS);
		assertThat(total.value()).isEqualTo(654);
		assertThat(total.records()).isEqualTo(15);
		assertThat(total.weighted()).isFalse();
		assertThat(total.terms()).containsExactly(new Term(1, 15, 654));
	}

	@Test
	void scoresAndCountsOfTheSameRecordsDifferByTheirFactor() {
		// contribution: Σ score = 387.1 over 4 evaluations; the denominator 4 × 100 = 400
		Filter feedback = filter(FilterField.KIND, Set.of("FEEDBACK"));
		MeasureTotal scores = MeasureTotal.of(new Measure(Source.SCORE, feedback, Map.of(), 1), X, CELLS);
		MeasureTotal counted = MeasureTotal.of(new Measure(Source.COUNT, feedback, Map.of(), 100), X, CELLS);
		assertThat(scores.value()).isEqualTo(387.1);
		assertThat(scores.records()).isEqualTo(4);
		assertThat(counted.value()).isEqualTo(400);
		assertThat(counted.records()).isEqualTo(4);
		assertThat(counted.times()).isEqualTo(100);
	}

	@Test
	void membersAreNoRecords() {
		// 164 members × 4 = 656
		MeasureTotal total = MeasureTotal.of(new Measure(Source.MEMBERS, Filter.ANY, Map.of(), 4), X, CELLS);
		assertThat(total.value()).isEqualTo(656);
		assertThat(total.members()).isEqualTo(164);
		assertThat(total.records()).isZero();
		assertThat(total.terms()).isEmpty();
	}

	@Test
	void theTotalIsTheRankingsNumberToTheLastBit() {
		// the ranking evaluates the whole cube; the list only its own cells, in any order
		Measure endorsed = new Measure(Source.COUNT,
				filter(FilterField.KIND, Set.of("SOCIAL_OPINION", "PLENARY_SPEECH"), FilterField.LEVEL,
						Set.of("COUNTY", "CITY", "PROVINCE", "NATIONAL")),
				BY_LEVEL, 1);
		double ranked = new Tally(new Cube(List.of(X), CELLS)).evaluate(endorsed, X);
		List<Cell> listed = List.of(CELLS.get(2), CELLS.get(0), CELLS.get(1));
		assertThat(MeasureTotal.of(endorsed, X, listed).value()).isEqualTo(ranked);
	}

	private static Filter filter(FilterField field, Set<String> values) {
		return new Filter(Map.of(field, values));
	}

	private static Filter filter(FilterField field, Set<String> values, FilterField other, Set<String> more) {
		return new Filter(Map.of(field, values, other, more));
	}

	private static Cell cell(Kind kind, Level level, long count, long quantity, double score) {
		return new Cell("X", 2024, kind, null, level, Status.FILED, false, null, count, quantity, score);
	}

}
