package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sixrates.rules.Filter;
import org.sixrates.rules.FilterField;
import org.sixrates.rules.Measure;
import org.sixrates.rules.RateDefinition;
import org.sixrates.rules.Scheme;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Status;

/**
 * An assessment rewritten so that any one committee's rate can be set to any value and
 * the whole year rescored by the {@link Scorer} itself: each rate's numerator and
 * denominator become a sum over one cell of their own holding the value the scheme
 * measured. The rates, and so everything the scorer derives from them (when_empty means,
 * derived weights, normalization, ranks, grades, awards), come out as they did from the
 * real cube; setting one committee's cells to {@code (x, 1)} gives it the rate
 * {@code min(x, cap)} with every other committee and rate as it was.
 */
final class RateCube {

	private final Scheme scheme;

	private final List<CommitteeYear> committees;

	private final List<Cell> cells;

	private final Map<Integer, Map<String, Set<String>>> settled;

	private final Scorer scorer = new Scorer();

	RateCube(Scheme scheme, Assessment assessment, List<CommitteeYear> committees,
			Map<Integer, Map<String, Set<String>>> settled) {
		this.scheme = rewritten(scheme);
		this.committees = List.copyOf(committees);
		this.settled = settled;
		List<Cell> all = new ArrayList<>();
		for (YearResult year : assessment.years()) {
			for (CommitteeResult committee : year.committees()) {
				for (int i = 0; i < committee.rates().size(); i++) {
					RateResult rate = committee.rates().get(i);
					add(all, committee.code(), year.year(), "n" + i, rate.numerator());
					add(all, committee.code(), year.year(), "d" + i, rate.denominator());
				}
			}
		}
		this.cells = List.copyOf(all);
	}

	/** The assessment as measured. */
	Assessment score() {
		return scorer.score(scheme, new Cube(committees, cells), settled);
	}

	/**
	 * The assessment with {@code code}'s rate {@code rate} set to {@code value} in
	 * {@code year}.
	 */
	Assessment scoreWith(String code, int year, int rate, double value) {
		String numerator = "n" + rate;
		String denominator = "d" + rate;
		List<Cell> changed = new ArrayList<>(cells.size() + 2);
		for (Cell cell : cells) {
			boolean mine = cell.committee().equals(code) && cell.year() == year;
			if (!mine || !(cell.subtype().equals(numerator) || cell.subtype().equals(denominator))) {
				changed.add(cell);
			}
		}
		add(changed, code, year, numerator, value);
		add(changed, code, year, denominator, 1);
		return scorer.score(scheme, new Cube(committees, changed), settled);
	}

	private static void add(List<Cell> cells, String code, int year, String subtype, double value) {
		if (value != 0) {
			cells.add(new Cell(code, year, Kind.FEEDBACK, subtype, Level.NONE, Status.FILED, false, null, 1, 0, value));
		}
	}

	/** The scheme with every measure a plain sum of the score of its own cell. */
	private static Scheme rewritten(Scheme scheme) {
		List<RateDefinition> rates = new ArrayList<>();
		for (int i = 0; i < scheme.rates().size(); i++) {
			RateDefinition rate = scheme.rates().get(i);
			rates.add(new RateDefinition(rate.id(), rate.label(), rate.weight(), sum("n" + i), sum("d" + i), rate.cap(),
					rate.whenEmpty(), rate.target(), rate.normalization()));
		}
		return new Scheme(scheme.id(), scheme.title(), rates, scheme.normalization(), scheme.aggregation(),
				scheme.weights(), scheme.tieBreak(), scheme.grades(), scheme.awards(), scheme.evidence(),
				scheme.sha256(), scheme.fileName());
	}

	private static Measure sum(String subtype) {
		return new Measure(Measure.Source.SCORE, new Filter(Map.of(FilterField.SUBTYPE, Set.of(subtype))), Map.of(), 1);
	}

}
