/**
 * The records behind the numbers: a filtered, searched, sorted, paged list as a page and
 * as JSON, queried with jOOQ straight from {@code activity_record}, and beside a
 * drill-down's list the total of the number it opened, evaluated by the scoring core on
 * the listed records' cells.
 */
package org.sixrates.records;
