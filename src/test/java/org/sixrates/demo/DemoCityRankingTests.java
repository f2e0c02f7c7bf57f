package org.sixrates.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sixrates.cli.ScoreCommand;

/**
 * The product's scores of the demo city under the default scheme agree, committee by
 * committee, with the small independent calculation of {@link DemoCityScoresTests}.
 */
class DemoCityRankingTests {

	@Test
	void theScoreCommandAgreesWithTheIndependentCalculation() throws IOException {
		Path demo = Path.of("src/main/resources/demo");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = ScoreCommand.run(
				List.of("--committees", demo.resolve("committees.csv").toString(), "--records",
						demo.resolve("records.csv").toString(), "--rules", "rules/six-rates.yaml"),
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertThat(exit).isZero();

		List<CSVRecord> rows = DemoCityTests.parse(out.toString(StandardCharsets.UTF_8));
		Map<String, DemoCityScoresTests.Result> expected = DemoCityScoresTests.scores()
			.stream()
			.collect(Collectors.toMap(result -> result.committee() + "/" + result.year(), Function.identity()));
		assertThat(rows).hasSize(expected.size());
		for (CSVRecord row : rows) {
			DemoCityScoresTests.Result result = expected.get(row.get("committee") + "/" + row.get("year"));
			String score = BigDecimal.valueOf(result.score()).setScale(2, RoundingMode.HALF_UP).toPlainString();
			assertThat(row.get("score")).as(row.get("committee") + " " + row.get("year")).isEqualTo(score);
			assertThat(row.get("grade")).as(row.get("committee") + " " + row.get("year")).isEqualTo(result.grade());
		}
	}

}
