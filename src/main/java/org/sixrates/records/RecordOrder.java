package org.sixrates.records;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.web.Refused;
import org.springframework.util.MultiValueMap;

/**
 * The order of a records list: by one column ({@code sort=title&dir=asc}), ties by
 * committee and id so that pages never overlap; by default newest date first, undated
 * last, the order of the listing index, which reads a page of millions of records without
 * sorting them. Any other order sorts the records the filter selects.
 *
 * @param column {@code null} for the default order
 */
public record RecordOrder(RecordField column, boolean descending) {

	/** The default: newest date first, undated last, then id and committee. */
	public static final RecordOrder NEWEST = new RecordOrder(null, true);

	public RecordOrder {
		// the date, newest first, is the default order, on its index
		if (column == RecordField.DATE && descending) {
			column = null;
		}
	}

	/**
	 * The order a request asks for: {@code sort} a column's key, {@code dir} {@code asc}
	 * (the default) or {@code desc}; anything else is a 400.
	 */
	static RecordOrder of(MultiValueMap<String, String> parameters) {
		String sort = parameters.getFirst("sort");
		String dir = parameters.getFirst("dir");
		boolean descending = false;
		if (dir != null && !dir.isBlank()) {
			if (!dir.strip().equals("asc") && !dir.strip().equals("desc")) {
				throw Refused.badParameter("dir", dir, Message.of("input.parameter.dir"));
			}
			descending = dir.strip().equals("desc");
		}
		if (sort == null || sort.isBlank()) {
			return NEWEST;
		}
		RecordField column = RecordField.ofKey(sort.strip())
			.orElseThrow(() -> Refused.badParameter("sort", sort, Message.of("input.parameter.sort",
					String.join(", ", Arrays.stream(RecordField.values()).map(RecordField::key).toList()))));
		return new RecordOrder(column, descending);
	}

	/** Whether this is the default order. */
	public boolean isDefault() {
		return column == null;
	}

	/** Whether the list is sorted by {@code field}, either way. */
	public boolean sortsBy(RecordField field) {
		return field == column || (column == null && field == RecordField.DATE);
	}

	/**
	 * The order a column's header link asks for: ascending first, the other way when the
	 * list is already sorted by it.
	 */
	public RecordOrder next(RecordField field) {
		return sortsBy(field) ? new RecordOrder(field, !descending) : new RecordOrder(field, false);
	}

	/** The query parameters of this order, none for the default. */
	public List<Map.Entry<String, String>> query() {
		if (isDefault()) {
			return List.of();
		}
		return List.of(Map.entry("sort", column.key()), Map.entry("dir", descending ? "desc" : "asc"));
	}

}
