package org.sixrates.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
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
			.contains(tuple(6, "rates[0].weight", "expected a number"));
	}

	@Example
	void anAhpEntryTooLargeForADoubleIsRefused() {
		String yaml = file("examples/ahp.yaml").replace("- [1, 2, 4]", "- [1, " + "9".repeat(400) + ", 4]");
		BadInputException refused = catchThrowableOfType(BadInputException.class,
				() -> SchemeLoader.parse("rules.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
		assertThat(refused).isNotNull();
		assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.expected()).isNotBlank());
	}

	private static void loadedOrRefused(byte[] yaml) {
		try {
			SchemeLoader.parse("rules.yaml", yaml);
			Statistics.collect("loaded");
		}
		catch (BadInputException refused) {
			Statistics.collect("refused");
			assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> {
				assertThat(error.file()).isEqualTo("rules.yaml");
				assertThat(error.expected()).isNotBlank();
			});
		}
	}

	@Provide
	Arbitrary<byte[]> damagedSchemes() {
		return Mutations.of(Arbitraries.of(SMALL, SMALL, file("six-rates.yaml"), file("examples/ahp.yaml"),
				file("examples/entropy.yaml"), file("examples/efficacy-geometric.yaml")));
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
