package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

import org.sixrates.rules.Filter;
import org.sixrates.rules.FilterField;
import org.sixrates.rules.Measure;
import org.sixrates.rules.RateDefinition;
import org.sixrates.rules.Scheme;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;

/**
 * A committee's own records brought into a rate's numerator, on the cube. Applies to a
 * rate that counts a subset of its denominator's records: both measures count records,
 * the denominator unweighted, and the numerator's filter allows at most what the
 * denominator's does on every field the denominator names. A record of the denominator
 * not in the numerator can reach it when its kind and subtype (which do not change as
 * work moves on) are ones the numerator counts; it then takes, on each field where the
 * numerator asks for more (level, status, converted, satisfaction), the allowed value the
 * numerator weighs most, and keeps the rest. Its quantity and score go with it pro rata.
 */
final class RecordMoves {

	private final Scheme scheme;

	private final RateCube rates;

	private final CommitteeYear committee;

	private final List<Cell> own;

	/**
	 * @param rates the year as measured, on which the changed committee is rescored: its
	 * numerators and denominators are those the scorer would take from the changed cells,
	 * every other committee's as they were
	 */
	RecordMoves(Scheme scheme, Cube cube, RateCube rates, int year, String code) {
		this.scheme = scheme;
		this.rates = rates;
		this.committee = cube.committees()
			.stream()
			.filter(c -> c.year() == year && c.code().equals(code))
			.findFirst()
			.orElseThrow();
		this.own = cube.cells().stream().filter(c -> c.year() == year && c.committee().equals(code)).toList();
	}

	/**
	 * The rate with every record that can reach the numerator in it; empty when not a
	 * subset count.
	 */
	OptionalDouble fullRate(int rate) {
		List<Move> moves = moves(rate);
		if (moves == null) {
			return OptionalDouble.empty();
		}
		RateDefinition def = scheme.rates().get(rate);
		Tally tally = new Tally(new Cube(List.of(committee), own));
		double den = tally.evaluate(def.denominator(), committee);
		if (den == 0) {
			return OptionalDouble.empty();
		}
		double num = tally.evaluate(def.numerator(), committee);
		for (Move move : moves) {
			num += move.gain() * move.from().count();
		}
		return OptionalDouble.of(num / den);
	}

	/**
	 * The fewest records that take the committee to the step, starting from what the
	 * needed rate implies and checked by scoring the changed cube; {@code null} when the
	 * rate is not a subset count or no number of records does it.
	 */
	Distance.RecordStep count(int rate, double needed, Predicate<CommitteeResult> reached) {
		List<Move> moves = moves(rate);
		if (moves == null || moves.isEmpty()) {
			return null;
		}
		RateDefinition def = scheme.rates().get(rate);
		Tally tally = new Tally(new Cube(List.of(committee), own));
		double num = tally.evaluate(def.numerator(), committee);
		double den = tally.evaluate(def.denominator(), committee);
		long available = moves.stream().mapToLong(move -> move.from().count()).sum();
		long k = 0;
		double gained = num;
		for (Move move : moves) {
			long take = 0;
			while (take < move.from().count() && gained / den < needed - Distances.PRECISION) {
				gained += move.gain();
				take++;
			}
			k += take;
		}
		k = Math.max(1, k);
		while (k <= available && !reached.test(scoreMoving(moves, k))) {
			k++;
		}
		if (k > available) {
			return null;
		}
		while (k > 1 && reached.test(scoreMoving(moves, k - 1))) {
			k--;
		}
		long of = own.stream().filter(cell -> matches(def.denominator().filter(), cell)).mapToLong(Cell::count).sum();
		return new Distance.RecordStep(k, of, moves.get(0).becomes());
	}

	/** The committee's result with its first {@code k} movable records moved. */
	private CommitteeResult scoreMoving(List<Move> moves, long k) {
		List<Cell> cells = new ArrayList<>(own.size() + moves.size());
		Map<Cell, Long> taken = new LinkedHashMap<>();
		long left = k;
		for (Move move : moves) {
			long take = Math.min(left, move.from().count());
			if (take > 0) {
				taken.merge(move.from(), take, Long::sum);
				cells.add(part(move.to(), move.from(), take));
			}
			left -= take;
		}
		for (Cell cell : own) {
			Long take = taken.get(cell);
			if (take == null) {
				cells.add(cell);
			}
			else if (take < cell.count()) {
				cells.add(part(cell, cell, cell.count() - take));
			}
		}
		return committee(rates.scoreWith(committee.code(), Measured.of(scheme, committee, cells)), committee.code());
	}

	static CommitteeResult committee(YearResult year, String code) {
		return year.committees().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
	}

	/** {@code count} of {@code from}'s records with the fields of {@code shape}. */
	private static Cell part(Cell shape, Cell from, long count) {
		long quantity = from.count() == 0 ? 0 : from.quantity() * count / from.count();
		double score = from.count() == 0 ? 0 : from.score() * count / from.count();
		return new Cell(shape.committee(), shape.year(), shape.kind(), shape.subtype(), shape.level(), shape.status(),
				shape.converted(), shape.satisfaction(), count, quantity, score);
	}

	/**
	 * The committee's cells whose records could reach the numerator, most gain first;
	 * {@code null} when the rate is not a subset count.
	 */
	private List<Move> moves(int rate) {
		RateDefinition def = scheme.rates().get(rate);
		Measure num = def.numerator();
		Measure den = def.denominator();
		if (num.source() != Measure.Source.COUNT || den.source() != Measure.Source.COUNT || !den.weightBy().isEmpty()
				|| !narrows(num.filter(), den.filter())) {
			return null;
		}
		List<Move> moves = new ArrayList<>();
		for (Cell cell : own) {
			if (cell.count() == 0 || !matches(den.filter(), cell) || matches(num.filter(), cell)) {
				continue;
			}
			Map<String, String> becomes = new LinkedHashMap<>();
			Cell moved = moved(num, cell, becomes);
			if (moved == null) {
				continue;
			}
			double gain = new Tally(new Cube(List.of(committee), List.of(part(moved, moved, 1)))).evaluate(num,
					committee);
			if (gain > 0) {
				moves.add(new Move(cell, moved, gain, becomes));
			}
		}
		moves.sort(Comparator.comparingDouble(Move::gain).reversed());
		return moves;
	}

	/**
	 * The cell as its records would be in the numerator, or {@code null} if they cannot
	 * be.
	 */
	private static Cell moved(Measure num, Cell cell, Map<String, String> becomes) {
		Level level = cell.level();
		Status status = cell.status();
		boolean converted = cell.converted();
		Satisfaction satisfaction = cell.satisfaction();
		for (Map.Entry<FilterField, Set<String>> allowed : num.filter().allowed().entrySet()) {
			FilterField field = allowed.getKey();
			if (allowed.getValue().contains(Tally.value(field, cell))) {
				continue;
			}
			if (field == FilterField.KIND || field == FilterField.SUBTYPE) {
				return null;
			}
			String value = best(num, field, allowed.getValue());
			becomes.put(field.key(), value);
			switch (field) {
				case LEVEL -> level = Level.valueOf(value);
				case STATUS -> status = Status.valueOf(value);
				case CONVERTED -> converted = Boolean.parseBoolean(value);
				case SATISFACTION -> satisfaction = Satisfaction.valueOf(value);
				default -> throw new IllegalStateException("kind and subtype do not move");
			}
		}
		return new Cell(cell.committee(), cell.year(), cell.kind(), cell.subtype(), level, status, converted,
				satisfaction, cell.count(), cell.quantity(), cell.score());
	}

	/** The allowed value the numerator weighs most, the first written at equal weight. */
	private static String best(Measure num, FilterField field, Set<String> allowed) {
		Map<String, Double> factors = num.weightBy().get(field);
		String best = null;
		double most = Double.NEGATIVE_INFINITY;
		for (String value : allowed) {
			double factor = factors == null ? 1 : factors.getOrDefault(value, 0.0);
			if (factor > most) {
				most = factor;
				best = value;
			}
		}
		return best;
	}

	/**
	 * Whether every record the numerator's filter matches, the denominator's matches too:
	 * on every field the denominator names, the numerator names a subset of its values.
	 */
	static boolean narrows(Filter numerator, Filter denominator) {
		for (Map.Entry<FilterField, Set<String>> field : denominator.allowed().entrySet()) {
			Set<String> values = numerator.allowed().get(field.getKey());
			if (values == null || !field.getValue().containsAll(values)) {
				return false;
			}
		}
		return true;
	}

	private static boolean matches(Filter filter, Cell cell) {
		return filter.matches(field -> Tally.value(field, cell));
	}

	private record Move(Cell from, Cell to, double gain, Map<String, String> becomes) {
	}

}
