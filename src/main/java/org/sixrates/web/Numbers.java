package org.sixrates.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.sixrates.vocabulary.Decimals;
import org.springframework.stereotype.Component;

/**
 * Numbers as the pages show them, rounded half up like the CSV export so the two agree:
 * rates in percent with 2 decimals, scores with 2 decimals, changes with an arrow.
 */
@Component("numbers")
public class Numbers {

	/** {@code 0.12345} → {@code 12.35%}; an excluded rate ({@code null}) → {@code —}. */
	public String percent(Double rate) {
		return (rate == null) ? "—" : Decimals.percent(rate) + "%";
	}

	/**
	 * A weight in percent without trailing zeros: {@code 0.2} → {@code 20%}, {@code 1/6}
	 * → {@code 16.67%}.
	 */
	public String weight(double weight) {
		return Decimals.percentPlain(weight) + "%";
	}

	public String score(double score) {
		return Decimals.twoDecimals(score);
	}

	/** A count or a weighted count: whole numbers without decimals, others with 2. */
	public String amount(double value) {
		return Decimals.amount(value);
	}

	/** A normalized value with 4 decimals, {@code —} when excluded. */
	public String normalized(Double value) {
		return (value == null) ? "—" : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
	}

	/**
	 * A score change with an arrow: {@code ▲5.25}, {@code ▼1.50}, or {@code 0.00} when it
	 * rounds to nothing.
	 */
	public String change(double change) {
		String text = Decimals.twoDecimals(Math.abs(change));
		if ("0.00".equals(text)) {
			return text;
		}
		return ((change > 0) ? "▲" : "▼") + text;
	}

	/**
	 * The style of a change: {@code up}, {@code down} or {@code muted} when it rounds to
	 * nothing.
	 */
	public String trend(double change) {
		if ("0.00".equals(Decimals.twoDecimals(Math.abs(change)))) {
			return "muted";
		}
		return (change > 0) ? "up" : "down";
	}

}
