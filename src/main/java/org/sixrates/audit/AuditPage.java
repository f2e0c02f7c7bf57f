package org.sixrates.audit;

import java.util.List;

import org.sixrates.web.Paging;

/**
 * One page of the audit trail.
 *
 * @param page 1-based
 * @param total the events matching the filter on all pages
 */
public record AuditPage(List<AuditEntry> entries, int page, int pageSize, long total) implements Paging {
}
