package org.sixrates.recordsview;

import java.util.List;

/**
 * One page of a filtered list of records.
 *
 * @param page 1-based
 * @param total the records matching the filter on all pages
 */
public record RecordPage(List<RecordRow> records, int page, int pageSize, long total) {

	/** How many pages there are, at least 1 so that an empty list still has its page. */
	public int pages() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

}
