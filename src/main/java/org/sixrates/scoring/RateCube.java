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
 * A year's results rewritten so that any one committee's rate can be set to any value and
 * the whole year rescored by the {@link Scorer} itself: each rate's numerator and
 * denominator become a sum over one cell of their own holding the value the scheme
 * measured. The rates, and so everything the scorer derives from them (when_empty means,
 * derived weights, normalization, ranks, grades, awards), come out as they did from the
 * real cube; setting one committee's cells to {@code (x, 1)} gives it the rate
 * {@code min(x, cap)} with every other committee and rate as it was. The earlier years a
 * consecutive award reads come in as settled awards.
 */
final class RateCube {

	private final Scheme scheme;

	private final int year;

	private final List<CommitteeYear> committees;

	private final List<Cell> cells;

	private final Map<Integer, Map<String, Set<String>>> settled;

	private final Scorer scorer = new Scorer();

	/**
	 * The year as measured.
	 * @param year the year's results under {@code scheme}'s measures
	 * @param committees the year's committees
	 * @param settled the awards of earlier years, which a consecutive award reads
	 */
	RateCube(Scheme scheme, YearResult year, List<CommitteeYear> committees,
			Map<Integer, Map<String, Set<String>>> settled) {
		this.scheme = rewritten(scheme);
		this.year = year.year();
		this.committees = committees.stream().filter(c -> c.year() == year.year()).toList();
		this.settled = settled;
		List<Cell> all = new ArrayList<>();
		for (CommitteeResult committee : year.committees()) {
			for (int i = 0; i < committee.rates().size(); i++) {
				RateResult rate = committee.rates().get(i);
				add(all, committee.code(), "n" + i, rate.numerator());
				add(all, committee.code(), "d" + i, rate.denominator());
			}
		}
		this.cells = List.copyOf(all);
	}

	/** The year as measured. */
	YearResult score() {
		return year(cells);
	}

	/** The year with {@code code}'s rate {@code rate} set to {@code value}. */
	YearResult scoreWith(String code, int rate, double value) {
		List<Cell> changed = without(code, "n" + rate, "d" + rate);
		add(changed, code, "n" + rate, value);
		add(changed, code, "d" + rate, 1);
		return year(changed);
	}

	/** The year with {@code code} measured as {@code measured}. */
	YearResult scoreWith(String code, Measured measured) {
		List<Cell> changed = new ArrayList<>();
		for (Cell cell : cells) {
			if (!cell.committee().equals(code)) {
				changed.add(cell);
			}
		}
		for (int i = 0; i < scheme.rates().size(); i++) {
			add(changed, code, "n" + i, measured.numerator(i));
			add(changed, code, "d" + i, measured.denominator(i));
		}
		return year(changed);
	}

	private List<Cell> without(String code, String numerator, String denominator) {
		List<Cell> kept = new ArrayList<>(cells.size() + 2);
		for (Cell cell : cells) {
			if (!cell.committee().equals(code)
					|| !(cell.subtype().equals(numerator) || cell.subtype().equals(denominator))) {
				kept.add(cell);
			}
		}
		return kept;
	}

	private YearResult year(List<Cell> cells) {
		return scorer.score(scheme, new Cube(committees, cells), settled).years().get(0);
	}

	private void add(List<Cell> cells, String code, String subtype, double value) {
		add(cells, code, year, subtype, value);
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
