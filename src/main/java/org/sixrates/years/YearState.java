package org.sixrates.years;

import java.util.EnumSet;
import java.util.Set;

import org.sixrates.vocabulary.Term;

/**
 * The state of an assessment year (DESIGN §7), each move by the city office only: OPEN →
 * CLOSED → PUBLICIZED → PUBLISHED, CLOSED → PUBLISHED without publicity, and back one
 * step at a time (PUBLISHED → CLOSED is a revocation). Labels: {@code yearState.*}.
 */
public enum YearState implements Term {

	/** 填报中: clerks enter their own committee's records, the office any. */
	OPEN,

	/** 已截止: only the office changes records, each change with a reason. */
	CLOSED,

	/** 公示中: the draft snapshot is shown; the office corrects with reasons. */
	PUBLICIZED,

	/** 已发布: the published snapshot is shown; nobody changes the records. */
	PUBLISHED;

	@Override
	public String labelKey() {
		return "yearState." + name();
	}

	/** The states this one may move to. */
	public Set<YearState> moves() {
		return switch (this) {
			case OPEN -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.of(OPEN, PUBLICIZED, PUBLISHED);
			case PUBLICIZED -> EnumSet.of(CLOSED, PUBLISHED);
			case PUBLISHED -> EnumSet.of(CLOSED);
		};
	}

	/** Whether the year's results are a frozen snapshot rather than live. */
	public boolean frozen() {
		return this == PUBLICIZED || this == PUBLISHED;
	}

}
