/**
 * The assessment year (考核年度) and its states (DESIGN §7): open for entry, closed,
 * publicized, published. The one place that decides who may still change a year's
 * records, asked by every import, edit and deletion in its own transaction.
 */
package org.sixrates.years;
