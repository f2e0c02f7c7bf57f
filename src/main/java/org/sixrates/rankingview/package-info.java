/**
 * The ranking and a committee's detail, as pages with charts and as JSON and CSV under
 * {@code /api}: every number links down to the records behind it.
 */
package org.sixrates.rankingview;
