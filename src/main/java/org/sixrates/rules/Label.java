package org.sixrates.rules;

/** A name shown to users, in Chinese first and English. */
public record Label(String zh, String en) {
}
