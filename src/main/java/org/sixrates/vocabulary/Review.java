package org.sixrates.vocabulary;

/**
 * The review state of a record (审核, DESIGN §8): a clerk's new record waits PENDING, the
 * city office APPROVES it or RETURNS it with a reason. Labels: {@code review.*} in the
 * message bundles.
 */
public enum Review implements Term {

	PENDING, APPROVED, RETURNED;

	@Override
	public String labelKey() {
		return "review." + name();
	}

}
