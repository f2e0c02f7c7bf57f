package org.sixrates.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellsTests {

	@Test
	void ratesAreWrittenInPercentRoundedHalfUp() {
		assertThat(Cells.percent(0.5)).isEqualTo("50.00");
		// 0.12345 is 12.345 % exactly in decimal: half up gives 12.35, not the 12.34 of
		// binary rounding
		assertThat(Cells.percent(0.12345)).isEqualTo("12.35");
		assertThat(Cells.percent(2.0 / 3.0)).isEqualTo("66.67");
		assertThat(Cells.percent(1.0)).isEqualTo("100.00");
		assertThat(Cells.percent(0.0)).isEqualTo("0.00");
	}

	@Test
	void anExcludedRateIsAnEmptyCell() {
		assertThat(Cells.percent(null)).isEmpty();
	}

	@Test
	void scoresHaveTwoDecimalsHalfUp() {
		assertThat(Cells.score(82.345)).isEqualTo("82.35");
		assertThat(Cells.score(82.344999)).isEqualTo("82.34");
		assertThat(Cells.score(100)).isEqualTo("100.00");
		assertThat(Cells.score(-0.001)).isEqualTo("0.00");
	}

	@Test
	void cellsThatWouldRunAsFormulasAreQuoted() {
		assertThat(Cells.inert("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
		assertThat(Cells.inert("+cmd")).isEqualTo("'+cmd");
		assertThat(Cells.inert("-x")).isEqualTo("'-x");
		assertThat(Cells.inert("@A1")).isEqualTo("'@A1");
		assertThat(Cells.inert("\tA1")).isEqualTo("'\tA1");
		assertThat(Cells.inert("\rA1")).isEqualTo("'\rA1");
	}

	@Test
	void numbersAndPlainTextAreLeftAlone() {
		assertThat(Cells.inert("-12.5")).isEqualTo("-12.5");
		assertThat(Cells.inert("+3")).isEqualTo("+3");
		assertThat(Cells.inert("东湖区政协")).isEqualTo("东湖区政协");
		assertThat(Cells.inert("a=b")).isEqualTo("a=b");
	}

}
