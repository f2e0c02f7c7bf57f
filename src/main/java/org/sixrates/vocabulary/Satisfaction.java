package org.sixrates.vocabulary;

/**
 * How the proposer or the public rated the handling of an item. Labels:
 * {@code satisfaction.*} in the message bundles.
 */
public enum Satisfaction implements Term {

	SATISFIED, BASICALLY_SATISFIED, UNSATISFIED;

	@Override
	public String labelKey() {
		return "satisfaction." + name();
	}

}
