package org.sixrates.scoring;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

import org.sixrates.rules.Filter;
import org.sixrates.rules.FilterField;
import org.sixrates.rules.Measure;

/**
 * The cube's cells indexed by committee and year once, and measures evaluated on them:
 * count {@code Σ count·w·times}, quantity {@code Σ quantity·w·times}, score
 * {@code Σ score·w·times} over the matching cells, members {@code members·times}; a
 * cell's {@code w} is the product of its {@code weight_by} factors (a value not listed
 * counts 0).
 */
final class Tally {

	/**
	 * Kind, subtype (none first), level, status, converted, satisfaction (none first),
	 * then count, quantity and score: a comparison written out, as every committee's
	 * cells are sorted by it.
	 */
	private static final Comparator<Cell> CELL_ORDER = Tally::compare;

	private static final Comparator<String> SUBTYPE = Comparator.nullsFirst(Comparator.naturalOrder());

	private static int compare(Cell a, Cell b) {
		int order = a.kind().compareTo(b.kind());
		if (order == 0) {
			order = SUBTYPE.compare(a.subtype(), b.subtype());
		}
		if (order == 0) {
			order = a.level().compareTo(b.level());
		}
		if (order == 0) {
			order = a.status().compareTo(b.status());
		}
		if (order == 0) {
			order = Boolean.compare(a.converted(), b.converted());
		}
		if (order == 0) {
			order = Integer.compare((a.satisfaction() == null) ? -1 : a.satisfaction().ordinal(),
					(b.satisfaction() == null) ? -1 : b.satisfaction().ordinal());
		}
		if (order == 0) {
			order = Long.compare(a.count(), b.count());
		}
		if (order == 0) {
			order = Long.compare(a.quantity(), b.quantity());
		}
		if (order == 0) {
			order = Double.compare(a.score(), b.score());
		}
		return order;
	}

	private final Map<String, Map<Integer, List<Cell>>> cells = new HashMap<>();

	Tally(Cube cube) {
		for (Cell cell : cube.cells()) {
			cells.computeIfAbsent(cell.committee(), code -> new HashMap<>())
				.computeIfAbsent(cell.year(), year -> new ArrayList<>())
				.add(cell);
		}
		// one order whatever the order of the cube, so that the sums agree to the last
		// bit
		cells.values().forEach(years -> years.values().forEach(list -> list.sort(CELL_ORDER)));
	}

	/** The cells of one committee's year, in the order they are summed in. */
	List<Cell> cells(CommitteeYear committee) {
		return cells.getOrDefault(committee.code(), Map.of()).getOrDefault(committee.year(), List.of());
	}

	double evaluate(Measure measure, CommitteeYear committee) {
		if (measure.source() == Measure.Source.MEMBERS) {
			return committee.members() * measure.times();
		}
		double sum = 0;
		for (Cell cell : cells(committee)) {
			if (matches(measure.filter(), cell)) {
				double amount = switch (measure.source()) {
					case COUNT -> cell.count();
					case QUANTITY -> cell.quantity();
					case SCORE -> cell.score();
					case MEMBERS -> throw new IllegalStateException("members are not summed over records");
				};
				sum += amount * weight(measure, cell);
			}
		}
		return sum * measure.times();
	}

	static boolean matches(Filter filter, Cell cell) {
		return filter.matches(field -> value(field, cell));
	}

	static double weight(Measure measure, Cell cell) {
		double weight = 1;
		for (Map.Entry<FilterField, Map<String, Double>> factors : measure.weightBy().entrySet()) {
			String value = value(factors.getKey(), cell);
			weight *= value == null ? 0 : factors.getValue().getOrDefault(value, 0.0);
		}
		return weight;
	}

	/**
	 * The cell's value in the canonical spelling of rules; an empty level or status is
	 * its default.
	 */
	static String value(FilterField field, Cell cell) {
		return switch (field) {
			case KIND -> cell.kind() != null ? cell.kind().name() : null;
			case SUBTYPE -> cell.subtype();
			case LEVEL -> cell.level() != null ? cell.level().name() : "NONE";
			case STATUS -> cell.status() != null ? cell.status().name() : "FILED";
			case CONVERTED -> Boolean.toString(cell.converted());
			case SATISFACTION -> cell.satisfaction() != null ? cell.satisfaction().name() : null;
		};
	}

}
