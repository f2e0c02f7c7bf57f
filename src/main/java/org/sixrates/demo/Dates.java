package org.sixrates.demo;

import java.time.LocalDate;
import java.time.Year;

/** Days of an assessment year. */
final class Dates {

	private Dates() {
	}

	static LocalDate any(int year, Dice dice) {
		return LocalDate.ofYearDay(year, dice.between(1, Year.of(year).length()));
	}

	/**
	 * A day from the {@code first} to the {@code last} day of the year (1-based,
	 * inclusive).
	 */
	static LocalDate between(int year, int first, int last, Dice dice) {
		return LocalDate.ofYearDay(year, dice.between(first, Math.min(last, Year.of(year).length())));
	}

}
