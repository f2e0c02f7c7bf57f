package org.sixrates.records;

/** What kind of work a record is. */
public enum Kind implements Vocabulary {

	PROPOSAL("提案"), ADVISORY_PROPOSAL("建议案"), RESEARCH_REPORT("调研成果"), PLENARY_SPEECH("大会发言"), SOCIAL_OPINION("社情民意"),
	ACTIVITY("活动"), PUBLICATION("刊载"), FEEDBACK("评价");

	private final String zh;

	Kind(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return zh;
	}

}
