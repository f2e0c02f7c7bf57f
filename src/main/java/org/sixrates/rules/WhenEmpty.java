package org.sixrates.rules;

/** What a rate is for a committee whose denominator is 0 (DESIGN §4). */
public enum WhenEmpty {

	/** The rate is 0. */
	ZERO("zero"),
	/** The rate is left out for the committee; its other rates' weights are re-spread. */
	EXCLUDE("exclude"),
	/**
	 * The mean of the (capped) rates of the year's committees whose denominator is above
	 * 0.
	 */
	MEAN("mean");

	private final String key;

	WhenEmpty(String key) {
		this.key = key;
	}

	/** The spelling in a rules file. */
	public String key() {
		return key;
	}

}
