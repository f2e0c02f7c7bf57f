package org.sixrates.records;

import java.util.List;

import org.sixrates.web.Paging;

/**
 * One page of a filtered list of records.
 *
 * @param page 1-based
 * @param total the records matching the filter on all pages, at most
 * {@link RecordQueries#MOST_LISTED}
 * @param more whether more records than that match
 */
public record RecordPage(List<ListedRecord> records, int page, int pageSize, long total,
		boolean more) implements Paging {
}
