package org.sixrates.audit;

import java.util.List;

/**
 * One page of the audit trail.
 *
 * @param page 1-based
 * @param total the events matching the filter on all pages
 */
public record AuditPage(List<AuditEntry> entries, int page, int pageSize, long total) {

	/** How many pages there are, at least 1. */
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
