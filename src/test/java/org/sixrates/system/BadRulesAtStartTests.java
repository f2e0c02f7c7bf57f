package org.sixrates.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sixrates.SixRatesApplication;
import org.sixrates.input.BadInputException;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Term;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A bad rules file at start: what is wrong, with file, line and column, is printed on its
 * own, with what to do, and no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadRulesAtStartTests {

	private static final String BAD = """
			scheme: t
			title: {zh: 测, en: T}
			rates:
			  - id: a
			    label: {zh: 甲, en: A}
			    weight: 2
			    numerator: {count: {kind: [PROPOSL]}}
			    denominator: {count: {kind: [PROPOSAL]}}
			""";

	@Test
	void aBadRulesFileStopsTheStartWithItsErrorsAloneAndNoStackTrace(@TempDir Path folder, CapturedOutput output)
			throws IOException {
		Path rules = Files.writeString(folder.resolve("bad.yaml"), BAD);

		assertThatExceptionOfType(Exception.class)
			.isThrownBy(() -> new SpringApplicationBuilder(SixRatesApplication.class).run("--server.port=0",
					"--sixrates.rules=" + rules, "--sixrates.demo-data=false", "--spring.main.banner-mode=off",
					"--spring.datasource.url=jdbc:h2:mem:bad-rules;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
							+ "DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR"))
			.withRootCauseInstanceOf(BadInputException.class);

		String printed = output.getAll();
		assertThat(between(printed, "Description:", "Action:").strip().lines()).containsExactly(
				rules + ": line 6, column 13 (rates[0].weight): \"2\" — expected 0 or a number from 0.000001 to 1",
				rules + ": line 7, column 32 (rates[0].numerator.count.kind[0]): \"PROPOSL\" — unknown kind; "
						+ "expected one of " + Term.describe(Kind.class).english());
		assertThat(printed.substring(printed.indexOf("Action:"))).contains("--sixrates.rules", "rules/README.md");
		assertThat(printed).doesNotContain("\tat ").doesNotContain("Application run failed");
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		assertThat(from).as("%s in %s", start, text).isNotNegative();
		int to = text.indexOf(end, from);
		assertThat(to).as("%s in %s", end, text).isPositive();
		return text.substring(from + start.length(), to);
	}

}
