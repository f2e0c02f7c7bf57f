package org.sixrates.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sixrates.vocabulary.CommitteeType;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class DemoCityTests {

	private static final String REGENERATE = "the demo files are out of date with DemoCity; regenerate them with "
			+ "./mvnw -q compile exec:java -Dexec.mainClass=org.sixrates.demo.DemoCity "
			+ "-Dexec.args=src/main/resources/demo and commit both files";

	private static final Set<String> ACTIVITY_SUBTYPES = Set.of("INSPECTION", "EVALUATION", "POVERTY_RELIEF",
			"RURAL_VISIT", "PERFORMANCE", "FELLOWSHIP");

	private static final Set<String> PUBLICATION_SUBTYPES = Set.of("NEWS", "LITERATURE_HISTORY", "CULTURAL_PRODUCT",
			"RESEARCH_TOPIC", "RESEARCH_RESULT");

	private final DemoCity city = DemoCity.generate(DemoCity.SEED);

	@Test
	void shippedFilesAreExactlyWhatTheSeedMakes() throws IOException {
		assertSameText(shipped("committees.csv"), city.committeesCsv(), "committees.csv");
		assertSameText(shipped("records.csv"), city.recordsCsv(), "records.csv");
	}

	@Test
	void sameSeedMakesTheSameCityAndAnotherSeedAnother() {
		DemoCity again = DemoCity.generate(DemoCity.SEED);
		assertThat(again.recordsCsv()).isEqualTo(city.recordsCsv());
		assertThat(again.committeesCsv()).isEqualTo(city.committeesCsv());
		assertThat(DemoCity.generate(DemoCity.SEED + 1).recordsCsv()).isNotEqualTo(city.recordsCsv());
	}

	@Test
	void defaultLocaleAndTimeZoneChangeNothing() {
		Locale locale = Locale.getDefault();
		TimeZone zone = TimeZone.getDefault();
		try {
			// Turkish upper-cases i to İ; Kiritimati is fourteen hours ahead of UTC
			Locale.setDefault(Locale.forLanguageTag("tr-TR"));
			TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
			assertThat(DemoCity.generate(DemoCity.SEED).recordsCsv()).isEqualTo(city.recordsCsv());
		}
		finally {
			Locale.setDefault(locale);
			TimeZone.setDefault(zone);
		}
	}

	@Test
	void filesAreUtf8WithoutBomAndEveryLineEndsInCrlf() throws IOException {
		for (String file : List.of("committees.csv", "records.csv")) {
			byte[] bytes = shippedBytes(file);
			assertThat(bytes[0]).as(file + " starts with a BOM").isNotEqualTo((byte) 0xEF);
			String text = new String(bytes, StandardCharsets.UTF_8);
			assertThat(text).endsWith("\r\n");
			assertThat(text.replace("\r\n", "")).as(file + " has a bare line break").doesNotContain("\n", "\r");
		}
	}

	@Test
	void cityHasTenCommitteesOfAllThreeTypesInThreeYears() {
		List<CSVRecord> rows = parse(city.committeesCsv());
		assertThat(rows).hasSize(30);
		assertThat(rows.stream().map(row -> row.get("code")).distinct()).hasSize(10);
		assertThat(rows.stream().map(row -> row.get("year")).distinct()).containsExactly("2023", "2024", "2025");
		assertThat(rows.stream().map(row -> CommitteeType.valueOf(row.get("type"))).distinct())
			.containsExactlyInAnyOrder(CommitteeType.values());
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.get("code")).matches("[A-Z]+");
			assertThat(row.get("name")).endsWith("政协");
			assertThat(Integer.parseInt(row.get("members"))).isBetween(60, 200);
		});
	}

	@Test
	void thereAreAFewThousandRecords() {
		assertThat(parse(city.recordsCsv())).hasSizeBetween(3000, 4000);
	}

	@Test
	void recordIdsAreUniquePerCommittee() {
		Set<String> seen = new HashSet<>();
		for (CSVRecord row : parse(city.recordsCsv())) {
			assertThat(seen.add(row.get("committee") + "/" + row.get("id")))
				.as("duplicate id %s of %s", row.get("id"), row.get("committee"))
				.isTrue();
		}
	}

	@Test
	void everyValueIsInTheVocabulariesOfTheDesign() {
		Set<String> committeeYears = new HashSet<>();
		parse(city.committeesCsv()).forEach(row -> committeeYears.add(row.get("code") + "/" + row.get("year")));
		for (CSVRecord row : parse(city.recordsCsv())) {
			String where = "line " + (row.getRecordNumber() + 1);
			assertThat(row.get("id")).as(where).isNotBlank();
			assertThat(committeeYears).as(where).contains(row.get("committee") + "/" + row.get("year"));
			Kind kind = Kind.valueOf(row.get("kind"));
			String subtype = row.get("subtype");
			switch (kind) {
				case ACTIVITY -> assertThat(ACTIVITY_SUBTYPES).as(where).contains(subtype);
				case PUBLICATION -> assertThat(PUBLICATION_SUBTYPES).as(where).contains(subtype);
				default -> assertThat(subtype).as(where).isEmpty();
			}
			assertThat(row.get("title")).as(where).isNotBlank();
			assertThat(LocalDate.parse(row.get("date")).getYear()).as(where)
				.isEqualTo(Integer.parseInt(row.get("year")));
			assertOneOf(row.get("level"), names(Level.values()), where);
			assertOneOf(row.get("status"), names(Status.values()), where);
			assertOneOf(row.get("converted"), List.of("true", "false"), where);
			assertOneOf(row.get("satisfaction"), names(Satisfaction.values()), where);
		}
	}

	@Test
	void quantitiesAreNotNegativeAndScoresLieWithin0To100() {
		Pattern whole = Pattern.compile("\\d+");
		for (CSVRecord row : parse(city.recordsCsv())) {
			String quantity = row.get("quantity");
			String score = row.get("score");
			if (!quantity.isEmpty()) {
				assertThat(quantity).matches(whole);
			}
			if (!score.isEmpty()) {
				assertThat(Double.parseDouble(score)).isBetween(0.0, 100.0);
			}
			if (row.get("kind").equals("FEEDBACK")) {
				assertThat(score).as("an evaluation without a score").isNotEmpty();
			}
		}
	}

	@Test
	void evaluationsCarryASatisfactionThatMatchesTheirScore() {
		for (CSVRecord row : parse(city.recordsCsv())) {
			if (row.get("kind").equals("FEEDBACK")) {
				double score = Double.parseDouble(row.get("score"));
				String expected = (score >= 85) ? "SATISFIED" : (score >= 70) ? "BASICALLY_SATISFIED" : "UNSATISFIED";
				assertThat(row.get("satisfaction")).as(row.get("id")).isEqualTo(expected);
			}
		}
	}

	@Test
	void onlyCompletedProposalsAndReportsCarryTheProposersVerdict() {
		for (CSVRecord row : parse(city.recordsCsv())) {
			String kind = row.get("kind");
			if (kind.equals("PROPOSAL") || kind.equals("SOCIAL_OPINION")) {
				assertThat(row.get("satisfaction").isEmpty()).as(row.get("id"))
					.isEqualTo(!row.get("status").equals("COMPLETED"));
			}
		}
	}

	static List<CSVRecord> parse(String csv) {
		try {
			return CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(csv))
				.getRecords();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> names(Enum<?>[] values) {
		List<String> names = new ArrayList<>();
		for (Enum<?> value : values) {
			names.add(value.name());
		}
		return names;
	}

	private static void assertOneOf(String value, List<String> allowed, String where) {
		if (!value.isEmpty()) {
			assertThat(allowed).as(where).contains(value);
		}
	}

	private static byte[] shippedBytes(String file) throws IOException {
		try (InputStream in = DemoCityTests.class.getResourceAsStream("/demo/" + file)) {
			if (in == null) {
				fail("src/main/resources/demo/" + file + " is missing; " + REGENERATE);
			}
			return in.readAllBytes();
		}
	}

	private static String shipped(String file) throws IOException {
		return new String(shippedBytes(file), StandardCharsets.UTF_8);
	}

	/** Names the first line that differs: a whole-file diff would drown the message. */
	private static void assertSameText(String shipped, String generated, String file) {
		if (shipped.equals(generated)) {
			return;
		}
		String[] expected = generated.split("\r\n", -1);
		String[] actual = shipped.split("\r\n", -1);
		int line = 0;
		while (line < Math.min(expected.length, actual.length) && expected[line].equals(actual[line])) {
			line++;
		}
		String was = (line < actual.length) ? actual[line] : "(end of file)";
		String wanted = (line < expected.length) ? expected[line] : "(end of file)";
		fail("%s differs at line %d: shipped <%s> but the generator makes <%s>; %s", file, line + 1, was, wanted,
				REGENERATE);
	}

}
