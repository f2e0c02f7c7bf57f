package org.sixrates.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import org.sixrates.awards.ShownYear;
import org.sixrates.awards.YearInputs;
import org.sixrates.awards.YearResults;
import org.sixrates.system.RecentResults;
import org.sixrates.scoring.Distance;
import org.sixrates.scoring.Distances;
import org.sixrates.scoring.Assessment;
import org.sixrates.scoring.YearResult;
import org.springframework.stereotype.Service;

/**
 * The rankings and details of the years as their states say to show them: live while a
 * year is open or closed, its snapshot's figures once publicized or published, with last
 * year's ranks as they are shown for last year.
 */
@Service
class Rankings implements RankingService {

	private final YearResults results;

	private final YearInputs inputs;

	private final Distances distances = new Distances();

	private final RecentResults<List<Object>, Optional<Distance>> recentDistances = new RecentResults<>(256);

	/**
	 * The tables of the last states shown: 3 000 committees' rows are built once per
	 * state of the results, not once per request.
	 */
	private final RecentResults<List<Object>, RankingTable> recentTables = new RecentResults<>(16);

	Rankings(YearResults results, YearInputs inputs) {
		this.results = results;
		this.inputs = inputs;
	}

	@Override
	public SortedSet<Integer> years() {
		return results.years();
	}

	@Override
	public Optional<RankingTable> ranking(int year) {
		List<Integer> years = List.copyOf(results.years());
		return results.shown(year)
			.flatMap(shown -> Optional.ofNullable(recentTables.get(
					List.of(new RecentResults.Same(shown.scheme()), new RecentResults.Same(shown.result()),
							new RecentResults.Same(shown.previous()), shown.status(), years),
					() -> views(shown).ranking(year, years)
						.map(table -> table.withStatus(shown.status()))
						.orElse(null))));
	}

	@Override
	public Optional<CommitteeDetail> detail(String committee, int year) {
		return results.shown(year)
			.flatMap(shown -> views(shown).detail(committee, year, shown.committees())
				.map(detail -> detail.withStatus(shown.status())
					.withTrend(trend(committee))
					.withDistance(distance(committee, year))));
	}

	/**
	 * The committee in every year it was ranked, each year's figures as its ranking shows
	 * them: a published year's from its snapshot.
	 */
	private List<TrendPoint> trend(String committee) {
		List<TrendPoint> trend = new ArrayList<>();
		for (int year : results.years()) {
			results.shown(year)
				.flatMap(shown -> AssessmentViews.trendPoint(shown.result(), committee))
				.ifPresent(trend::add);
		}
		return trend;
	}

	/**
	 * The distance to the next step on the inputs of the figures shown, computed once per
	 * state of those inputs.
	 */
	private Distance distance(String committee, int year) {
		return inputs.shown(year)
			.flatMap(shown -> recentDistances.get(
					List.of(new RecentResults.Same(shown.cube()), new RecentResults.Same(shown.scheme()), year,
							committee),
					() -> distances.of(shown.scheme(), shown.cube(), shown.settled(), year, committee)))
			.orElse(null);
	}

	private static AssessmentViews views(ShownYear shown) {
		List<YearResult> years = new ArrayList<>();
		if (shown.previous() != null) {
			years.add(shown.previous());
		}
		years.add(shown.result());
		return new AssessmentViews(shown.scheme(), new Assessment(shown.scheme().id(), shown.scheme().sha256(), years));
	}

}
