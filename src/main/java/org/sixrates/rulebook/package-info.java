/**
 * The active scheme shown to people: its rates with their definitions in words, weights,
 * normalization, grades and awards, and the SHA-256 every result carries.
 */
package org.sixrates.rulebook;
