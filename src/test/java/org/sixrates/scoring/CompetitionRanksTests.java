package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sorted ranking agrees with the definition read literally: 1 + the number of
 * committees better, better meaning a score higher by more than 1e-9 or, within 1e-9, a
 * first differing tie-break value higher by more than 1e-9 (none below any).
 */
class CompetitionRanksTests {

	@Provide
	Arbitrary<List<CompetitionRanks.Entry>> entries() {
		// few distinct values and offsets below and above 1e-9, so that ties and near
		// ties are common
		Arbitrary<Double> score = Arbitraries.of(10.0, 20.0, 20.0 + 5e-10, 20.0 + 2e-9, 30.0, 30.0 - 9e-10);
		Arbitrary<Double> tie = Arbitraries.of(0.5, 0.5 + 5e-10, 0.7).injectNull(0.2);
		return net.jqwik.api.Combinators.combine(score, tie.list().ofSize(2))
			.as((s, t) -> new CompetitionRanks.Entry(s, t.toArray(Double[]::new)))
			.list()
			.ofMinSize(1)
			.ofMaxSize(12);
	}

	/**
	 * Scores spread over 0–100, many committees: the counting sort's buckets hold a few
	 * each.
	 */
	@Provide
	Arbitrary<List<CompetitionRanks.Entry>> spread() {
		return Arbitraries.doubles()
			.between(0, 100)
			.ofScale(6)
			.map(s -> new CompetitionRanks.Entry(s, new Double[0]))
			.list()
			.ofMinSize(1)
			.ofMaxSize(400);
	}

	/**
	 * One committee far below and the others crowded within a thousandth: every one of
	 * those falls into the top bucket, and the ranking sorts them by comparison instead.
	 */
	@Provide
	Arbitrary<List<CompetitionRanks.Entry>> crowded() {
		Arbitrary<Double> near = Arbitraries.doubles().between(50, 50.001).ofScale(9);
		Arbitrary<Double> tie = Arbitraries.of(0.5, 0.7);
		return net.jqwik.api.Combinators.combine(near, tie)
			.as((s, t) -> new CompetitionRanks.Entry(s, new Double[] { t }))
			.list()
			.ofMinSize(40)
			.ofMaxSize(300)
			.map(list -> {
				List<CompetitionRanks.Entry> withLow = new ArrayList<>(list);
				withLow.add(list.size() / 2, new CompetitionRanks.Entry(0, new Double[] { 0.1 }));
				return withLow;
			});
	}

	@Property
	void sortedRanksAreTheRanksByDefinition(@ForAll("entries") List<CompetitionRanks.Entry> entries) {
		assertRanksByDefinition(entries);
	}

	@Property(tries = 200)
	void spreadScoresAreRankedByDefinition(@ForAll("spread") List<CompetitionRanks.Entry> entries) {
		assertRanksByDefinition(entries);
	}

	@Property(tries = 100)
	void crowdedScoresAreRankedByDefinition(@ForAll("crowded") List<CompetitionRanks.Entry> entries) {
		assertRanksByDefinition(entries);
	}

	private static void assertRanksByDefinition(List<CompetitionRanks.Entry> entries) {
		List<Integer> expected = new ArrayList<>();
		for (CompetitionRanks.Entry a : entries) {
			int better = 0;
			for (CompetitionRanks.Entry b : entries) {
				if (b != a && better(b, a)) {
					better++;
				}
			}
			expected.add(better + 1);
		}
		assertThat(CompetitionRanks.ranks(entries)).containsExactly(expected.stream().mapToInt(i -> i).toArray());
	}

	private static boolean better(CompetitionRanks.Entry b, CompetitionRanks.Entry a) {
		if (Math.abs(b.score() - a.score()) > 1e-9) {
			return b.score() > a.score();
		}
		for (int i = 0; i < a.tieBreak().length; i++) {
			Double x = b.tieBreak()[i];
			Double y = a.tieBreak()[i];
			if (x == null && y == null) {
				continue;
			}
			if (x == null || y == null) {
				return x != null;
			}
			if (Math.abs(x - y) > 1e-9) {
				return x > y;
			}
		}
		return false;
	}

}
