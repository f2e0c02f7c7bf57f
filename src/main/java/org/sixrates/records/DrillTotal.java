package org.sixrates.records;

/**
 * The total of the number a list was opened from, computed over the listed records by the
 * number's own definition, and the formula in words:
 * {@code 33 条记录 × 权重：20 × 0.7 + 8 × 0.8 + 5 × 0.9 = 26.5}.
 *
 * @param title the rate and the part, {@code 批示率 分子}
 * @param formula {@code null} when the list is not one committee's year, which a measure
 * needs
 * @param value the total as the committee page shows it, {@code null} with the formula
 * @param exact the total to the last bit, for a reader to compare
 * @param members whether the number is the committee's members, no records at all
 */
public record DrillTotal(String title, String formula, String value, Double exact, boolean members) {

	/** Whether the total could be computed. */
	public boolean computed() {
		return formula != null;
	}

}
