package org.sixrates.vocabulary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sixrates.audit.AuditEvent;
import org.sixrates.years.YearState;
import org.sixrates.rules.Aggregation;
import org.sixrates.rules.Measure;
import org.sixrates.rules.Normalization;
import org.sixrates.scoring.Distance;
import org.sixrates.rules.WeightMethod;
import org.sixrates.rules.WhenEmpty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message a template or the code asks for is in both bundles, and the two bundles
 * define the same keys: a key missing from one language would show its key (or fail) on
 * that language's pages only.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path SOURCES = Path.of("src/main/java");

	// #{key} and #{key(arguments)}
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	// #{'prefix.' + ${value}}: a key built from a value, checked for every value it can
	// have
	private static final Pattern TEMPLATE_PREFIX = Pattern.compile("#\\{'([A-Za-z0-9_.]+\\.)' \\+");

	// a string literal the code passes as a message key: "input.oneOf",
	// "problem.noRanking", …
	private static final Pattern CODE_KEY = Pattern
		.compile("\"((?:input|award|problem|edit|error|import|audit)\\.[A-Za-z0-9_.]+[A-Za-z0-9])\"");

	@Test
	void bothLanguagesDefineTheSameKeys() {
		assertThat(Messages.keys(Messages.ENGLISH)).isEqualTo(Messages.keys(Messages.CHINESE));
	}

	@Test
	void everyKeyATemplateNamesIsInBothBundles() {
		Set<String> used = new TreeSet<>();
		eachFile(TEMPLATES, ".html", text -> used.addAll(matches(TEMPLATE_KEY, text)));
		assertThat(used).hasSizeGreaterThan(100);
		assertDefined(used);
	}

	@Test
	void everyKeyATemplateBuildsFromAValueIsInBothBundlesForEveryValue() {
		Set<String> prefixes = new TreeSet<>();
		eachFile(TEMPLATES, ".html", text -> prefixes.addAll(matches(TEMPLATE_PREFIX, text)));
		Set<String> built = new TreeSet<>();
		for (String prefix : prefixes) {
			List<String> values = switch (prefix) {
				case "audit.action." -> names(AuditEvent.Action.values());
				case "import.content." -> names(AuditEvent.Subject.values());
				case "rules.normalization." -> names(Normalization.values());
				case "rules.aggregation." -> names(Aggregation.values());
				case "rules.weights." -> names(WeightMethod.Method.values());
				case "rules.whenEmpty." -> names(WhenEmpty.values());
				case "rules.measure." -> names(Measure.Source.values());
				// security.TokenRequestException.Reason, internal to its module
				case "tokens.refused." -> List.of("NAME", "VALIDITY", "USER");
				case "yearState." -> names(YearState.values());
				case "distance.obstacle." -> names(Distance.Obstacle.values());
				// the award page's buttons: each state with each state it may move to
				case "awards.move." -> Arrays.stream(YearState.values())
					.flatMap(from -> from.moves().stream().map(to -> from + "." + to))
					.toList();
				default -> throw new AssertionError(
						"a template builds keys from " + prefix + "; say here which values it takes");
			};
			values.forEach(value -> built.add(prefix + value));
		}
		assertThat(prefixes).contains("audit.action.", "import.content.");
		assertDefined(built);
	}

	@Test
	void everyKeyTheCodeNamesIsInBothBundles() {
		Set<String> used = new TreeSet<>();
		eachFile(SOURCES, ".java", text -> used.addAll(matches(CODE_KEY, text)));
		assertThat(used).contains("input.oneOf", "award.veto", "problem.noRanking");
		assertDefined(used);
	}

	@Test
	void everyFieldAndTermHasItsLabelInBothBundles() {
		Set<String> keys = new TreeSet<>();
		Stream.of(RecordField.values(), CommitteeField.values())
			.flatMap(Arrays::stream)
			.forEach(field -> keys.add(field.labelKey()));
		Stream
			.of(Kind.values(), Level.values(), Status.values(), Satisfaction.values(), CommitteeType.values(),
					Subtype.values(), YesNo.values())
			.flatMap(Arrays::stream)
			.forEach(term -> keys.add(term.labelKey()));
		assertDefined(keys);
	}

	private static void assertDefined(Set<String> keys) {
		for (var language : Messages.LANGUAGES) {
			assertThat(Messages.keys(language)).as("keys of %s", language).containsAll(keys);
		}
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static void eachFile(Path root, String suffix, java.util.function.Consumer<String> action) {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(path -> path.toString().endsWith(suffix)).toList()) {
				action.accept(Files.readString(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
