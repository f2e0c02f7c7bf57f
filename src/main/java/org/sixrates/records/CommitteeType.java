package org.sixrates.records;

/** 县, 区 or 县级市. */
public enum CommitteeType implements Vocabulary {

	COUNTY("县"), DISTRICT("区"), CITY_COUNTY("县级市");

	private final String zh;

	CommitteeType(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return zh;
	}

}
