package org.sixrates.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Review;

/**
 * What a records page lists and how: the filter, the order and the number it was opened
 * from, each kept by the links the page offers (pages, headers, filter chips, review
 * states), so that no click loses the others.
 *
 * @param measure {@code null} when the list was not opened from a number
 */
public record RecordListing(RecordFilter filter, RecordOrder order, RateMeasure measure) {

	/** Page {@code page} of this list. */
	public String link(int page) {
		List<Map.Entry<String, String>> query = query();
		if (page > 1) {
			query.add(Map.entry("page", Integer.toString(page)));
		}
		return RecordFilter.link(query);
	}

	/** The list without one field's filter. */
	public String without(String key) {
		return new RecordListing(filter.without(key), order, measure).link(1);
	}

	/** The same records in one review state. */
	public String inReview(Review review) {
		return new RecordListing(filter.with(RecordField.REVIEW, review), order, measure).link(1);
	}

	/**
	 * The list sorted by {@code column}: ascending, or the other way if it already is.
	 */
	public String sortedBy(RecordField column) {
		return new RecordListing(filter, order.next(column), measure).link(1);
	}

	/**
	 * {@code ascending}, {@code descending} or {@code none}, for a header's aria-sort.
	 */
	public String sorting(RecordField column) {
		if (!order.sortsBy(column)) {
			return "none";
		}
		return order.descending() ? "descending" : "ascending";
	}

	/** Every parameter but the page, for the hidden inputs of the page's forms. */
	public List<Map.Entry<String, String>> query() {
		List<Map.Entry<String, String>> query = new ArrayList<>(filter.query());
		query.addAll(order.query());
		if (measure != null) {
			query.addAll(measure.query());
		}
		return query;
	}

	/** The order and the measure's parameters, which the filter form keeps. */
	public List<Map.Entry<String, String>> kept() {
		List<Map.Entry<String, String>> kept = new ArrayList<>(order.query());
		if (measure != null) {
			kept.addAll(measure.query());
		}
		return kept;
	}

}
