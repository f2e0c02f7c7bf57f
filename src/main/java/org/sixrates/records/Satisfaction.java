package org.sixrates.records;

/** How the proposer or the public rated the handling of an item. */
public enum Satisfaction implements Vocabulary {

	SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), UNSATISFIED("不满意");

	private final String zh;

	Satisfaction(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return zh;
	}

}
