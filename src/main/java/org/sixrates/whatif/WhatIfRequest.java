package org.sixrates.whatif;

import java.util.Map;

/**
 * The weights, normalization and aggregation to try.
 *
 * @param weights rate id → a weight of 0 or more, renormalized to sum 1; a rate not named
 * keeps the year's weight; {@code null} as empty
 * @param normalization a normalization's key ({@code min-max}), {@code null} or empty for
 * the scheme's
 * @param aggregation {@code arithmetic} or {@code geometric}, {@code null} or empty for
 * the scheme's
 */
record WhatIfRequest(Map<String, Double> weights, String normalization, String aggregation) {
}
