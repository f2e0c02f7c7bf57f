package org.sixrates.ranking;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sixrates.web.Paging;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a year's ranking, {@value #PAGE_SIZE} rows a page in the order asked for. A
 * city's ranking of up to {@value #PAGE_SIZE} committees is one page, the whole table as
 * it always was.
 *
 * @param sorted every row of the year in {@code order}
 * @param page 1-based, at most the last page
 */
record RankingPage(RankingTable ranking, RankingOrder order, List<RankingRow> sorted, int page) implements Paging {

	static final int PAGE_SIZE = 50;

	/** The most committees a search lists when several match. */
	static final int MOST_MATCHES = 20;

	/**
	 * Page {@code page} of {@code ranking} sorted by {@code order}; a page past the end
	 * is the last one.
	 */
	static RankingPage of(RankingTable ranking, RankingOrder order, int page) {
		List<RankingRow> sorted = order.sort(ranking);
		int pages = (int) Math.max(1, (sorted.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		return new RankingPage(ranking, order, sorted, Math.min(Paging.checked(page), pages));
	}

	@Override
	public int pageSize() {
		return PAGE_SIZE;
	}

	@Override
	public long total() {
		return sorted.size();
	}

	/** Whether the ranking has more than one page: a city's never has. */
	public boolean paged() {
		return pages() > 1;
	}

	/** The rows of this page. */
	public List<RankingRow> rows() {
		return sorted.isEmpty() ? List.of() : sorted.subList(first() - 1, last());
	}

	/** The position of this page's first row in the order, 1-based. */
	public int first() {
		return Math.min((page - 1) * PAGE_SIZE + 1, sorted.size());
	}

	/** The position of this page's last row in the order. */
	public int last() {
		return Math.min(page * PAGE_SIZE, sorted.size());
	}

	/** The ranking with this page's rows only, for what shows the page's committees. */
	public RankingTable table() {
		return new RankingTable(ranking.year(), ranking.years(), ranking.scheme(), ranking.columns(), rows(),
				ranking.status());
	}

	/**
	 * The page that holds {@code code}'s row in this order, empty if it is not ranked.
	 */
	public Optional<Integer> pageOf(String code) {
		for (int i = 0; i < sorted.size(); i++) {
			if (sorted.get(i).code().equals(code)) {
				return Optional.of(i / PAGE_SIZE + 1);
			}
		}
		return Optional.empty();
	}

	/** {@code code}'s row, empty if it is not ranked. */
	public Optional<RankingRow> row(String code) {
		return sorted.stream().filter(row -> row.code().equals(code)).findFirst();
	}

	/** Whether {@code code}'s row is on this page. */
	public boolean shows(String code) {
		return code != null && rows().stream().anyMatch(row -> row.code().equals(code));
	}

	/**
	 * The committees a search for {@code text} finds, in this order: the one whose code
	 * or name it is, else those whose code or name holds it, ignoring case.
	 */
	List<RankingRow> matches(String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		List<RankingRow> exact = sorted.stream()
			.filter(row -> row.code().toLowerCase(Locale.ROOT).equals(wanted)
					|| row.name().toLowerCase(Locale.ROOT).equals(wanted))
			.toList();
		if (!exact.isEmpty()) {
			return exact;
		}
		return sorted.stream()
			.filter(row -> row.code().toLowerCase(Locale.ROOT).contains(wanted)
					|| row.name().toLowerCase(Locale.ROOT).contains(wanted))
			.toList();
	}

	/** This order's page {@code page}. */
	public String link(int page) {
		return builder().queryParam("page", page).build().toUriString();
	}

	/**
	 * The page of {@code code}'s row, the row marked and scrolled to, in this order.
	 */
	public String linkTo(String code) {
		return builder().queryParam("page", pageOf(code).orElse(1))
			.queryParam("found", code)
			.fragment("row-" + code)
			.encode()
			.build()
			.toUriString();
	}

	/** The first page sorted by {@code column}: its natural way, or the other way. */
	public String sortLink(String column) {
		return orderBuilder(order.next(column)).build().toUriString();
	}

	/** {@code ascending} or {@code descending} for the column sorted by, else none. */
	public String sorting(String column) {
		return order.sorting(column);
	}

	/** The parameters of the order as hidden fields of the search and jump forms. */
	public List<List<String>> orderFields() {
		if (order.isDefault()) {
			return List.of();
		}
		return List.of(List.of("sort", order.column()), List.of("dir", order.descending() ? "desc" : "asc"));
	}

	private UriComponentsBuilder builder() {
		return orderBuilder(order);
	}

	private UriComponentsBuilder orderBuilder(RankingOrder order) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/rankings/" + ranking.year());
		if (!order.isDefault()) {
			builder.queryParam("sort", order.column()).queryParam("dir", order.descending() ? "desc" : "asc");
		}
		return builder;
	}

}
