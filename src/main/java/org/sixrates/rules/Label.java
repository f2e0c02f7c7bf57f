package org.sixrates.rules;

import org.sixrates.vocabulary.Bilingual;
import org.sixrates.vocabulary.Named;

/** A name shown to users, in Chinese first and English. */
public record Label(String zh, String en) implements Bilingual {

	/** The thing with id {@code id} this label names: a grade, an award, a rate. */
	public Named of(String id) {
		return new Named(id, zh, en);
	}

}
