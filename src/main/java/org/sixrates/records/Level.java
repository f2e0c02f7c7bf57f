package org.sixrates.records;

/** The highest level of endorsement, adoption or publication a record reached. */
public enum Level implements Vocabulary {

	NONE("无"), COUNTY("县级"), CITY("市级"), PROVINCE("省级"), NATIONAL("全国");

	private final String zh;

	Level(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return zh;
	}

}
