package org.sixrates.vocabulary;

/**
 * The subtypes DESIGN §2 names for activities and publications; any other subtype is free
 * text. Labels: {@code subtype.*} in the message bundles.
 */
public enum Subtype implements Term {

	INSPECTION, EVALUATION, POVERTY_RELIEF, RURAL_VISIT, PERFORMANCE, FELLOWSHIP, NEWS, LITERATURE_HISTORY,
	CULTURAL_PRODUCT, RESEARCH_TOPIC, RESEARCH_RESULT;

	/** The kind of record the subtype names: an activity's or a publication's. */
	public Kind kind() {
		return switch (this) {
			case INSPECTION, EVALUATION, POVERTY_RELIEF, RURAL_VISIT, PERFORMANCE, FELLOWSHIP -> Kind.ACTIVITY;
			case NEWS, LITERATURE_HISTORY, CULTURAL_PRODUCT, RESEARCH_TOPIC, RESEARCH_RESULT -> Kind.PUBLICATION;
		};
	}

	@Override
	public String labelKey() {
		return "subtype." + name();
	}

}
