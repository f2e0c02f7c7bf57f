package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sixrates.scoring.Cell;
import org.sixrates.tallies.TallyRepository;

/**
 * The sum of score in a cube cell is the exact sum of the scores as written, rounded
 * once: it does not depend on the order in which the database meets the rows. Summed as
 * doubles in the order written, 0.1 + 0.2 + 0.3 is 0.6000000000000001; in the other order
 * it is 0.6. A plan or a row order the database picks for itself would then move a score
 * by its last bit between two readings of the same records, and a published result would
 * seem to differ from its reproduction. (H2 happens to add them exactly; PostgreSQL adds
 * float8 in the order it reads them.)
 */
class ScoreSumTests extends ImportingFixture {

	@Test
	void theScoresOfACellAddUpExactlyWhicheverOrderTheyAreRead() {
		importer.importCommittees("committees.csv", utf8(COMMITTEES), "office");
		importer.importRecords("records.csv", utf8("""
				id,committee,year,kind,title,score
				F1,LC,2025,FEEDBACK,评价一,0.1
				F2,LC,2025,FEEDBACK,评价二,0.2
				F3,LC,2025,FEEDBACK,评价三,0.3
				G1,RA,2024,FEEDBACK,评价一,0.3
				G2,RA,2024,FEEDBACK,评价二,0.2
				G3,RA,2024,FEEDBACK,评价三,0.1
				"""), "office");
		var cube = new TallyRepository(database.dsl).upTo(2025);
		assertThat(score(cube, "LC", 2025)).isEqualTo(0.6);
		assertThat(score(cube, "RA", 2024)).isEqualTo(0.6);
	}

	private static double score(org.sixrates.scoring.Cube cube, String committee, int year) {
		return cube.cells()
			.stream()
			.filter(cell -> cell.committee().equals(committee) && cell.year() == year)
			.mapToDouble(Cell::score)
			.sum();
	}

}
