package org.sixrates.rules;

/**
 * How a rate is brought onto a common scale across the committees of a year (DESIGN §4).
 * The formulas are applied by the scoring core.
 */
public enum Normalization {

	/** {@code n = r}. */
	NONE("none"),
	/** {@code n = (r − min) / (max − min)}; all equal gives 1. */
	MIN_MAX("min-max"),
	/** 功效系数法: {@code n = 0.6 + 0.4 · (r − min) / (max − min)}; all equal gives 1. */
	EFFICACY("efficacy"),
	/**
	 * {@code n = 0.5 + z / 10} with {@code z = (r − mean) / sd}, sd the sample standard
	 * deviation.
	 */
	Z_SCORE("z-score"),
	/** {@code n = min(1, r / target)}. */
	TARGET("target");

	private final String key;

	Normalization(String key) {
		this.key = key;
	}

	/** The spelling in a rules file. */
	public String key() {
		return key;
	}

}
