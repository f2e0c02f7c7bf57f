package org.sixrates.rules;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Every kind of bad rules file is refused with the key's path and line. */
class SchemeLoaderTests {

	/** Line numbers below refer to this text; rate a is lines 4–8, rate b lines 9–13. */
	private static final String BASE = """
			scheme: t
			title: {zh: 测, en: T}
			rates:
			  - id: a
			    label: {zh: 甲, en: A}
			    weight: 0.6
			    numerator: {count: {kind: [PROPOSAL], status: [COMPLETED]}}
			    denominator: {count: {kind: [PROPOSAL]}}
			  - id: b
			    label: {zh: 乙, en: B}
			    weight: 0.4
			    numerator: {count: {kind: [PUBLICATION], level: [CITY]}}
			    denominator: {count: {kind: [PUBLICATION]}}
			""";

	private static Scheme parse(String yaml) {
		return SchemeLoader.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
	}

	private static String replace(String from, String to) {
		assertThat(BASE).contains(from);
		return BASE.replace(from, to);
	}

	/**
	 * The load fails with an error at {@code line} on {@code path} whose message says
	 * {@code says}.
	 */
	private static void assertRejected(String yaml, int line, String path, String says) {
		BadInputException ex = catchThrowableOfType(BadInputException.class, () -> parse(yaml));
		assertThat(ex).as("a bad scheme is refused").isNotNull();
		List<InputError> errors = ex.errors();
		assertThat(errors).as(ex.getMessage()).anySatisfy(error -> {
			assertThat(error.file()).isEqualTo("test.yaml");
			assertThat(error.line()).isEqualTo(line);
			assertThat(error.column()).isPositive();
			assertThat(error.field()).isEqualTo(path);
			assertThat(error.message()).contains("test.yaml: line " + line).contains("(" + path + ")").contains(says);
		});
	}

	@Test
	void theBaseSchemeLoads() {
		assertThat(parse(BASE).rates()).hasSize(2);
	}

	@Test
	void unknownKeysAreRefusedAnywhere() {
		assertRejected(BASE + "colour: red\n", 14, "colour", "unknown key");
		assertRejected(replace("    weight: 0.4\n", "    weight: 0.4\n    wieght: 0.4\n"), 12, "rates[1].wieght",
				"unknown key");
		assertRejected(replace("{kind: [PROPOSAL], status", "{kinds: [PROPOSAL], status"), 7,
				"rates[0].numerator.count.kinds", "unknown field");
		assertRejected(replace("title: {zh: 测, en: T}", "title: {zh: 测, en: T, fr: T}"), 2, "title.fr", "unknown key");
	}

	@Test
	void aRateNeedsANumeratorAndADenominator() {
		assertRejected(replace("    numerator: {count: {kind: [PUBLICATION], level: [CITY]}}\n", ""), 9,
				"rates[1].numerator", "missing");
		assertRejected(replace("    denominator: {count: {kind: [PROPOSAL]}}\n", ""), 4, "rates[0].denominator",
				"missing");
	}

	@Test
	void rateIdsAreLowerCaseAsciiAndUnique() {
		assertRejected(replace("id: a", "id: A"), 4, "rates[0].id", "lower-case ASCII");
		assertRejected(replace("id: a", "id: 办结"), 4, "rates[0].id", "lower-case ASCII");
		assertRejected(replace("id: b", "id: a"), 9, "rates[1].id", "already defined");
	}

	@Test
	void filtersAcceptKnownFieldsAndValuesInEnglishOrChinese() {
		assertRejected(replace("kind: [PROPOSAL], status", "kind: [PROPOSL], status"), 7,
				"rates[0].numerator.count.kind[0]", "unknown kind");
		assertRejected(replace("status: [COMPLETED]", "status: [COMPLETED, DONE]"), 7,
				"rates[0].numerator.count.status[1]", "unknown status");
		assertRejected(replace("status: [COMPLETED]", "converted: [maybe]"), 7, "rates[0].numerator.count.converted[0]",
				"true (是), false (否)");
		assertRejected(replace("status: [COMPLETED]", "subtype: ['  ']"), 7, "rates[0].numerator.count.subtype[0]",
				"any non-empty text");
		assertRejected(replace("status: [COMPLETED]", "status: []"), 7, "rates[0].numerator.count.status",
				"a value or a non-empty list");

		Scheme chinese = parse(replace("kind: [PROPOSAL], status: [COMPLETED]",
				"kind: [提案], status: [已办结], converted: [是], subtype: [视察], satisfaction: [满意]"));
		assertThat(chinese.rates().get(0).numerator().filter().allowed())
			.containsEntry(FilterField.KIND, Set.of("PROPOSAL"))
			.containsEntry(FilterField.STATUS, Set.of("COMPLETED"))
			.containsEntry(FilterField.CONVERTED, Set.of("true"))
			.containsEntry(FilterField.SUBTYPE, Set.of("INSPECTION"))
			.containsEntry(FilterField.SATISFACTION, Set.of("SATISFIED"));
	}

	@Test
	void anySubtypeMayBeNamedAndTheNamedOnesBecomeTheirCode() {
		// subtype is free text (DESIGN §2): a subtype no record has simply matches
		// nothing
		Scheme scheme = parse(replace("status: [COMPLETED]", "subtype: [SURVEY, OTHER, 专题协商, 视察, news]")
			.replace("{count: {kind: [PROPOSAL]}}", "{count: {kind: [PROPOSAL]}, weight_by: {subtype: {SURVEY: 2}}}"));

		assertThat(scheme.rates().get(0).numerator().filter().allowed().get(FilterField.SUBTYPE))
			.containsExactly("SURVEY", "OTHER", "专题协商", "INSPECTION", "NEWS");
		assertThat(scheme.rates().get(0).denominator().weightBy()).containsEntry(FilterField.SUBTYPE,
				Map.of("SURVEY", 2.0));
	}

	@Test
	void aSingleFilterValueStandsForTheListOfThatValue() {
		Scheme single = parse(replace("{kind: [PROPOSAL], status: [COMPLETED]}", "{kind: 提案, status: COMPLETED}"));
		Scheme list = parse(BASE);
		assertThat(single.rates().get(0).numerator()).isEqualTo(list.rates().get(0).numerator());
		assertRejected(replace("status: [COMPLETED]", "status: DONE"), 7, "rates[0].numerator.count.status",
				"unknown status");
	}

	@Test
	void measuresAreCountSumOfQuantityOrScoreOrCommitteeMembers() {
		assertRejected(replace("{count: {kind: [PROPOSAL]}}", "{sum: count, where: {kind: [PROPOSAL]}}"), 8,
				"rates[0].denominator.sum", "quantity or score");
		assertRejected(replace("{count: {kind: [PROPOSAL]}}", "{committee: staff}"), 8,
				"rates[0].denominator.committee", "members");
		assertRejected(replace("{count: {kind: [PROPOSAL]}}", "{count: {kind: [PROPOSAL]}, committee: members}"), 8,
				"rates[0].denominator", "exactly one of count, sum, committee");
		assertRejected(replace("{count: {kind: [PROPOSAL]}}", "{count: {kind: [PROPOSAL]}, where: {kind: [PROPOSAL]}}"),
				8, "rates[0].denominator.where", "where goes with sum");
	}

	@Test
	void weightByNamesKnownFieldsAndValuesWithWeightsOfZeroOrMore() {
		String measure = "{count: {kind: [PROPOSAL]}}";
		assertRejected(replace(measure, "{count: {kind: [PROPOSAL]}, weight_by: {colour: {RED: 1}}}"), 8,
				"rates[0].denominator.weight_by.colour", "unknown field");
		assertRejected(replace(measure, "{count: {kind: [PROPOSAL]}, weight_by: {level: {GALACTIC: 1}}}"), 8,
				"rates[0].denominator.weight_by.level.GALACTIC", "unknown level");
		assertRejected(replace(measure, "{count: {kind: [PROPOSAL]}, weight_by: {level: {CITY: -1}}}"), 8,
				"rates[0].denominator.weight_by.level.CITY", "0 or a number from 0.000001 to 1000000");
		assertRejected(replace(measure, "{committee: members, weight_by: {level: {CITY: 1}}}"), 8,
				"rates[0].denominator.weight_by", "committee members has none");
	}

	@Test
	void timesIsAPositiveNumberAndCapIsAboveZero() {
		assertRejected(replace("{count: {kind: [PROPOSAL]}}", "{count: {kind: [PROPOSAL]}, times: 0}"), 8,
				"rates[0].denominator.times", "a number from 0.000001 to 1000000");
		assertRejected(replace("{count: {kind: [PROPOSAL]}}", "{count: {kind: [PROPOSAL]}, times: many}"), 8,
				"rates[0].denominator.times", "expected a number");
		assertRejected(replace("    weight: 0.6\n", "    weight: 0.6\n    cap: 0\n"), 7, "rates[0].cap",
				"a number from 0.000001 to 1000000");
		assertRejected(replace("    weight: 0.6\n", "    weight: 0.6\n    cap: -1\n"), 7, "rates[0].cap",
				"a number from 0.000001 to 1000000");
	}

	/**
	 * Numbers YAML can write that no scheme means: huge, tiny, infinite, not a number.
	 */
	private static final List<String> HOSTILE = List.of("1e308", "-1e308", "1e-320", "-1e-320", "1e309", ".inf",
			"-.inf", ".nan", "NaN", "'NaN'", "Infinity", "'1e308'", "9".repeat(400), "-" + "9".repeat(400));

	/** Whole numbers that overflow an int or would make a loop of billions. */
	private static final List<String> HOSTILE_WHOLE = List.of("2147483648", "-2147483649", "99999999999999999999",
			"2147483647", "1e308", ".inf", ".nan", "1.5");

	/**
	 * What a hostile number is told: YAML's own {@code .inf} and {@code .nan}, which the
	 * parser cannot read as a double, to write digits; any other the key's range.
	 */
	private static String says(String hostile, String range) {
		return hostile.matches("-?\\.(inf|nan)") ? "a number written in digits" : range;
	}

	@Test
	void everyNumberOfASchemeIsBoundedSoThatScoringStaysFinite() {
		// a weight_by factor of 1e308 passed and overflowed: 2 records counted 2e308 =
		// Infinity
		String denominator = "{count: {kind: [PROPOSAL]}}";
		String awards = BASE + "awards:\n  - {id: n, label: {zh: 奖, en: N}, top: 3, min_score: 60, veto: {a: 0.5}}\n"
				+ "  - {id: p, label: {zh: 全会, en: P}, consecutive: {award: n, years: 2}}\n";
		String grades = BASE + "grades:\n  - {id: good, label: {zh: 良, en: Good}, min_score: 60}\n";
		for (String x : HOSTILE) {
			assertRejected(replace("weight: 0.6", "weight: " + x), 6, "rates[0].weight",
					says(x, "0 or a number from 0.000001 to 1"));
			assertRejected(replace(denominator, "{count: {kind: [PROPOSAL]}, weight_by: {level: {CITY: " + x + "}}}"),
					8, "rates[0].denominator.weight_by.level.CITY", says(x, "0 or a number from 0.000001 to 1000000"));
			assertRejected(replace(denominator, "{count: {kind: [PROPOSAL]}, times: " + x + "}"), 8,
					"rates[0].denominator.times", says(x, "a number from 0.000001 to 1000000"));
			assertRejected(replace("    weight: 0.6\n", "    weight: 0.6\n    cap: " + x + "\n"), 7, "rates[0].cap",
					says(x, "a number from 0.000001 to 1000000"));
			assertRejected(
					replace("    weight: 0.4\n", "    weight: 0.4\n    normalization: target\n    target: " + x + "\n"),
					13, "rates[1].target", says(x, "a number from 0.000001 to 1000000"));
			if (!x.contains("e-320")) {
				// a score as small as that is 0 to every comparison, and harmless
				assertRejected(grades.replace("min_score: 60", "min_score: " + x), 15, "grades[0].min_score",
						says(x, "a number from -1000000 to 1000000"));
				assertRejected(awards.replace("min_score: 60", "min_score: " + x), 15, "awards[0].min_score",
						says(x, "a number from -1000000 to 1000000"));
			}
			assertRejected(awards.replace("veto: {a: 0.5}", "veto: {a: " + x + "}"), 15, "awards[0].veto.a",
					says(x, "0 or a number from 0.000001 to 1000000"));
			String derived = BASE.replace("    weight: 0.6\n", "").replace("    weight: 0.4\n", "");
			assertRejected(derived + "weights: {method: ahp, matrix: [[1, " + x + "], [1, 1]]}\n", 12,
					"weights.matrix[0][1]", says(x, "Saaty's scale from 1/9 to 9"));
		}
		for (String x : HOSTILE_WHOLE) {
			assertRejected(awards.replace("top: 3", "top: " + x), 15, "awards[0].top",
					says(x, "a whole number from 1 to 100000"));
			assertRejected(awards.replace("years: 2", "years: " + x), 16, "awards[1].consecutive.years",
					says(x, "a whole number from 2 to 100"));
		}
		// just outside and just inside the bounds
		assertRejected(replace(denominator, "{count: {kind: [PROPOSAL]}, weight_by: {level: {CITY: 1000001}}}"), 8,
				"rates[0].denominator.weight_by.level.CITY", "0 or a number from 0.000001 to 1000000");
		assertRejected(replace(denominator, "{count: {kind: [PROPOSAL]}, times: 0.0000009}"), 8,
				"rates[0].denominator.times", "a number from 0.000001 to 1000000");
		assertRejected(awards.replace("top: 3", "top: 100001"), 15, "awards[0].top", "a whole number from 1 to 100000");
		assertThat(parse(replace(denominator,
				"{count: {kind: [PROPOSAL]}, weight_by: {level: {CITY: 1000000, COUNTY: 0.000001, NONE: 0}}, times: 1000000}"))
			.rates()
			.get(0)
			.denominator()
			.weightBy()
			.get(FilterField.LEVEL)).containsEntry("CITY", 1e6)
			.containsEntry("COUNTY", 1e-6)
			.containsEntry("NONE", 0.0);
		assertThat(parse(awards.replace("top: 3", "top: 100000").replace("years: 2", "years: 100")).awards())
			.extracting(Award::top)
			.containsExactly(100000, null);
		String derived = BASE.replace("    weight: 0.6\n", "").replace("    weight: 0.4\n", "");
		assertThat(parse(derived + "weights: {method: ahp, matrix: [[1, 9], [0.111111, 1]]}\n").weights().ahp())
			.isNotNull();
	}

	@Test
	void explicitWeightsArePresentNonNegativeAndAddUpToOne() {
		assertRejected(replace("    weight: 0.4\n", ""), 9, "rates[1].weight", "every rate needs a weight");
		assertRejected(replace("weight: 0.6", "weight: -0.6"), 6, "rates[0].weight",
				"0 or a number from 0.000001 to 1");
		assertRejected(replace("weight: 0.4", "weight: 0.3"), 4, "rates", "add up to 0.9");
		// 0.1 + 0.2 is 0.30000000000000004 in binary: within the 1e-9 allowed
		assertThat(parse(replace("weight: 0.6", "weight: 0.1").replace("weight: 0.4", "weight: 0.9"))).isNotNull();
	}

	@Test
	void derivedWeightsExcludeExplicitOnesAndNeedAKnownMethod() {
		assertRejected(BASE + "weights: {method: equal}\n", 6, "rates[0].weight", "conflicts with weights");
		String derived = BASE.replace("    weight: 0.6\n", "").replace("    weight: 0.4\n", "");
		assertRejected(derived + "weights: {method: magic}\n", 12, "weights.method", "equal, entropy, critic, ahp");
		assertRejected(derived + "weights: {method: entropy, matrix: [[1]]}\n", 12, "weights.matrix",
				"only with method: ahp");
		assertRejected(derived + "weights: {method: ahp}\n", 12, "weights.matrix", "missing");
		assertThat(parse(derived + "weights: {method: critic}\n").weights().method())
			.isEqualTo(WeightMethod.Method.CRITIC);
	}

	@Test
	void ahpMatrixIsSquarePositiveReciprocalAndConsistent() {
		String derived = BASE.replace("    weight: 0.6\n", "").replace("    weight: 0.4\n", "");
		assertRejected(derived + "weights: {method: ahp, matrix: [[1, 2, 3], [1/2, 1, 1], [1/3, 1, 1]]}\n", 12,
				"weights.matrix", "2×2 matrix");
		assertRejected(derived + "weights: {method: ahp, matrix: [[1, 2], [1/2]]}\n", 12, "weights.matrix[1]",
				"2×2 matrix");
		assertRejected(derived + "weights: {method: ahp, matrix: [[1, 0], [1, 1]]}\n", 12, "weights.matrix[0][1]",
				"Saaty's scale from 1/9 to 9");
		assertRejected(derived + "weights: {method: ahp, matrix: [[1, 3], [3, 1]]}\n", 12, "weights.matrix[1][0]",
				"reciprocal of matrix[0][1]");
		assertRejected(derived + "weights: {method: ahp, matrix: [[2, 1], [1, 1]]}\n", 12, "weights.matrix[0][0]",
				"the diagonal is 1");
		// 0.333333 · 3 = 0.999999, within 1e-6 of 1
		assertThat(parse(derived + "weights: {method: ahp, matrix: [[1, 3], [0.333333, 1]]}\n")).isNotNull();

		// three rates compared 1 > 2 > 3 > 1: as inconsistent as can be
		String three = derived + """
				  - id: c
				    label: {zh: 丙, en: C}
				    numerator: {count: {kind: [FEEDBACK]}}
				    denominator: {count: {kind: [FEEDBACK]}}
				weights: {method: ahp, matrix: [[1, 9, 1/9], [1/9, 1, 9], [9, 1/9, 1]]}
				""";
		assertRejected(three, 16, "weights.matrix", "consistency ratio CR = ");
	}

	@Test
	void tieBreakAndVetoNameKnownRates() {
		assertRejected(BASE + "tie_break: [b, z]\n", 14, "tie_break[1]", "unknown rate");
		assertRejected(BASE + "tie_break: [b, b]\n", 14, "tie_break[1]", "already breaks ties");
		assertRejected(BASE + "awards:\n  - {id: n, label: {zh: 奖, en: N}, veto: {z: 0.5}}\n", 15, "awards[0].veto.z",
				"unknown rate");
		assertRejected(BASE + "awards:\n  - {id: n, label: {zh: 奖, en: N}, veto: {a: -0.1}}\n", 15, "awards[0].veto.a",
				"0 or a number from 0.000001 to 1000000");
	}

	@Test
	void gradesGoStrictlyHighestFirst() {
		String grades = BASE + """
				grades:
				  - {id: good, label: {zh: 良, en: Good}, min_score: 60}
				  - {id: best, label: {zh: 优, en: Best}, min_score: 75}
				""";
		assertRejected(grades, 16, "grades[1].min_score", "highest first");
		assertRejected(grades.replace("75", "60"), 16, "grades[1].min_score", "highest first");
		assertRejected(grades.replace("min_score: 75}", "min_score: 50}").replace("id: best", "id: good"), 16,
				"grades[1].id", "already defined");
	}

	@Test
	void awardsAreWellFormedAndConsecutiveBuildsOnAnEarlierAward() {
		String award = BASE + "awards:\n  - {id: n, label: {zh: 奖, en: N}, top: 0}\n";
		assertRejected(award, 15, "awards[0].top", "a whole number from 1 to 100000");
		assertRejected(award.replace("top: 0", "top: 1.5"), 15, "awards[0].top", "whole number");
		String consecutive = BASE + """
				awards:
				  - {id: p, label: {zh: 全会, en: P}, consecutive: {award: n, years: 2}}
				  - {id: n, label: {zh: 通报, en: N}, top: 3}
				""";
		assertRejected(consecutive, 15, "awards[0].consecutive.award", "defined earlier");
		assertRejected(consecutive.replace("award: n", "award: p"), 15, "awards[0].consecutive.award",
				"defined earlier");
		assertRejected(consecutive.replace("award: n", "award: x"), 15, "awards[0].consecutive.award",
				"defined earlier");
		String after = BASE + """
				awards:
				  - {id: n, label: {zh: 通报, en: N}, top: 3}
				  - {id: p, label: {zh: 全会, en: P}, consecutive: {award: n, years: 1}}
				""";
		assertRejected(after, 16, "awards[1].consecutive.years", "a whole number from 2 to 100");
		assertThat(parse(after.replace("years: 1", "years: 2")).awards().get(1).consecutive())
			.isEqualTo(new Consecutive("n", 2));
	}

	@Test
	void targetNormalizationNeedsAPositiveTarget() {
		assertRejected(BASE + "normalization: target\n", 4, "rates[0]", "positive target");
		assertRejected(replace("    weight: 0.4\n", "    weight: 0.4\n    normalization: target\n"), 12,
				"rates[1].normalization", "positive target");
		assertRejected(replace("    weight: 0.4\n", "    weight: 0.4\n    normalization: target\n    target: 0\n"), 13,
				"rates[1].target", "a number from 0.000001 to 1000000");
		assertThat(parse(replace("    weight: 0.4\n", "    weight: 0.4\n    normalization: target\n    target: 0.9\n"))
			.rates()
			.get(1)
			.target()).isEqualTo(0.9);
	}

	@Test
	void closedVocabulariesRefuseUnknownValues() {
		assertRejected(BASE + "normalization: minmax\n", 14, "normalization",
				"none, min-max, efficacy, z-score, target");
		assertRejected(BASE + "aggregation: harmonic\n", 14, "aggregation", "arithmetic, geometric");
		assertRejected(replace("    weight: 0.4\n", "    weight: 0.4\n    when_empty: skip\n"), 12,
				"rates[1].when_empty", "zero, exclude, mean");
	}

	@Test
	void schemeIdTitleLabelsAndRatesAreRequired() {
		assertRejected(replace("scheme: t\n", ""), 1, "scheme", "missing");
		assertRejected(replace("title: {zh: 测, en: T}\n", ""), 1, "title", "missing");
		assertRejected(replace("label: {zh: 甲, en: A}", "label: {zh: 甲}"), 5, "rates[0].label.en", "missing");
		assertRejected(replace("label: {zh: 乙, en: B}", "label: {en: B}"), 10, "rates[1].label.zh", "missing");
		assertRejected("scheme: t\ntitle: {zh: 测, en: T}\nrates: []\n", 3, "rates", "at least one rate");
	}

	@Test
	void duplicateKeysAndBrokenYamlAreRefusedWithTheirLine() {
		assertRejected(replace("    weight: 0.6\n", "    weight: 0.6\n    weight: 0.4\n"), 7, "rates[0].weight",
				"appears twice");
		BadInputException broken = catchThrowableOfType(BadInputException.class,
				() -> parse(replace("[PROPOSAL]}}\n  - id: b", "[PROPOSAL}}\n  - id: b")));
		assertThat(broken.errors()).singleElement().satisfies(error -> {
			assertThat(error.line()).isPositive();
			assertThat(error.message()).contains("not valid YAML");
		});
	}

	@Test
	void aTabInTheIndentationIsRefusedWhereItIs() {
		BadInputException ex = catchThrowableOfType(BadInputException.class,
				() -> parse(replace("    weight: 0.4\n", "\tweight: 0.4\n")));

		assertThat(ex.errors()).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(11);
			assertThat(error.column()).isEqualTo(1);
			assertThat(error.message()).contains("not valid YAML").contains("TAB");
		});
	}

	@Test
	void aSecondDocumentInTheFileIsRefused() {
		BadInputException ex = catchThrowableOfType(BadInputException.class,
				() -> parse(BASE + "---\nscheme: other\n"));

		assertThat(ex.errors()).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(15);
			assertThat(error.message()).contains("one scheme");
		});
	}

	@Test
	void anEmptyFileOrOneThatIsNoMappingIsRefused() {
		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> parse(""))
			.withMessageContaining("test.yaml")
			.withMessageContaining("empty");
		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> parse("- just\n- a list\n"))
			.withMessageContaining("test.yaml: line 1")
			.withMessageContaining("expected a mapping of scheme, title, rates");
	}

	@Test
	void aByteOrderMarkIsAcceptedAndBytesThatAreNotUtf8AreNot() {
		byte[] text = BASE.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		assertThat(SchemeLoader.parse("bom.yaml", withBom).id()).isEqualTo("t");

		byte[] gbk = BASE.getBytes(Charset.forName("GB18030"));
		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> SchemeLoader.parse("gbk.yaml", gbk))
			.withMessageContaining("gbk.yaml")
			.withMessageContaining("UTF-8");
	}

	@Test
	void aFileOverOneMegabyteIsRefusedBeforeItIsParsed(@TempDir Path folder) throws IOException {
		// one comment line of 10 MB took 48 s and 1.8 GB to load
		byte[] huge = ("# " + "x".repeat(10 * 1024 * 1024) + "\n" + BASE).getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(folder.resolve("huge.yaml"), huge);

		BadInputException parsed = assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> catchThrowableOfType(BadInputException.class, () -> SchemeLoader.parse("huge.yaml", huge)));
		BadInputException loaded = assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> catchThrowableOfType(BadInputException.class, () -> SchemeLoader.load(file)));
		BadInputException sourced = assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> catchThrowableOfType(BadInputException.class, () -> SchemeSource.load(file.toString())));

		for (BadInputException refused : List.of(parsed, loaded, sourced)) {
			assertThat(refused.errors()).singleElement().satisfies(error -> {
				assertThat(error.file()).endsWith("huge.yaml");
				assertThat(error.expected()).contains("larger than 1 MB");
			});
		}
		// exactly 1 MB is still a rules file: BASE padded with comment lines of 100 bytes
		StringBuilder padded = new StringBuilder(BASE);
		int bytes = BASE.getBytes(StandardCharsets.UTF_8).length;
		for (; SchemeLoader.MAX_BYTES - bytes > 100; bytes += 100) {
			padded.append('#').append("x".repeat(98)).append('\n');
		}
		padded.append("#".repeat(SchemeLoader.MAX_BYTES - bytes - 1)).append('\n');
		byte[] limit = padded.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(limit).hasSize(SchemeLoader.MAX_BYTES);
		assertThat(SchemeLoader.parse("limit.yaml", limit).id()).isEqualTo("t");
	}

	@Test
	void aLineOverTenThousandCharactersIsRefusedWithItsLine() {
		String long10001 = BASE + "# " + "办".repeat(9_999) + "\n";
		BadInputException refused = catchThrowableOfType(BadInputException.class, () -> parse(long10001));

		assertThat(refused.errors()).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(14);
			assertThat(error.message()).isEqualTo(
					"test.yaml: line 14, column 10001: this line is 10001 characters long; a line is at most 10 000");
		});
		// CR and CRLF end lines too; a line of exactly 10 000 characters is allowed
		assertThat(parse(BASE.replace("\n", "\r\n") + "#" + "x".repeat(9_999) + "\r" + "#\r\n").id()).isEqualTo("t");
		assertThat(catchThrowableOfType(BadInputException.class,
				() -> parse(BASE.replace("\n", "\r") + "#" + "x".repeat(10_000) + "\r"))
			.errors()).singleElement().extracting(InputError::line).isEqualTo(14);
	}

	@Test
	void aMissingFileIsBadInputNamingIt() {
		assertThatExceptionOfType(BadInputException.class)
			.isThrownBy(() -> SchemeLoader.load(Path.of("rules/no-such-scheme.yaml")))
			.withMessageContaining("no-such-scheme.yaml");
	}

	@Test
	void aValueWeightedTwiceUnderTwoSpellingsIsRefused() {
		assertRejected(
				replace("{count: {kind: [PROPOSAL]}}",
						"{count: {kind: [PROPOSAL]}, weight_by: {level: {COUNTY: 1, 县级: 0.5}}}"),
				8, "rates[0].denominator.weight_by.level.县级", "weighted twice");
	}

	@Test
	void closedVocabulariesIgnoreCase() {
		assertThat(parse(BASE + "normalization: Min-Max\naggregation: GEOMETRIC\n").normalization())
			.isEqualTo(Normalization.MIN_MAX);
	}

	@Test
	void everyErrorIsReportedAtOnce() {
		String twoWrongs = replace("id: a", "id: A").replace("kind: [PUBLICATION], level", "kind: [PUBLISHED], level");

		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> parse(twoWrongs))
			.satisfies(ex -> assertThat(ex.errors()).extracting(InputError::field)
				.contains("rates[0].id", "rates[1].numerator.count.kind[0]"));
	}

	@Test
	void aRateWithAnErrorCanStillBeNamedWithoutASecondError() {
		String yaml = replace("kind: [PUBLICATION], level", "kind: [PUBLISHED], level") + "tie_break: [b]\n";

		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> parse(yaml))
			.satisfies(ex -> assertThat(ex.errors()).extracting(InputError::field)
				.containsExactly("rates[1].numerator.count.kind[0]"));
	}

}
