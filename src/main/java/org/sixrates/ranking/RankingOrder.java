package org.sixrates.ranking;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.sixrates.vocabulary.Message;
import org.sixrates.web.Refused;

/**
 * The order of a ranking's rows on its page: by one column ({@code sort=completion}),
 * each column's natural way first (numbers best first, the rank and the committee's name
 * ascending), the other way with {@code dir}. Every row of the year is sorted, not only
 * the page shown; an excluded rate or a missing change sorts last either way, and ties
 * fall back to the rank, then the code, so that pages never overlap. The grade follows
 * the score, so it sorts as the rank does; the awards sort by how many, then the rank.
 *
 * @param column {@code rank}, {@code committee}, a rate id, {@code score}, {@code grade},
 * {@code awards}, {@code rankChange} or {@code scoreChange}
 */
record RankingOrder(String column, boolean descending) {

	/** The ranking's own order: by rank, then code. */
	static final RankingOrder RANK = new RankingOrder("rank", false);

	private static final List<String> TEXT_FIRST_ASCENDING = List.of("rank", "committee", "grade");

	/**
	 * The order a request asks for: {@code sort} one of the columns of {@code ranking},
	 * {@code dir} {@code asc} or {@code desc} (the column's natural way when absent);
	 * anything else is a 400 naming what was expected.
	 */
	static RankingOrder of(String sort, String dir, RankingTable ranking) {
		if (dir != null && !dir.isBlank() && !dir.strip().equals("asc") && !dir.strip().equals("desc")) {
			throw Refused.badParameter("dir", dir, Message.of("input.parameter.dir"));
		}
		if (sort == null || sort.isBlank()) {
			return RANK;
		}
		String column = sort.strip();
		if (!columns(ranking).contains(column)) {
			throw Refused.badParameter("sort", sort,
					Message.of("input.parameter.sort", String.join(", ", columns(ranking))));
		}
		boolean descending = (dir == null || dir.isBlank()) ? naturallyDescending(column) : dir.strip().equals("desc");
		return new RankingOrder(column, descending);
	}

	/** The columns a ranking sorts by, in the table's order. */
	static List<String> columns(RankingTable ranking) {
		List<String> columns = new ArrayList<>(List.of("rank", "committee"));
		ranking.columns().forEach(rate -> columns.add(rate.id()));
		columns.addAll(List.of("score", "grade", "awards", "rankChange", "scoreChange"));
		return columns;
	}

	/** Whether this is the ranking's own order. */
	boolean isDefault() {
		return RANK.equals(this);
	}

	/** {@code ascending} or {@code descending} for the column sorted by, else none. */
	String sorting(String column) {
		if (!this.column.equals(column)) {
			return null;
		}
		return descending ? "descending" : "ascending";
	}

	/**
	 * The order a column's header asks for: its natural way first, the other way when the
	 * rows are already sorted by it so.
	 */
	RankingOrder next(String column) {
		if (this.column.equals(column)) {
			return new RankingOrder(column, !descending);
		}
		return new RankingOrder(column, naturallyDescending(column));
	}

	/** The rows of {@code ranking} in this order. */
	List<RankingRow> sort(RankingTable ranking) {
		if (isDefault()) {
			return ranking.rows();
		}
		Comparator<RankingRow> tie = Comparator.comparingInt(RankingRow::rank).thenComparing(RankingRow::code);
		return ranking.rows().stream().sorted(comparator(ranking).thenComparing(tie)).toList();
	}

	private Comparator<RankingRow> comparator(RankingTable ranking) {
		int rate = ranking.columns().stream().map(RateColumn::id).toList().indexOf(column);
		if (rate >= 0) {
			return last(row -> row.rates().get(rate));
		}
		return switch (column) {
			case "rank", "grade" -> directed(Comparator.comparingInt(RankingRow::rank));
			case "committee" -> {
				Collator chinese = Collator.getInstance(Locale.CHINESE);
				yield directed(Comparator.comparing(RankingRow::name, chinese));
			}
			case "score" -> directed(Comparator.comparingDouble(RankingRow::score));
			case "awards" -> directed(Comparator.comparingInt(row -> row.awards().size()));
			case "rankChange" -> last(RankingRow::rankChange);
			case "scoreChange" -> last(RankingRow::scoreChange);
			default -> throw new IllegalStateException(column);
		};
	}

	private Comparator<RankingRow> directed(Comparator<RankingRow> ascending) {
		return descending ? ascending.reversed() : ascending;
	}

	/** By a value that may be missing, the missing last whichever way. */
	private <T extends Comparable<T>> Comparator<RankingRow> last(Function<RankingRow, T> value) {
		Comparator<T> order = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
		return Comparator.comparing(value, Comparator.nullsLast(order));
	}

	private static boolean naturallyDescending(String column) {
		return !TEXT_FIRST_ASCENDING.contains(column);
	}

}
