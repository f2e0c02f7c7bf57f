package org.sixrates.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The demo city must make a good demo under the default scheme (DESIGN §3): varied
 * scores, every grade, a committee commended two years running, a strong committee vetoed
 * on completion. The scheme is worked out here by hand, straight from the CSV rows,
 * independently of the engine.
 */
class DemoCityScoresTests {

	private static final Set<String> ENDORSABLE = Set.of("ADVISORY_PROPOSAL", "RESEARCH_REPORT", "PLENARY_SPEECH",
			"SOCIAL_OPINION");

	private static final Set<String> HANDLED = Set.of("PROPOSAL", "SOCIAL_OPINION");

	private static final Set<String> CONVERTIBLE = Set.of("PROPOSAL", "ADVISORY_PROPOSAL", "RESEARCH_REPORT",
			"PLENARY_SPEECH", "SOCIAL_OPINION");

	private static final Map<String, Double> LEVEL_WEIGHT = Map.of("COUNTY", 0.7, "CITY", 0.8, "PROVINCE", 0.9,
			"NATIONAL", 1.0);

	private final List<Result> results = score(DemoCity.generate(DemoCity.SEED));

	@Test
	void handCalculationAgreesWithAWorkedExample() {
		// One committee of 10 members:
		// endorsement: an advisory proposal endorsed by the city (0.8) and an unendorsed
		// report: 0.8 / 2 = 0.40
		// completion: 2 of 3 proposals and reports completed = 0.6667
		// conversion: 2 of 4 suggestions converted = 0.50
		// activity: 30 members taking part / (10 × 4) = 0.75
		// publication: 1 of 2 published at county level = 0.50
		// contribution: mean of 80 and 90 = 85 / 100 = 0.85
		// score = 100 · (0.2·0.4 + 0.2·0.6667 + 0.15·(0.5 + 0.75 + 0.5 + 0.85)) = 8 +
		// 13.333 + 39 = 60.333
		String committees = "code,name,type,year,members\r\nA,甲县政协,COUNTY,2024,10\r\n";
		String records = """
				id,committee,year,kind,subtype,title,date,level,status,converted,satisfaction,quantity,score
				1,A,2024,ADVISORY_PROPOSAL,,t,,CITY,,true,,,
				2,A,2024,SOCIAL_OPINION,,t,,,COMPLETED,false,SATISFIED,,
				3,A,2024,PROPOSAL,,t,,NONE,REPLIED,true,,,
				4,A,2024,PROPOSAL,,t,,COUNTY,COMPLETED,,,,
				5,A,2024,ACTIVITY,INSPECTION,t,,,,,,30,
				6,A,2024,PUBLICATION,NEWS,t,,COUNTY,,,,,
				7,A,2024,PUBLICATION,NEWS,t,,,,,,,
				8,A,2024,FEEDBACK,,t,,,,,,,80
				9,A,2024,FEEDBACK,,t,,,,,,,90
				""";
		Result result = score(DemoCityTests.parse(committees), DemoCityTests.parse(records)).get(0);
		assertThat(result.completion()).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(result.score()).isCloseTo(60.3333, within(1e-4));
	}

	@Test
	void scoresSpreadFromTheMidFiftiesToTheLowNineties() {
		double lowest = results.stream().mapToDouble(Result::score).min().orElseThrow();
		double highest = results.stream().mapToDouble(Result::score).max().orElseThrow();
		assertThat(lowest).isBetween(50.0, 60.0);
		assertThat(highest).isBetween(90.0, 95.0);
	}

	@Test
	void everyGradeAppears() {
		assertThat(results.stream().map(Result::grade).distinct()).contains("excellent", "good", "pass", "fail");
	}

	@Test
	void ranksChangeFromYearToYear() {
		List<String> first = order(2023);
		assertThat(order(2024)).isNotEqualTo(first);
		assertThat(order(2025)).isNotEqualTo(order(2024));
	}

	@Test
	void aCommitteeIsCommendedByNoticeIn2024And2025AndSoAtThePlenary() {
		List<String> both = new ArrayList<>(noticed(2024));
		both.retainAll(noticed(2025));
		assertThat(both).isNotEmpty();
		assertThat(noticed(2023)).hasSize(3);
	}

	@Test
	void aHighScorerIsVetoedOnCompletion() {
		assertThat(results).anySatisfy(result -> {
			assertThat(result.score()).isGreaterThanOrEqualTo(75);
			assertThat(result.completion()).isLessThan(0.5);
			assertThat(noticed(result.year())).doesNotContain(result.committee());
		});
	}

	@Test
	void exactlyOneCommitteeYearHasNoEvaluation() {
		assertThat(results.stream().filter(result -> result.evaluations() == 0)).hasSize(1);
	}

	private List<String> order(int year) {
		return results.stream()
			.filter(result -> result.year() == year)
			.sorted(Comparator.comparingDouble(Result::score).reversed())
			.map(Result::committee)
			.toList();
	}

	/**
	 * The top three by score among those with score ≥ 75 and completion ≥ 0.5 (the scores
	 * here do not tie).
	 */
	private List<String> noticed(int year) {
		return results.stream()
			.filter(result -> result.year() == year && result.score() >= 75 && result.completion() >= 0.5)
			.sorted(Comparator.comparingDouble(Result::score).reversed())
			.limit(3)
			.map(Result::committee)
			.toList();
	}

	/** The independent scores of the demo city made with {@link DemoCity#SEED}. */
	static List<Result> scores() {
		return score(DemoCity.generate(DemoCity.SEED));
	}

	private static List<Result> score(DemoCity city) {
		return score(DemoCityTests.parse(city.committeesCsv()), DemoCityTests.parse(city.recordsCsv()));
	}

	private static List<Result> score(List<CSVRecord> committees, List<CSVRecord> records) {
		Map<String, List<CSVRecord>> byCommitteeYear = new LinkedHashMap<>();
		for (CSVRecord record : records) {
			byCommitteeYear
				.computeIfAbsent(record.get("committee") + "/" + record.get("year"), key -> new ArrayList<>())
				.add(record);
		}
		List<Result> partial = new ArrayList<>();
		for (CSVRecord committee : committees) {
			List<CSVRecord> rows = byCommitteeYear.getOrDefault(committee.get("code") + "/" + committee.get("year"),
					List.of());
			double endorsement = share(rows, ENDORSABLE, row -> LEVEL_WEIGHT.getOrDefault(row.get("level"), 0.0));
			double completion = share(rows, HANDLED, row -> row.get("status").equals("COMPLETED") ? 1.0 : 0.0);
			double conversion = share(rows, CONVERTIBLE, row -> row.get("converted").equals("true") ? 1.0 : 0.0);
			double taking = sum(rows, "ACTIVITY", "quantity");
			double activity = Math.min(1, taking / (Integer.parseInt(committee.get("members")) * 4.0));
			double publication = share(rows, Set.of("PUBLICATION"),
					row -> LEVEL_WEIGHT.containsKey(row.get("level")) ? 1.0 : 0.0);
			long evaluations = rows.stream().filter(row -> row.get("kind").equals("FEEDBACK")).count();
			// the score without contribution for now; contribution is NaN until the
			// year's mean is known
			double contribution = (evaluations == 0) ? Double.NaN : sum(rows, "FEEDBACK", "score") / evaluations / 100;
			double score = 100
					* (0.20 * endorsement + 0.20 * completion + 0.15 * (conversion + activity + publication));
			partial.add(new Result(committee.get("code"), Integer.parseInt(committee.get("year")), completion, score,
					evaluations, contribution));
		}
		// contribution has when_empty: mean — a committee without evaluations gets the
		// year's mean
		List<Result> results = new ArrayList<>();
		for (Result result : partial) {
			double contribution = result.contribution();
			if (Double.isNaN(contribution)) {
				contribution = partial.stream()
					.filter(other -> other.year() == result.year() && !Double.isNaN(other.contribution()))
					.mapToDouble(Result::contribution)
					.average()
					.orElse(0);
			}
			results.add(new Result(result.committee(), result.year(), result.completion(),
					result.score() + 100 * 0.15 * contribution, result.evaluations(), contribution));
		}
		return results;
	}

	private static double share(List<CSVRecord> rows, Set<String> kinds,
			java.util.function.ToDoubleFunction<CSVRecord> weight) {
		List<CSVRecord> counted = rows.stream().filter(row -> kinds.contains(row.get("kind"))).toList();
		return counted.isEmpty() ? 0 : counted.stream().mapToDouble(weight).sum() / counted.size();
	}

	private static double sum(List<CSVRecord> rows, String kind, String field) {
		return rows.stream()
			.filter(row -> row.get("kind").equals(kind) && !row.get(field).isEmpty())
			.mapToDouble(row -> Double.parseDouble(row.get(field)))
			.sum();
	}

	record Result(String committee, int year, double completion, double score, long evaluations, double contribution) {

		String grade() {
			return (score >= 90) ? "excellent" : (score >= 75) ? "good" : (score >= 60) ? "pass" : "fail";
		}

	}

}
