package org.sixrates.records;

/** How far a proposal or social-opinion report has been handled. */
public enum Status implements Vocabulary {

	FILED("已立案"), REPLIED("已答复"), COMPLETED("已办结");

	private final String zh;

	Status(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return zh;
	}

}
