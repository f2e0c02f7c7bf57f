package org.sixrates.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sixrates.rules.Scheme;

/**
 * Scores a cube by a scheme, every year of {@code cube.committees()} in ascending order,
 * as DESIGN §4 defines it. For each year and rate i, over the year's committees c:
 * <ol>
 * <li>{@code numᵢ}, {@code denᵢ}: the rate's measures on the committee's cells (see
 * {@link org.sixrates.rules.Measure}).</li>
 * <li>{@code r = min(num / den, cap)}; {@code den = 0} gives {@code r = 0} (zero), the
 * mean of the year's capped rates with {@code den > 0}, 0 if none (mean), or no rate
 * (exclude).</li>
 * <li>weights: the rates' own, or derived from the year's {@code r} (see
 * {@code DerivedWeights}: equal {@code 1/k}; entropy
 * {@code pᵢⱼ = xᵢⱼ/Σᵢxᵢⱼ, eⱼ = −(1/ln m)Σᵢ pᵢⱼ ln pᵢⱼ,
 * wⱼ = (1−eⱼ)/Σ(1−e)}; CRITIC {@code Cⱼ = σⱼ Σ_{k≠j}(1−ρⱼₖ), wⱼ = Cⱼ/ΣC} on the min-max
 * scaled rates; a d or C of at most 1e-12 counts 0, and all 0 gives equal weights; AHP
 * principal eigenvector).</li>
 * <li>{@code n}: r normalized across the committees having the rate (none, min-max,
 * efficacy, z-score, target; the rate's own normalization before the scheme's).</li>
 * <li>score: {@code 100 · Σ wᵢnᵢ} or {@code 100 · Π max(nᵢ,0)^wᵢ}; when a rate is
 * excluded the others' weights are divided by their sum; all excluded: 0.</li>
 * <li>rank: 1 + the number of committees with a score higher by more than 1e-9 or, within
 * 1e-9, better on the first tie-break rate's n that differs by more than 1e-9 (excluded
 * lowest).</li>
 * <li>grade: the first grade with {@code score ≥ min_score − 1e-9}.</li>
 * <li>awards in rules order (see {@link AwardOutcome}); a consecutive award looks at the
 * settled outcomes of an earlier year where given, else at its results in the same cube,
 * a year in neither counting as not won.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class Scorer {

	/** The assessment of every year in the cube. */
	public Assessment score(Scheme scheme, Cube cube) {
		return score(scheme, cube, Map.of());
	}

	/**
	 * The assessment of every year in the cube, where a consecutive award reads the
	 * awards of a year in {@code settled} from there rather than from the year's own
	 * scores: the outcomes of a published year (DESIGN §7), which no later change of data
	 * or rules moves.
	 * @param settled year → committee code → ids of the awards it won that year
	 */
	public Assessment score(Scheme scheme, Cube cube, Map<Integer, Map<String, Set<String>>> settled) {
		return score(scheme, cube.committees(), Measured.of(scheme, cube), settled);
	}

	/**
	 * The assessment of every year of {@code committees}, each committee year as
	 * {@code measured} gives it (step 1 done), consecutive awards as above: what a change
	 * of one committee's records is rescored by, with only that committee measured again.
	 * @param measured at least every committee year of {@code committees}, measured by
	 * {@code scheme}
	 */
	public Assessment score(Scheme scheme, List<CommitteeYear> committees, Map<CommitteeYear, Measured> measured,
			Map<Integer, Map<String, Set<String>>> settled) {
		Map<Integer, List<CommitteeYear>> byYear = new TreeMap<>();
		Set<String> seen = new HashSet<>();
		for (CommitteeYear committee : committees) {
			if (!seen.add(committee.code() + '\u0000' + committee.year())) {
				throw new IllegalArgumentException(
						"committee " + committee.code() + " is in the cube twice for " + committee.year());
			}
			if (!measured.containsKey(committee)) {
				throw new IllegalArgumentException(
						"committee " + committee.code() + " was not measured for " + committee.year());
			}
			byYear.computeIfAbsent(committee.year(), year -> new ArrayList<>()).add(committee);
		}
		Map<Integer, Map<String, Set<String>>> won = new HashMap<>();
		YearScorer scorer = new YearScorer(scheme, measured, won, Map.copyOf(settled));
		List<YearResult> years = new ArrayList<>();
		byYear.forEach((year, byCode) -> {
			// a fixed order, so that a shuffled cube sums and ranks in the same order
			byCode.sort(Comparator.comparing(CommitteeYear::code));
			years.add(scorer.score(year, byCode));
		});
		return new Assessment(scheme.id(), scheme.sha256(), years);
	}

}
