package org.sixrates.demo;

import java.util.Locale;

import org.sixrates.vocabulary.Kind;

/**
 * The ids of one committee's year, {@code TA-2024-017}: kind, year and a number counted
 * per kind, so that a year made in several parts still gives every record an id of its
 * own.
 */
final class RecordNumbers {

	private final int[] last = new int[Kind.values().length];

	String next(Kind kind, int year) {
		int number = ++last[kind.ordinal()];
		return String.format(Locale.ROOT, "%s-%d-%03d", prefix(kind), year, number);
	}

	private static String prefix(Kind kind) {
		return switch (kind) {
			case PROPOSAL -> "TA";
			case ADVISORY_PROPOSAL -> "JYA";
			case RESEARCH_REPORT -> "DY";
			case PLENARY_SPEECH -> "FY";
			case SOCIAL_OPINION -> "SQ";
			case ACTIVITY -> "HD";
			case PUBLICATION -> "KZ";
			case FEEDBACK -> "PJ";
		};
	}

}
