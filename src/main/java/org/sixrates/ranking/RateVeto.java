package org.sixrates.ranking;

import org.sixrates.vocabulary.Named;

/**
 * A rate below an award's veto floor (一票否决): the committee cannot win the award, whatever
 * its score.
 *
 * @param rate the rate vetoed
 * @param value the committee's rate, a fraction
 * @param floor the lowest rate the award allows, a fraction
 */
public record RateVeto(Named award, Named rate, double value, double floor) {
}
