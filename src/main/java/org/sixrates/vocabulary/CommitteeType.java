package org.sixrates.vocabulary;

/**
 * A county (县), a district (区) or a county-level city (县级市). Labels: {@code type.*} in
 * the message bundles.
 */
public enum CommitteeType implements Term {

	COUNTY, DISTRICT, CITY_COUNTY;

	@Override
	public String labelKey() {
		return "type." + name();
	}

}
