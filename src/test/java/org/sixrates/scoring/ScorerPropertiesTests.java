package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Status;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeLoader;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Properties of the scoring that must hold for any city. */
class ScorerPropertiesTests {

	private static final Scheme SIX_RATES = SchemeLoader.load(Path.of("rules/six-rates.yaml"));

	private final Scorer scorer = new Scorer();

	/**
	 * A committee's records as (completed, filed) proposals and (city, none)
	 * publications.
	 */
	record Profile(int completed, int filed, int published, int unpublished) {
	}

	@Provide
	Arbitrary<List<Profile>> cities() {
		Arbitrary<Profile> profile = Combinators
			.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(1, 20),
					Arbitraries.integers().between(0, 20), Arbitraries.integers().between(1, 20))
			.as(Profile::new);
		return profile.list().ofMinSize(1).ofMaxSize(8);
	}

	private static Cube cube(List<Profile> profiles) {
		TestCity city = new TestCity();
		for (int c = 0; c < profiles.size(); c++) {
			Profile p = profiles.get(c);
			String code = "C" + c;
			city.committee(code, 2024, 10)
				.proposals(code, 2024, p.completed() + p.filed(), p.completed())
				.publications(code, 2024, p.published() + p.unpublished(), p.published());
		}
		return city.cube();
	}

	@Property
	void anEndorsedRecordNeverLowersTheEndorsementRate(@ForAll @IntRange(max = 5) int endorsed,
			@ForAll @IntRange(max = 5) int plain, @ForAll("levels") Level level,
			@ForAll("endorsementKinds") Kind kind) {
		List<Cell> cells = new ArrayList<>();
		cells.add(new Cell("X", 2024, Kind.ADVISORY_PROPOSAL, null, Level.CITY, Status.FILED, false, null, endorsed, 0,
				0));
		cells.add(new Cell("X", 2024, Kind.RESEARCH_REPORT, null, Level.NONE, Status.FILED, false, null, plain, 0, 0));
		List<CommitteeYear> committees = List.of(new CommitteeYear("X", "X", 2024, 10));
		double before = endorsement(scorer.score(SIX_RATES, new Cube(committees, cells)));

		cells.add(new Cell("X", 2024, kind, null, level, Status.FILED, false, null, 1, 0, 0));
		double after = endorsement(scorer.score(SIX_RATES, new Cube(committees, cells)));

		// a record endorsed at a level counts its factor f (county 0.7 … national 1.0),
		// so the rate
		// moves towards f: it never drops when it was at most f, and never below f
		// otherwise
		double factor = switch (level) {
			case COUNTY -> 0.7;
			case CITY -> 0.8;
			case PROVINCE -> 0.9;
			default -> 1.0;
		};
		assertThat(after).isGreaterThanOrEqualTo(Math.min(before, factor) - 1e-12);
	}

	@Property
	void aNationallyEndorsedRecordNeverLowersTheEndorsementRate(@ForAll @IntRange(max = 5) int county,
			@ForAll @IntRange(max = 5) int national, @ForAll @IntRange(max = 5) int plain,
			@ForAll("endorsementKinds") Kind kind) {
		List<Cell> cells = new ArrayList<>();
		cells.add(new Cell("X", 2024, Kind.ADVISORY_PROPOSAL, null, Level.COUNTY, Status.FILED, false, null, county, 0,
				0));
		cells.add(new Cell("X", 2024, Kind.PLENARY_SPEECH, null, Level.NATIONAL, Status.FILED, false, null, national, 0,
				0));
		cells.add(new Cell("X", 2024, Kind.RESEARCH_REPORT, null, Level.NONE, Status.FILED, false, null, plain, 0, 0));
		List<CommitteeYear> committees = List.of(new CommitteeYear("X", "X", 2024, 10));
		double before = endorsement(scorer.score(SIX_RATES, new Cube(committees, cells)));

		cells.add(new Cell("X", 2024, kind, null, Level.NATIONAL, Status.FILED, false, null, 1, 0, 0));
		double after = endorsement(scorer.score(SIX_RATES, new Cube(committees, cells)));

		assertThat(after).isGreaterThanOrEqualTo(before - 1e-12);
	}

	@Provide
	Arbitrary<Level> levels() {
		return Arbitraries.of(Level.COUNTY, Level.CITY, Level.PROVINCE, Level.NATIONAL);
	}

	@Provide
	Arbitrary<Kind> endorsementKinds() {
		return Arbitraries.of(Kind.ADVISORY_PROPOSAL, Kind.RESEARCH_REPORT, Kind.PLENARY_SPEECH, Kind.SOCIAL_OPINION);
	}

	private static double endorsement(Assessment assessment) {
		return assessment.years().get(0).committees().get(0).rates().get(0).rate();
	}

	@Property
	void permutingCommitteesAndCellsChangesNoResult(@ForAll("cities") List<Profile> profiles, @ForAll long seed) {
		Cube cube = cube(profiles);
		List<CommitteeYear> committees = new ArrayList<>(cube.committees());
		List<Cell> cells = new ArrayList<>(cube.cells());
		Collections.shuffle(committees, new Random(seed));
		Collections.shuffle(cells, new Random(seed + 1));
		for (String options : List.of("normalization: min-max\n", "normalization: z-score\naggregation: geometric\n",
				"weights: {method: entropy}\n")) {
			Scheme scheme = scheme(options);

			Assessment original = scorer.score(scheme, cube);
			Assessment shuffled = scorer.score(scheme, new Cube(committees, cells));

			assertThat(shuffled).isEqualTo(original);
		}
	}

	@Property
	void aCommitteeAtLeastAsGoodOnEveryRateIsNeverRankedBelow(@ForAll("cities") List<Profile> profiles,
			@ForAll("schemes") String options) {
		Assessment assessment = scorer.score(scheme(options), cube(profiles));

		List<CommitteeResult> results = assessment.years().get(0).committees();
		for (CommitteeResult x : results) {
			for (CommitteeResult y : results) {
				boolean dominates = true;
				for (int i = 0; i < 2; i++) {
					dominates &= x.rates().get(i).rate() >= y.rates().get(i).rate();
				}
				if (dominates) {
					assertThat(x.rank()).as("%s dominates %s", x, y).isLessThanOrEqualTo(y.rank());
				}
			}
		}
	}

	@Provide
	Arbitrary<String> schemes() {
		return Arbitraries.of("normalization: none\n", "normalization: min-max\n",
				"normalization: none\naggregation: geometric\n", "normalization: min-max\naggregation: geometric\n");
	}

	@Property
	void ranksAreACompetitionRanking(@ForAll("cities") List<Profile> profiles, @ForAll("schemes") String options) {
		Assessment assessment = scorer.score(scheme(options + "tie_break: [b]\n"), cube(profiles));

		List<CommitteeResult> results = assessment.years().get(0).committees();
		for (CommitteeResult x : results) {
			long strictlyBetter = results.stream().filter(y -> better(y, x)).count();
			assertThat(x.rank()).isEqualTo(1 + strictlyBetter);
		}
	}

	/**
	 * Better: a score higher by more than 1e-9, or within it a b higher by more than
	 * 1e-9.
	 */
	private static boolean better(CommitteeResult y, CommitteeResult x) {
		if (Math.abs(y.score() - x.score()) > 1e-9) {
			return y.score() > x.score();
		}
		return y.rates().get(1).normalized() - x.rates().get(1).normalized() > 1e-9;
	}

	@Property
	void scoresStayBetweenZeroAndHundredWithoutZScores(@ForAll("cities") List<Profile> profiles,
			@ForAll("schemes") String options) {
		Assessment assessment = scorer.score(scheme(options), cube(profiles));

		assertThat(assessment.years().get(0).committees())
			.allSatisfy(result -> assertThat(result.score()).isBetween(0.0, 100.0 + 1e-9));
		assertThat(assessment.years().get(0).committees().get(0).rank()).isEqualTo(1);
		assertThat(assessment.years().get(0).rates().get(0).weight()).isCloseTo(0.6, offset(1e-12));
	}

	private static Scheme scheme(String options) {
		String yaml = TestCity.TWO_RATES + options;
		if (options.contains("weights:")) {
			yaml = yaml.replace("    weight: 0.6\n", "").replace("    weight: 0.4\n", "");
		}
		return TestCity.scheme(yaml);
	}

}
