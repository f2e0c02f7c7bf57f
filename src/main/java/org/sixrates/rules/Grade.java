package org.sixrates.rules;

/** A grade a score reaches when it is at least {@code minScore}. */
public record Grade(String id, Label label, double minScore) {
}
