package org.sixrates.scoring;

import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

import org.sixrates.rules.Filter;
import org.sixrates.rules.FilterField;
import org.sixrates.rules.Measure;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;

/**
 * The cube's cells indexed by committee and year once, and measures evaluated on them:
 * count {@code Σ count·w·times}, quantity {@code Σ quantity·w·times}, score
 * {@code Σ score·w·times} over the matching cells, members {@code members·times}; a
 * cell's {@code w} is the product of its {@code weight_by} factors (a value not listed
 * counts 0).
 * <p>
 * What a filter matches and what a measure weighs is worked out per shape of cell as the
 * scoring first asks, so a tally serves one scoring at a time, as {@link Scorer} uses it.
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

	private final Map<String, Map<Integer, Group>> groups = new HashMap<>();

	/**
	 * One cell of each shape (the six fields rules read), by the shape's number: a filter
	 * or a weight reads nothing else of a cell, so each is worked out once per shape, not
	 * once per committee's cell.
	 */
	private final List<Cell> shapes = new ArrayList<>();

	/** By filter, whether each shape matches it; made as the scoring asks. */
	private final Map<Filter, boolean[]> matching = new IdentityHashMap<>();

	/** By measure, each shape's weight. */
	private final Map<Measure, double[]> weights = new IdentityHashMap<>();

	Tally(Cube cube) {
		Map<String, Map<Integer, List<Cell>>> cells = new HashMap<>();
		for (Cell cell : cube.cells()) {
			cells.computeIfAbsent(cell.committee(), code -> new HashMap<>())
				.computeIfAbsent(cell.year(), year -> new ArrayList<>())
				.add(cell);
		}
		Map<Shape, Integer> numbers = new HashMap<>();
		cells.forEach((code, years) -> years.forEach((year, list) -> {
			// one order whatever the order of the cube, so that the sums agree to the
			// last bit
			list.sort(CELL_ORDER);
			int[] numbered = new int[list.size()];
			for (int i = 0; i < numbered.length; i++) {
				Cell cell = list.get(i);
				numbered[i] = numbers.computeIfAbsent(Shape.of(cell), shape -> {
					shapes.add(cell);
					return shapes.size() - 1;
				});
			}
			groups.computeIfAbsent(code, same -> new HashMap<>()).put(year, new Group(list, numbered));
		}));
	}

	/** The cells of one committee's year, in the order they are summed in. */
	List<Cell> cells(CommitteeYear committee) {
		return group(committee).cells();
	}

	double evaluate(Measure measure, CommitteeYear committee) {
		if (measure.source() == Measure.Source.MEMBERS) {
			return committee.members() * measure.times();
		}
		Group group = group(committee);
		boolean[] matches = matching.computeIfAbsent(measure.filter(), filter -> {
			boolean[] each = new boolean[shapes.size()];
			for (int s = 0; s < each.length; s++) {
				each[s] = matches(filter, shapes.get(s));
			}
			return each;
		});
		double[] weight = weights.computeIfAbsent(measure, same -> {
			double[] each = new double[shapes.size()];
			for (int s = 0; s < each.length; s++) {
				each[s] = weight(measure, shapes.get(s));
			}
			return each;
		});
		double sum = 0;
		List<Cell> cells = group.cells();
		for (int i = 0; i < group.shapes().length; i++) {
			int shape = group.shapes()[i];
			if (matches[shape]) {
				Cell cell = cells.get(i);
				double amount = switch (measure.source()) {
					case COUNT -> cell.count();
					case QUANTITY -> cell.quantity();
					case SCORE -> cell.score();
					case MEMBERS -> throw new IllegalStateException("members are not summed over records");
				};
				sum += amount * weight[shape];
			}
		}
		return sum * measure.times();
	}

	private Group group(CommitteeYear committee) {
		return groups.getOrDefault(committee.code(), Map.of()).getOrDefault(committee.year(), Group.NONE);
	}

	/** A committee's year: its cells in order, and the number of each one's shape. */
	private record Group(List<Cell> cells, int[] shapes) {

		static final Group NONE = new Group(List.of(), new int[0]);

	}

	/** What rules read of a cell. */
	private record Shape(Kind kind, String subtype, Level level, Status status, boolean converted,
			Satisfaction satisfaction) {

		static Shape of(Cell cell) {
			return new Shape(cell.kind(), cell.subtype(), cell.level(), cell.status(), cell.converted(),
					cell.satisfaction());
		}

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
