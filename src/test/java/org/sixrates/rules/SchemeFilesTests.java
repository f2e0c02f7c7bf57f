package org.sixrates.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

/** The scheme files shipped in {@code rules/} load and say what DESIGN §3 says. */
class SchemeFilesTests {

	private static final Path DEFAULT = Path.of("rules/six-rates.yaml");

	@Test
	void defaultSchemeLoadsWithTheSixRatesInOrderAndTheirWeights() {
		Scheme scheme = SchemeLoader.load(DEFAULT);

		assertThat(scheme.id()).isEqualTo("six-rates");
		assertThat(scheme.title()).isEqualTo(new Label("政协工作“六率”考评", "Six-rates assessment"));
		assertThat(scheme.rates()).extracting(RateDefinition::id)
			.containsExactly("endorsement", "completion", "conversion", "activity", "publication", "contribution");
		assertThat(scheme.rates()).extracting(RateDefinition::weight)
			.containsExactly(0.20, 0.20, 0.15, 0.15, 0.15, 0.15);
		assertThat(scheme.rates()).extracting(RateDefinition::whenEmpty)
			.containsExactly(WhenEmpty.ZERO, WhenEmpty.ZERO, WhenEmpty.ZERO, WhenEmpty.ZERO, WhenEmpty.ZERO,
					WhenEmpty.MEAN);
		assertThat(scheme.normalization()).isEqualTo(Normalization.NONE);
		assertThat(scheme.aggregation()).isEqualTo(Aggregation.ARITHMETIC);
		assertThat(scheme.weights()).isNull();
		assertThat(scheme.tieBreak()).containsExactly("completion", "endorsement");
		assertThat(scheme.grades()).extracting(Grade::id, Grade::minScore)
			.containsExactly(tuple("excellent", 90.0), tuple("good", 75.0), tuple("pass", 60.0), tuple("fail", 0.0));
		assertThat(scheme.awards()).hasSize(2);
		assertThat(scheme.awards().get(0)).isEqualTo(
				new Award("notice", new Label("通报表彰", "Commended by notice"), 3, 75, Map.of("completion", 0.5), null));
		assertThat(scheme.awards().get(1).consecutive()).isEqualTo(new Consecutive("notice", 2));
		assertThat(scheme.awards().get(1).top()).isNull();
	}

	@Test
	void defaultSchemeMeasuresAreTheOnesOfDesign() {
		Scheme scheme = SchemeLoader.load(DEFAULT);
		RateDefinition endorsement = scheme.rates().get(0);
		assertThat(endorsement.numerator().source()).isEqualTo(Measure.Source.COUNT);
		assertThat(endorsement.numerator().filter().allowed()).isEqualTo(Map.of(FilterField.KIND,
				Set.of("ADVISORY_PROPOSAL", "RESEARCH_REPORT", "PLENARY_SPEECH", "SOCIAL_OPINION"), FilterField.LEVEL,
				Set.of("COUNTY", "CITY", "PROVINCE", "NATIONAL")));
		assertThat(endorsement.numerator().weightBy())
			.isEqualTo(Map.of(FilterField.LEVEL, Map.of("COUNTY", 0.7, "CITY", 0.8, "PROVINCE", 0.9, "NATIONAL", 1.0)));
		RateDefinition conversion = scheme.rates().get(2);
		assertThat(conversion.numerator().filter().allowed().get(FilterField.CONVERTED)).containsExactly("true");
		RateDefinition activity = scheme.rates().get(3);
		assertThat(activity.numerator().source()).isEqualTo(Measure.Source.QUANTITY);
		assertThat(activity.denominator()).isEqualTo(new Measure(Measure.Source.MEMBERS, Filter.ANY, Map.of(), 4));
		assertThat(activity.cap()).isEqualTo(1.0);
		RateDefinition contribution = scheme.rates().get(5);
		assertThat(contribution.numerator().source()).isEqualTo(Measure.Source.SCORE);
		assertThat(contribution.denominator().times()).isEqualTo(100);
	}

	@Test
	void schemeKeepsTheSha256OfTheFilesBytes() throws Exception {
		byte[] bytes = Files.readAllBytes(DEFAULT);
		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

		Scheme scheme = SchemeLoader.load(DEFAULT);

		assertThat(scheme.sha256()).isEqualTo(expected).hasSize(64);
		assertThat(scheme.fileName()).isEqualTo("six-rates.yaml");
	}

	@Test
	void everyExampleSchemeLoads() throws Exception {
		List<Path> examples;
		try (Stream<Path> files = Files.list(Path.of("rules/examples"))) {
			examples = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
		}
		assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
		for (Path example : examples) {
			assertThat(SchemeLoader.load(example).rates()).as(example.toString()).isNotEmpty();
		}
	}

	@Test
	void ahpExampleDerivesTheWeightsOfItsConsistentMatrix() {
		Scheme scheme = SchemeLoader.load(Path.of("rules/examples/ahp.yaml"));

		// rows [1 2 4], [1/2 1 2], [1/4 1/2 1]: every column is a multiple of (4, 2, 1),
		// so the
		// principal eigenvector is (4/7, 2/7, 1/7) with λmax = 3 and CR = 0
		assertThat(scheme.weights().method()).isEqualTo(WeightMethod.Method.AHP);
		assertThat(scheme.weights().ahp().weights()).satisfiesExactly(
				w -> assertThat(w).isCloseTo(4.0 / 7, offset(1e-12)),
				w -> assertThat(w).isCloseTo(2.0 / 7, offset(1e-12)),
				w -> assertThat(w).isCloseTo(1.0 / 7, offset(1e-12)));
		assertThat(scheme.weights().ahp().consistencyRatio()).isCloseTo(0, offset(1e-12));
	}

}
