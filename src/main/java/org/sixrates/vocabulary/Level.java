package org.sixrates.vocabulary;

/**
 * The highest level of endorsement, adoption or publication a record reached. Labels:
 * {@code level.*} in the message bundles.
 */
public enum Level implements Term {

	NONE, COUNTY, CITY, PROVINCE, NATIONAL;

	@Override
	public String labelKey() {
		return "level." + name();
	}

}
