package org.sixrates.vocabulary;

/**
 * The subtypes DESIGN §2 names for activities and publications; any other subtype is free
 * text. Labels: {@code subtype.*} in the message bundles.
 */
public enum Subtype implements Term {

	INSPECTION, EVALUATION, POVERTY_RELIEF, RURAL_VISIT, PERFORMANCE, FELLOWSHIP, NEWS, LITERATURE_HISTORY,
	CULTURAL_PRODUCT, RESEARCH_TOPIC, RESEARCH_RESULT;

	@Override
	public String labelKey() {
		return "subtype." + name();
	}

}
