package org.sixrates.vocabulary;

/** What kind of work a record is. Labels: {@code kind.*} in the message bundles. */
public enum Kind implements Term {

	PROPOSAL, ADVISORY_PROPOSAL, RESEARCH_REPORT, PLENARY_SPEECH, SOCIAL_OPINION, ACTIVITY, PUBLICATION, FEEDBACK;

	@Override
	public String labelKey() {
		return "kind." + name();
	}

}
