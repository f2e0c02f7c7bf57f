package org.sixrates.web;

import org.sixrates.vocabulary.Message;

/** A page of a longer list: which page, how many per page and how many in all. */
public interface Paging {

	/** A page number asked for: 1 or more, else a 400 that says so. */
	static int checked(int page) {
		if (page < 1) {
			throw Refused.badParameter("page", Integer.toString(page), Message.of("input.parameter.page"));
		}
		return page;
	}

	/** 1-based. */
	int page();

	int pageSize();

	/** The items matching the filter on all pages. */
	long total();

	/** How many pages there are, at least 1 so that an empty list still has its page. */
	default int pages() {
		return (int) Math.max(1, (total() + pageSize() - 1) / pageSize());
	}

	default boolean hasPrevious() {
		return page() > 1;
	}

	default boolean hasNext() {
		return page() < pages();
	}

}
