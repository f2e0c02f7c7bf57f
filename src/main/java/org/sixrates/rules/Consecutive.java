package org.sixrates.rules;

/**
 * Won in year Y by a committee that won {@code award} in Y and each of the
 * {@code years − 1} years before.
 */
public record Consecutive(String award, int years) {
}
