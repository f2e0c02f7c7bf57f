package org.sixrates.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTests {

	@Test
	void numeralsAreWrittenAsChineseWritesThem() {
		assertThat(Titles.numeral(7)).isEqualTo("七");
		assertThat(Titles.numeral(10)).isEqualTo("十");
		assertThat(Titles.numeral(12)).isEqualTo("十二");
		assertThat(Titles.numeral(20)).isEqualTo("二十");
		assertThat(Titles.numeral(76)).isEqualTo("七十六");
		assertThat(Titles.numeral(100)).isEqualTo("一百");
		assertThat(Titles.numeral(105)).isEqualTo("一百零五");
		assertThat(Titles.numeral(110)).isEqualTo("一百一十");
		assertThat(Titles.numeral(118)).isEqualTo("一百一十八");
		assertThat(Titles.numeral(251)).isEqualTo("二百五十一");
	}

}
