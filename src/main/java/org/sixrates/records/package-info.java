/**
 * The records behind the numbers: a filtered, paged list as a page and as JSON, queried
 * with jOOQ straight from {@code activity_record}.
 */
package org.sixrates.records;
