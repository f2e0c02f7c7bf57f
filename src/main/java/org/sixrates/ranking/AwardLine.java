package org.sixrates.ranking;

/** Whether a committee won an award in a year, and why or why not, in words. */
public record AwardLine(Named award, boolean won, String reason) {
}
