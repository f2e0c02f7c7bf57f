package org.sixrates.rules;

import org.sixrates.vocabulary.Bilingual;

/** A name shown to users, in Chinese first and English. */
public record Label(String zh, String en) implements Bilingual {
}
