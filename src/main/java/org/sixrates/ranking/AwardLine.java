package org.sixrates.ranking;

/** Whether a committee won an award in a year, and why or why not, in both languages. */
public record AwardLine(Named award, boolean won, String reasonZh, String reasonEn) {

	public String reason(boolean chinese) {
		return chinese ? reasonZh : reasonEn;
	}

}
