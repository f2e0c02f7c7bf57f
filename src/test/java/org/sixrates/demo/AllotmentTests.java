package org.sixrates.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllotmentTests {

	private static final Dice UNUSED = new Dice(0);

	@Test
	void aSizeIsDealtByLargestRemainderTheEarlierSortFirstOnATie() {
		// 10 over eight equal weights: 1.25 each, floors 8, the 2 left go to the first
		// two
		Allotment even = Allotment.deal(10, new double[] { 1, 1, 1, 1, 1, 1, 1, 1 });
		assertThat(even.proposals(100, UNUSED)).isEqualTo(2);
		assertThat(even.advisoryProposals(UNUSED)).isEqualTo(2);
		assertThat(even.researchReports(UNUSED)).isEqualTo(1);
		assertThat(even.evaluations(UNUSED)).isEqualTo(1);

		// 5 over weights 3 and 1 (the rest 0): quotas 3.75 and 1.25, floors 3 and 1, the
		// one left to the larger fraction 0.75
		Allotment uneven = Allotment.deal(5, new double[] { 3, 1, 0, 0, 0, 0, 0, 0 });
		assertThat(uneven.proposals(100, UNUSED)).isEqualTo(4);
		assertThat(uneven.advisoryProposals(UNUSED)).isEqualTo(1);
		assertThat(uneven.activities(UNUSED)).isZero();
	}

	@Test
	void theFirstPartOfAYearCountsTheAnnualVolumeAmongItsPublications() {
		// 7 over weights 0,…,0,1 for publications: all 7 are publications
		double[] publicationsOnly = { 0, 0, 0, 0, 0, 0, 1, 0 };
		Allotment later = Allotment.deal(7, publicationsOnly);
		Allotment first = later.first();
		assertThat(later.annualVolume()).isFalse();
		assertThat(later.publications(0.5, UNUSED)).isEqualTo(7);
		assertThat(first.annualVolume()).isTrue();
		assertThat(first.publications(0.5, UNUSED)).isEqualTo(6);
		// a part with no publications has no annual volume either
		assertThat(Allotment.deal(3, new double[] { 1, 0, 0, 0, 0, 0, 0, 0 }).first().annualVolume()).isFalse();
	}

}
