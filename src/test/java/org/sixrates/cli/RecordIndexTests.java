package org.sixrates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The id index tells an id seen before in the same file by its line, takes one of an
 * earlier file as an update, and keeps ids of any script and of different committees
 * apart, however many there are: across pages of rows and of the arena, and across the
 * table's growth.
 */
class RecordIndexTests {

	@Test
	void anIdTwiceInAFileIsToldByItsFirstLineAndInALaterFileIsNoError() {
		RecordIndex index = new RecordIndex();
		index.nextFile();

		assertThat(index.noted("A", "r-1", 2)).isNull();
		assertThat(index.noted("B", "r-1", 3)).isNull();
		assertThat(index.noted("A", "r-1", 4)).isEqualTo(2);
		index.nextFile();
		assertThat(index.noted("A", "r-1", 7)).isNull();
		assertThat(index.noted("A", "r-1", 9)).isEqualTo(7);
		assertThat(index.size()).isEqualTo(2);
	}

	@Test
	void idsOfAnyScriptAndManyCommitteesStayApart() {
		RecordIndex index = new RecordIndex();
		index.nextFile();
		// 3 committees × 120 000 ids, Latin-1 and not, that differ in one character: some
		// 22 pages of rows and 3 of the arena, and a table grown nine times
		String[] scripts = { "r", "é", "提", "𠀀" };
		int line = 1;
		for (int c = 0; c < 3; c++) {
			for (int i = 0; i < 120_000; i++) {
				assertThat(index.noted("C" + c, scripts[i % 4] + i, ++line)).isNull();
			}
		}
		assertThat(index.size()).isEqualTo(360_000);
		for (int c = 0; c < 3; c++) {
			for (int i = 0; i < 120_000; i += 997) {
				assertThat(index.noted("C" + c, scripts[i % 4] + i, 0)).isEqualTo(c * 120_000 + i + 2);
			}
		}
		assertThat(index.noted("C1", "提6", 0)).isEqualTo(120_000 + 6 + 2);
		assertThat(index.noted("C2", "𠀀119999", 0)).isEqualTo(240_000 + 119_999 + 2);
		assertThat(index.noted("C0", "提7", 0)).isNull();
		assertThat(index.size()).isEqualTo(360_001);
	}

}
