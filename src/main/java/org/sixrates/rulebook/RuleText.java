package org.sixrates.rulebook;

import org.sixrates.rules.Measure;
import org.sixrates.rules.Scheme;
import org.sixrates.web.Labels;
import org.springframework.stereotype.Component;

/**
 * A scheme's parts in the reader's words, for the templates ({@code ${@ruleText…}}): the
 * {@link SchemeWords} in the language of the request.
 */
@Component("ruleText")
public class RuleText {

	/** The label of the scheme's rate {@code id}. */
	public String rate(Scheme scheme, String id) {
		return SchemeWords.rate(scheme, id, Labels.locale());
	}

	/** The label of the scheme's award {@code id}. */
	public String award(Scheme scheme, String id) {
		return SchemeWords.award(scheme, id, Labels.locale());
	}

	/** The tie-break rates in order, or a dash. */
	public String tieBreak(Scheme scheme) {
		return scheme.tieBreak().isEmpty() ? "—" : SchemeWords.rates(scheme, scheme.tieBreak(), Labels.locale());
	}

	public String describe(Measure measure) {
		return SchemeWords.describe(measure, Labels.locale());
	}

}
