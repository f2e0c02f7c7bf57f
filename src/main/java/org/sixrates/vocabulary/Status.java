package org.sixrates.vocabulary;

/**
 * How far a proposal or social-opinion report has been handled. Labels: {@code status.*}
 * in the message bundles.
 */
public enum Status implements Term {

	FILED, REPLIED, COMPLETED;

	@Override
	public String labelKey() {
		return "status." + name();
	}

}
