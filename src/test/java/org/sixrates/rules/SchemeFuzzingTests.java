package org.sixrates.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;
import org.sixrates.scoring.Assessment;
import org.sixrates.scoring.Cell;
import org.sixrates.scoring.CommitteeResult;
import org.sixrates.scoring.CommitteeYear;
import org.sixrates.scoring.Cube;
import org.sixrates.scoring.RateResult;
import org.sixrates.scoring.Scorer;
import org.sixrates.scoring.YearResult;
import org.sixrates.testing.Mutations;

/**
 * Random and damaged rules files: each loads, or is refused with a
 * {@link BadInputException} whose every error names the file and what was expected, never
 * another exception.
 */
class SchemeFuzzingTests {

	/**
	 * Two rates with every kind of measure, weights and a grade, small enough that most
	 * damage lands on a key.
	 */
	private static final String SMALL = """
			scheme: t
			title: {zh: 测, en: T}
			rates:
			  - id: a
			    label: {zh: 甲, en: A}
			    weight: 0.6
			    numerator: {count: {kind: [PROPOSAL], status: [COMPLETED]}, weight_by: {level: {CITY: 0.5}}}
			    denominator: {count: {kind: [PROPOSAL]}}
			    cap: 1.0
			    when_empty: mean
			  - id: b
			    label: {zh: 乙, en: B}
			    weight: 0.4
			    numerator: {sum: quantity, where: {kind: [ACTIVITY]}, times: 2}
			    denominator: {committee: members}
			    normalization: target
			    target: 0.8
			tie_break: [a]
			grades:
			  - {id: good, label: {zh: 良好, en: Good}, min_score: 60}
			  - {id: fail, label: {zh: 不合格, en: Fail}, min_score: 0}
			awards:
			  - {id: notice, label: {zh: 通报, en: Notice}, top: 1, veto: {a: 0.5}}
			  - {id: plenary, label: {zh: 全会, en: Plenary}, consecutive: {award: notice, years: 2}}
			""";

	/** Numbers that a YAML file can hold and no scheme means. */
	private static final List<String> HOSTILE = List.of("1e308", "-1e308", "1e-320", "-1e-320", "1e309", "4.9e-324",
			".inf", "-.inf", ".nan", ".NaN", "NaN", "'NaN'", "Infinity", "'1e308'", "'1/0'", "1/1e-320",
			"9".repeat(400), "-" + "9".repeat(400), "2147483647", "2147483648", "-2147483649", "99999999999999999999",
			"-0", "0", "0.0000001", "1000001", "0x10", "1_000", "~", "''");

	/** A number where a scheme writes one: after {@code :}, {@code [} or {@code ,}. */
	private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,] ?)-?\\d+(\\.\\d+)?(/\\d+)?(?=[,\\]}\\s]|$)",
			Pattern.MULTILINE);

	@Property(tries = 300)
	void damagedSchemesLoadOrAreRefusedWithTheirErrors(@ForAll("damagedSchemes") byte[] yaml) {
		loadedOrRefused(yaml);
	}

	@Property(tries = 200)
	void randomTextLoadsOrIsRefusedWithItsErrors(@ForAll("randomYaml") byte[] yaml) {
		loadedOrRefused(yaml);
	}

	/**
	 * Found by the fuzzer: Jackson's {@code doubleValue()} threw on an integer beyond the
	 * double range.
	 */
	@Example
	void aWeightTooLargeForADoubleIsRefusedAtItsKey() {
		String yaml = SMALL.replace("weight: 0.6", "weight: " + "9".repeat(400));
		BadInputException refused = catchThrowableOfType(BadInputException.class,
				() -> SchemeLoader.parse("rules.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
		assertThat(refused).isNotNull();
		assertThat(refused.errors()).extracting(InputError::line, InputError::field, InputError::expected)
			.contains(tuple(6, "rates[0].weight", "expected 0 or a number from 0.000001 to 1"));
	}

	@Example
	void anAhpEntryTooLargeForADoubleIsRefused() {
		String yaml = file("examples/ahp.yaml").replace("- [1, 2, 4]", "- [1, " + "9".repeat(400) + ", 4]");
		BadInputException refused = catchThrowableOfType(BadInputException.class,
				() -> SchemeLoader.parse("rules.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
		assertThat(refused).isNotNull();
		assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.expected()).isNotBlank());
	}

	/**
	 * Hostile numbers put where the valid schemes have numbers: each scheme loads and
	 * scores a city to finite numbers, or is refused with its errors.
	 */
	@Property(tries = 400)
	void hostileNumbersLoadAndScoreFinitelyOrAreRefused(@ForAll("hostileNumbers") byte[] yaml) {
		Scheme scheme = loadedOrRefused(yaml);
		if (scheme != null) {
			assertScoresAreFinite(scheme);
		}
	}

	/**
	 * Found by the fuzzer: a weight_by factor of 1e308 loaded, and the scores were
	 * Infinity.
	 */
	@Example
	void aHugeWeightByFactorIsRefusedAtItsKey() {
		String yaml = SMALL.replace("{CITY: 0.5}", "{CITY: 1e308}");
		BadInputException refused = catchThrowableOfType(BadInputException.class,
				() -> SchemeLoader.parse("rules.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
		assertThat(refused).isNotNull();
		assertThat(refused.errors()).extracting(InputError::line, InputError::field, InputError::value)
			.containsExactly(tuple(7, "rates[0].numerator.weight_by.level.CITY", "1e308"));
	}

	private static Scheme loadedOrRefused(byte[] yaml) {
		try {
			Scheme scheme = SchemeLoader.parse("rules.yaml", yaml);
			Statistics.collect("loaded");
			return scheme;
		}
		catch (BadInputException refused) {
			Statistics.collect("refused");
			assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> {
				assertThat(error.file()).isEqualTo("rules.yaml");
				assertThat(error.expected()).isNotBlank();
			});
			return null;
		}
	}

	/**
	 * Scores two years of three committees with records of every kind, level, status and
	 * satisfaction, in large and small numbers, and checks every number is finite.
	 */
	private static void assertScoresAreFinite(Scheme scheme) {
		List<CommitteeYear> committees = new ArrayList<>();
		List<Cell> cells = new ArrayList<>();
		long[] counts = { 1, 7, 3_000_000 };
		for (int year = 2024; year <= 2025; year++) {
			for (int c = 0; c < counts.length; c++) {
				String code = "C" + c;
				committees.add(new CommitteeYear(code, code, year, c == 0 ? 1 : 1_000_000));
				for (Kind kind : Kind.values()) {
					for (Level level : Level.values()) {
						Status status = Status.values()[(c + level.ordinal()) % Status.values().length];
						Satisfaction satisfaction = Satisfaction.values()[level.ordinal()
								% Satisfaction.values().length];
						long count = counts[(c + kind.ordinal()) % counts.length];
						cells.add(new Cell(code, year, kind, level == Level.CITY ? "NEWS" : "SURVEY", level, status,
								level.ordinal() % 2 == 0, satisfaction, count, count * 1_000, count * 100.0));
					}
				}
			}
		}
		Assessment assessment = new Scorer().score(scheme, new Cube(committees, cells));
		for (YearResult year : assessment.years()) {
			assertThat(year.rates()).allSatisfy(rate -> assertThat(rate.weight()).isFinite());
			for (CommitteeResult committee : year.committees()) {
				assertThat(committee.score()).as("score of %s in %d", committee.code(), year.year()).isFinite();
				for (RateResult rate : committee.rates()) {
					assertThat(rate.numerator()).isFinite();
					assertThat(rate.denominator()).isFinite();
					assertThat(rate.weight()).isFinite();
					if (!rate.excluded()) {
						assertThat(rate.rate()).isFinite();
						assertThat(rate.normalized()).isFinite();
						assertThat(rate.contribution()).isFinite();
					}
				}
			}
		}
	}

	@Provide
	Arbitrary<byte[]> damagedSchemes() {
		return Mutations.of(Arbitraries.of(SMALL, SMALL, file("six-rates.yaml"), file("examples/ahp.yaml"),
				file("examples/entropy.yaml"), file("examples/efficacy-geometric.yaml")));
	}

	/**
	 * A valid scheme with one to three of its numbers (weights, factors, times, caps,
	 * targets, scores, floors, top, years, AHP entries) replaced by hostile ones.
	 */
	@Provide
	Arbitrary<byte[]> hostileNumbers() {
		Arbitrary<String> valid = Arbitraries.of(SMALL, file("six-rates.yaml"), file("examples/ahp.yaml"),
				file("examples/entropy.yaml"), file("examples/efficacy-geometric.yaml"));
		Arbitrary<List<Integer>> where = Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(3);
		Arbitrary<List<String>> what = Arbitraries.of(HOSTILE).list().ofSize(3);
		return Combinators.combine(valid, where, what).as((text, places, values) -> {
			String yaml = text;
			for (int i = 0; i < places.size(); i++) {
				yaml = replaceNumber(yaml, places.get(i), values.get(i));
			}
			return yaml.getBytes(StandardCharsets.UTF_8);
		});
	}

	/** The {@code index}-th number of the text (modulo their count) replaced. */
	private static String replaceNumber(String yaml, int index, String replacement) {
		List<MatchResult> numbers = NUMBER.matcher(yaml).results().toList();
		if (numbers.isEmpty()) {
			return yaml;
		}
		MatchResult number = numbers.get(index % numbers.size());
		return yaml.substring(0, number.start()) + replacement + yaml.substring(number.end());
	}

	@Provide
	Arbitrary<byte[]> randomYaml() {
		Arbitrary<String> tokens = Arbitraries.of("scheme", "rates", "id", "weight", "weights", "method", "ahp",
				"matrix", "numerator", "denominator", "count", "sum", "kind", "PROPOSAL", "weight_by", "level",
				"grades", "awards", "top", "veto", "consecutive", "years", "tie_break", "cap", "when_empty", "0.5",
				"-1", "1e400", "[", "]", "{", "}", ":", ": ", ",", "- ", "\n", "\n  ", "\n    ", "&a ", "*a", "!!str ",
				"'", "\"", "#", "|", ">", "~", "null", "<<: ", "? ", "---", "...", "%YAML 1.2", "\t", "办结率");
		return tokens.list().ofMaxSize(60).map(list -> String.join("", list).getBytes(StandardCharsets.UTF_8));
	}

	private static String file(String name) {
		try {
			return Files.readString(Path.of("rules", name));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
