package org.sixrates.ranking;

import org.sixrates.vocabulary.Named;

/** Whether a committee won an award in a year, and why or why not, in both languages. */
public record AwardLine(Named award, boolean won, String reasonZh, String reasonEn) {

	public String reason(boolean chinese) {
		return chinese ? reasonZh : reasonEn;
	}

}
