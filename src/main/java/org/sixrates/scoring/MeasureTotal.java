package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sixrates.rules.Measure;

/**
 * A measure (DESIGN §3) evaluated on some records of one committee's year, with the terms
 * it adds up, so that a number reads back to its records:
 * {@code value = times · Σ_w w · amount_w}, where {@code amount_w} is the count, the sum
 * of quantity or the sum of score of the matching records whose weight is {@code w}; for
 * {@code committee: members}, {@code value = members · times}. The value is the one the
 * ranking computes from the same cells, to the last bit.
 *
 * @param value the measure's value
 * @param records the records the measure's filter matches, 0 for members
 * @param weighted whether the measure has a {@code weight_by}
 * @param terms per distinct weight, highest first; empty for members
 * @param times the constant factor
 * @param members the committee's members that year
 */
public record MeasureTotal(Measure.Source source, double value, long records, boolean weighted, List<Term> terms,
		double times, int members) {

	public MeasureTotal {
		terms = List.copyOf(terms);
	}

	/**
	 * The records of one weight.
	 *
	 * @param weight the factor each counts with
	 * @param records how many
	 * @param amount their count, sum of quantity or sum of score, before the weight
	 */
	public record Term(double weight, long records, double amount) {
	}

	/**
	 * The measure on {@code cells}, the cells of the records listed; cells of other
	 * committees or years are not counted.
	 */
	public static MeasureTotal of(Measure measure, CommitteeYear committee, List<Cell> cells) {
		Tally tally = new Tally(new Cube(List.of(committee), cells));
		double value = tally.evaluate(measure, committee);
		if (measure.source() == Measure.Source.MEMBERS) {
			return new MeasureTotal(measure.source(), value, 0, false, List.of(), measure.times(), committee.members());
		}
		Map<Double, long[]> counts = new TreeMap<>(Comparator.reverseOrder());
		Map<Double, Double> amounts = new TreeMap<>(Comparator.reverseOrder());
		long records = 0;
		for (Cell cell : tally.cells(committee)) {
			if (Tally.matches(measure.filter(), cell)) {
				double weight = Tally.weight(measure, cell);
				double amount = switch (measure.source()) {
					case COUNT -> cell.count();
					case QUANTITY -> cell.quantity();
					case SCORE -> cell.score();
					case MEMBERS -> throw new IllegalStateException("members are not summed over records");
				};
				counts.computeIfAbsent(weight, w -> new long[1])[0] += cell.count();
				amounts.merge(weight, amount, Double::sum);
				records += cell.count();
			}
		}
		List<Term> terms = new ArrayList<>();
		counts.forEach((weight, count) -> terms.add(new Term(weight, count[0], amounts.get(weight))));
		return new MeasureTotal(measure.source(), value, records, !measure.weightBy().isEmpty(), terms, measure.times(),
				committee.members());
	}

}
