package org.sixrates.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

/**
 * The numbers of the distance to the next step as the committee page shows them: a needed
 * rate and an increase rounded up to 0.01 %, so that the rate shown is always enough (a
 * rate shown rounded half up could fall a hair short).
 */
@Component("distanceText")
public class DistanceText {

	/** {@code 0.916667} → {@code 91.67%}. */
	public String percentUp(Double rate) {
		return (rate == null) ? "—" : up(rate).toPlainString() + "%";
	}

	/** An increase in percentage points: {@code 0.116667} → {@code 11.67}. */
	public String pointsUp(Double increase) {
		return (increase == null) ? "—" : up(Math.max(0, increase)).toPlainString();
	}

	private static BigDecimal up(double fraction) {
		// the needed rate is found to 1e-9: what lies below that is the search's noise
		return BigDecimal.valueOf(fraction)
			.setScale(9, RoundingMode.HALF_UP)
			.movePointRight(2)
			.setScale(2, RoundingMode.CEILING);
	}

}
