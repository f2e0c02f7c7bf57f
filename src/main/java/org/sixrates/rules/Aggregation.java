package org.sixrates.rules;

/** How the weighted normalized rates make one score (DESIGN §4). */
public enum Aggregation {

	/** {@code score = 100 · Σ wᵢ·nᵢ}. */
	ARITHMETIC("arithmetic"),
	/** {@code score = 100 · Π nᵢ^wᵢ}, a negative n counting as 0. */
	GEOMETRIC("geometric");

	private final String key;

	Aggregation(String key) {
		this.key = key;
	}

	/** The spelling in a rules file. */
	public String key() {
		return key;
	}

}
