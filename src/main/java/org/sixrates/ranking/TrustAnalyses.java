package org.sixrates.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.sixrates.awards.ShownYear;
import org.sixrates.awards.YearResults;
import org.sixrates.rules.Aggregation;
import org.sixrates.rules.Normalization;
import org.sixrates.scoring.CommitteeResult;
import org.sixrates.scoring.RankSensitivity;
import org.sixrates.scoring.RankUncertainty;
import org.sixrates.scoring.RateAudit;
import org.sixrates.scoring.SensitivityResult;
import org.sixrates.scoring.UncertaintyResult;
import org.sixrates.scoring.YearInput;
import org.sixrates.system.RecentResults;
import org.sixrates.vocabulary.Message;
import org.sixrates.web.Refused;
import org.springframework.stereotype.Service;

/**
 * The analyses of DESIGN §9 on the results shown for a year (a published year's snapshot,
 * else the live ones), with the parameters a request may give: checked here, refused with
 * the parameter's name and what it expects.
 */
@Service
class TrustAnalyses {

	static final int DEFAULT_REPLICATIONS = 10_000;

	static final int MAX_REPLICATIONS = 100_000;

	static final int DEFAULT_BASE_SAMPLE = 1_000;

	static final int MAX_BASE_SAMPLE = 10_000;

	static final double DEFAULT_SPREAD = 0.25;

	private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

	private final YearResults results;

	/**
	 * The analyses of the last results asked for, by the results and the parameters: a
	 * page shown again, or its CSV, computes nothing, until the data change.
	 */
	private final RecentResults<List<Object>, Object> recent = new RecentResults<>(32);

	TrustAnalyses(YearResults results) {
		this.results = results;
	}

	/** The replications and the normalizations and aggregations a request asked for. */
	record Choices(List<Normalization> normalizations, List<Aggregation> aggregations) {

		static Choices none() {
			return new Choices(List.of(), List.of());
		}

		static Choices parse(String normalizations, String aggregations) {
			return new Choices(keys("normalizations", normalizations, Normalization.values(), Normalization::key),
					keys("aggregations", aggregations, Aggregation.values(), Aggregation::key));
		}

		private static <E> List<E> keys(String name, String text, E[] values, Function<E, String> key) {
			if (text == null || text.isBlank()) {
				return List.of();
			}
			List<E> chosen = new ArrayList<>();
			for (String part : text.split(",")) {
				E value = Arrays.stream(values)
					.filter(v -> key.apply(v).equals(part.trim()))
					.findFirst()
					.orElseThrow(() -> Refused.badParameter(name, text, Message.of("analysis.parameter.choices",
							String.join(", ", Arrays.stream(values).map(key).toList()))));
				if (!chosen.contains(value)) {
					chosen.add(value);
				}
			}
			return chosen;
		}

	}

	UncertaintyResult uncertainty(int year, int n, double spread, long seed, Choices choices) {
		check("n", n, 1, MAX_REPLICATIONS);
		checkSpread(spread);
		YearInput input = checked(input(year), choices);
		return (UncertaintyResult) recent.get(
				List.of("uncertainty", new RecentResults.Same(input.result()), n, spread, seed, choices),
				() -> RankUncertainty.of(input, new RankUncertainty.Settings(n, spread, seed, choices.normalizations(),
						choices.aggregations(), THREADS)));
	}

	SensitivityResult sensitivity(int year, int n, double spread, Choices choices) {
		check("n", n, 2, MAX_BASE_SAMPLE);
		checkSpread(spread);
		YearInput input = checked(input(year), choices);
		return (SensitivityResult) recent.get(
				List.of("sensitivity", new RecentResults.Same(input.result()), n, spread, choices),
				() -> RankSensitivity.of(input, new RankSensitivity.Settings(n, spread, choices.normalizations(),
						choices.aggregations(), THREADS)));
	}

	RateAudit.Audit audit(int year) {
		return RateAudit.of(input(year).result());
	}

	/** The year's shown results, or 404. */
	YearInput input(int year) {
		return find(year).orElseThrow(() -> Refused.notFound("problem.noRanking", year));
	}

	/** The year's shown results, empty when the year has no committees. */
	Optional<YearInput> find(int year) {
		return results.shown(year).map(shown -> input(year, shown));
	}

	private YearInput input(int year, ShownYear shown) {
		int depth = shown.scheme()
			.awards()
			.stream()
			.filter(award -> award.consecutive() != null)
			.mapToInt(award -> award.consecutive().years())
			.max()
			.orElse(1);
		Map<Integer, Map<String, Set<String>>> earlier = new HashMap<>();
		for (int back = 1; back < depth; back++) {
			int before = year - back;
			(shown.previous() != null && shown.previous().year() == before ? Optional.of(shown.previous())
					: results.shown(before).map(ShownYear::result))
				.ifPresent(result -> earlier.put(before, won(result.committees())));
		}
		return new YearInput(shown.scheme(), shown.result(), earlier);
	}

	private static Map<String, Set<String>> won(List<CommitteeResult> committees) {
		Map<String, Set<String>> won = new HashMap<>();
		committees.forEach(committee -> won.put(committee.code(), new HashSet<>(committee.awards())));
		return won;
	}

	/** Normalizing by target needs a target on every rate. */
	private static YearInput checked(YearInput input, Choices choices) {
		boolean untargeted = input.scheme().rates().stream().anyMatch(rate -> rate.target() == null);
		if (untargeted && choices.normalizations().contains(Normalization.TARGET)) {
			throw Refused.badParameter("normalizations", Normalization.TARGET.key(),
					Message.of("analysis.parameter.target"));
		}
		return input;
	}

	private static void check(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw Refused.badParameter(name, Integer.toString(value),
					Message.of("analysis.parameter.range", Integer.toString(min), Integer.toString(max)));
		}
	}

	private static void checkSpread(double spread) {
		if (!(spread >= 0 && spread <= 0.9)) {
			throw Refused.badParameter("spread", Double.toString(spread), Message.of("analysis.parameter.spread"));
		}
	}

}
