package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

import org.sixrates.rules.Award;
import org.sixrates.rules.Grade;
import org.sixrates.rules.Label;
import org.sixrates.rules.RateDefinition;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.WeightMethod;

/**
 * The distance of a committee to the next step (DESIGN §9, see {@link Distance}). For a
 * step S and a rate i with the committee's rate {@code r₀}, the needed rate is
 * {@code min { x ∈ (r₀, U] : the assessment with the committee's rate i set to x reaches
 * S }}, found by bisection to 1e-9 on the assessment itself ({@link RateCube}), where
 * {@code U} is the rate's cap, else the rate with every one of its records counted (a
 * subset count), else the larger of 1 and the year's highest rate. The score is monotone
 * in one's own rate when the weights are fixed (explicit, equal or AHP); with entropy or
 * CRITIC weights, which move with the rates, a scan of 64 steps first finds the first
 * value that reaches S. The record count is the smallest k for which moving k records
 * (most weight first) reaches S, checked by scoring the changed cube.
 */
public final class Distances {

	static final double PRECISION = 1e-9;

	private static final int SCAN_STEPS = 64;

	private final Scorer scorer = new Scorer();

	/**
	 * The distance of committee {@code code} in {@code year}, the cube and the settled
	 * awards as the year's results were computed from; empty when the committee was not
	 * assessed that year.
	 */
	public Optional<Distance> of(Scheme scheme, Cube cube, Map<Integer, Map<String, Set<String>>> settled, int year,
			String code) {
		int first = year - depth(scheme) + 1;
		Cube years = new Cube(cube.committees().stream().filter(c -> c.year() >= first && c.year() <= year).toList(),
				cube.cells().stream().filter(c -> c.year() >= first && c.year() <= year).toList());
		Assessment real = scorer.score(scheme, years, settled);
		Optional<CommitteeResult> found = committee(real, year, code);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		CommitteeResult now = found.get();
		// the earlier years' awards as they came out, so that only this year is rescored
		Map<Integer, Map<String, Set<String>>> before = new HashMap<>(settled);
		for (YearResult earlier : real.years()) {
			if (earlier.year() < year && !before.containsKey(earlier.year())) {
				Map<String, Set<String>> won = new HashMap<>();
				earlier.committees().forEach(c -> won.put(c.code(), Set.copyOf(c.awards())));
				before.put(earlier.year(), won);
			}
		}
		YearResult measured = real.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
		List<CommitteeYear> committees = years.committees().stream().filter(c -> c.year() == year).toList();
		RateCube rates = new RateCube(scheme, measured, committees, before);
		Search search = new Search(scheme, rates, new RecordMoves(scheme, years, rates, year, code), measured, now);
		Distance.Step nextGrade = null;
		int grade = now.grade() == null ? scheme.grades().size() : scheme.grades().indexOf(now.grade());
		if (grade > 0) {
			Grade next = scheme.grades().get(grade - 1);
			nextGrade = search.step(next.id(), next.label(), result -> reaches(scheme, result, grade - 1));
		}
		List<Distance.Step> awards = new ArrayList<>();
		for (Award award : scheme.awards()) {
			if (!now.awards().contains(award.id())) {
				awards.add(search.step(award.id(), award.label(), result -> result.awards().contains(award.id())));
			}
		}
		return Optional.of(new Distance(year, code, nextGrade, awards));
	}

	/**
	 * How many years a result reads: 1, and for a consecutive award the years before that
	 * it and the awards it builds on look at.
	 */
	private static int depth(Scheme scheme) {
		int deepest = 1;
		for (Award award : scheme.awards()) {
			deepest = Math.max(deepest, 1 + before(scheme, award));
		}
		return deepest;
	}

	private static int before(Scheme scheme, Award award) {
		if (award.consecutive() == null) {
			return 0;
		}
		Award named = scheme.awards()
			.stream()
			.filter(a -> a.id().equals(award.consecutive().award()))
			.findFirst()
			.orElse(null);
		return award.consecutive().years() - 1 + (named == null ? 0 : before(scheme, named));
	}

	private static boolean reaches(Scheme scheme, CommitteeResult result, int grade) {
		return result.grade() != null && scheme.grades().indexOf(result.grade()) <= grade;
	}

	static Optional<CommitteeResult> committee(Assessment assessment, int year, String code) {
		return assessment.years()
			.stream()
			.filter(y -> y.year() == year)
			.flatMap(y -> y.committees().stream())
			.filter(c -> c.code().equals(code))
			.findFirst();
	}

	/** The searches for one committee's year. */
	private final class Search {

		private final Scheme scheme;

		private final RateCube rates;

		private final RecordMoves moves;

		private final CommitteeResult now;

		private final YearResult nowYear;

		private final boolean monotone;

		Search(Scheme scheme, RateCube rates, RecordMoves moves, YearResult nowYear, CommitteeResult now) {
			this.scheme = scheme;
			this.rates = rates;
			this.moves = moves;
			this.now = now;
			this.nowYear = nowYear;
			WeightMethod weights = scheme.weights();
			this.monotone = weights == null || weights.method() == WeightMethod.Method.EQUAL
					|| weights.method() == WeightMethod.Method.AHP;
		}

		Distance.Step step(String id, Label label, Predicate<CommitteeResult> reached) {
			List<Distance.RateStep> steps = new ArrayList<>();
			for (int i = 0; i < scheme.rates().size(); i++) {
				steps.add(rate(i, reached));
			}
			return new Distance.Step(id, label, steps);
		}

		private Distance.RateStep rate(int i, Predicate<CommitteeResult> reached) {
			RateDefinition def = scheme.rates().get(i);
			Double current = now.rates().get(i).rate();
			if (current == null) {
				return new Distance.RateStep(def.id(), def.label(), null, null, Distance.Obstacle.EXCLUDED, null);
			}
			double upper = upper(i, def);
			if (current >= upper - PRECISION) {
				return new Distance.RateStep(def.id(), def.label(), current, null, Distance.Obstacle.AT_MOST, null);
			}
			Predicate<Double> lifts = x -> reached.test(at(i, x));
			if (!lifts.test(upper)) {
				return new Distance.RateStep(def.id(), def.label(), current, null, Distance.Obstacle.OUT_OF_REACH,
						null);
			}
			double low = current;
			double high = upper;
			if (!monotone) {
				for (int s = 1; s <= SCAN_STEPS; s++) {
					double x = current + (upper - current) * s / SCAN_STEPS;
					if (lifts.test(x)) {
						high = x;
						break;
					}
					low = x;
				}
			}
			while (high - low > PRECISION) {
				double middle = low + (high - low) / 2;
				if (lifts.test(middle)) {
					high = middle;
				}
				else {
					low = middle;
				}
			}
			Distance.RecordStep records = moves.count(i, high, reached);
			return new Distance.RateStep(def.id(), def.label(), current, high, null, records);
		}

		private double upper(int i, RateDefinition def) {
			if (def.cap() != null) {
				return def.cap();
			}
			OptionalDouble full = moves.fullRate(i);
			if (full.isPresent()) {
				return full.getAsDouble();
			}
			double highest = nowYear.committees()
				.stream()
				.map(c -> c.rates().get(i).rate())
				.filter(r -> r != null)
				.max(Comparator.naturalOrder())
				.orElse(0.0);
			return Math.max(1, highest);
		}

		private CommitteeResult at(int i, double x) {
			return RecordMoves.committee(rates.scoreWith(now.code(), i, x), now.code());
		}

	}

}
