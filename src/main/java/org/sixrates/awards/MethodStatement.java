package org.sixrates.awards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sixrates.rulebook.SchemeWords;
import org.sixrates.rules.Aggregation;
import org.sixrates.rules.Award;
import org.sixrates.rules.Grade;
import org.sixrates.rules.Normalization;
import org.sixrates.rules.RateDefinition;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.WeightMethod;
import org.sixrates.rules.WhenEmpty;
import org.sixrates.vocabulary.Decimals;
import org.sixrates.vocabulary.Messages;

/**
 * The method statement (方法说明) of an award decision (DESIGN §7): the scheme in words,
 * generated from the rules file in Chinese or English — the scheme's file and SHA-256;
 * each rate with its weight (or how the weights are derived), what its numerator and
 * denominator count, its cap, what a denominator of 0 gives and its target; the weights,
 * the normalization and the aggregation with their formulas (DESIGN §3, §4); the ranking
 * and its tie-break; the grades; each award with its conditions. Sections with their
 * paragraphs, for a page to render, and {@link #text()} for a snapshot to keep.
 *
 * @param title the scheme's title with "method statement"
 * @param sections in reading order
 */
public record MethodStatement(String title, List<Section> sections) {

	public MethodStatement {
		sections = List.copyOf(sections);
	}

	/**
	 * The statement of {@code scheme} in {@code locale}'s language (Chinese unless
	 * English).
	 */
	public static MethodStatement of(Scheme scheme, Locale locale) {
		return new Writer(scheme, Messages.english(locale) ? Messages.ENGLISH : Messages.CHINESE).statement();
	}

	/** The statement of {@code scheme} in Chinese or English. */
	public static MethodStatement of(Scheme scheme, boolean chinese) {
		return of(scheme, chinese ? Messages.CHINESE : Messages.ENGLISH);
	}

	/**
	 * The whole statement as plain text: the title, then each section's heading and its
	 * paragraphs, a line each, a blank line before each section.
	 */
	public String text() {
		StringBuilder text = new StringBuilder(title).append('\n');
		for (Section section : sections) {
			text.append('\n').append(section.heading()).append('\n');
			section.paragraphs().forEach(paragraph -> text.append(paragraph).append('\n'));
		}
		return text.toString();
	}

	/** A heading and its paragraphs. */
	public record Section(String heading, List<String> paragraphs) {

		public Section {
			paragraphs = List.copyOf(paragraphs);
		}

	}

	/** Puts one scheme into the words of one language. */
	private static final class Writer {

		private final Scheme scheme;

		private final Locale locale;

		Writer(Scheme scheme, Locale locale) {
			this.scheme = scheme;
			this.locale = locale;
		}

		MethodStatement statement() {
			return new MethodStatement(text("method.title", scheme.title()),
					List.of(new Section(text("ranking.scheme"), schemeParagraphs()),
							new Section(text("rules.rates"), scheme.rates().stream().map(this::rate).toList()),
							new Section(text("rules.weights"), weights()),
							new Section(text("rules.normalization"), normalization()),
							new Section(text("rules.aggregation"), aggregation()),
							new Section(text("method.ranking"), ranking()), new Section(text("rules.grades"), grades()),
							new Section(text("rules.awards"), awards())));
		}

		private List<String> schemeParagraphs() {
			List<String> labels = scheme.rates().stream().map(rate -> rate.label().in(locale)).toList();
			return List.of(
					text("method.scheme.source", scheme.title(), scheme.id(), scheme.fileName(), scheme.sha256()),
					text("method.scheme.rates", scheme.rates().size(), SchemeWords.list(labels, locale)));
		}

		private String rate(RateDefinition rate) {
			List<String> sentences = new ArrayList<>();
			sentences.add(weightOf(rate));
			sentences.add(text("method.rate.numerator", SchemeWords.describe(rate.numerator(), locale)));
			sentences.add(text("method.rate.denominator", SchemeWords.describe(rate.denominator(), locale)));
			sentences.add((rate.cap() == null) ? text("method.rate.formula")
					: text("method.rate.cap", SchemeWords.percent(rate.cap())));
			sentences.add(text("method.whenEmpty." + rate.whenEmpty().name()));
			if (rate.normalization() != null) {
				sentences.add(sentence(item(text("rules.normalization"), normalizationName(rate.normalization()))));
			}
			if (rate.target() != null && scheme.normalizationOf(rate) == Normalization.TARGET) {
				sentences.add(sentence(text("rules.target", SchemeWords.percent(rate.target()))));
			}
			return item(named(rate.label().in(locale), rate.id()), String.join(english() ? " " : "", sentences));
		}

		private String weightOf(RateDefinition rate) {
			WeightMethod weights = scheme.weights();
			if (weights == null) {
				return text("method.rate.weight", SchemeWords.weight(rate.weight()));
			}
			return switch (weights.method()) {
				case EQUAL -> text("method.rate.weight.method", SchemeWords.weight(1.0 / scheme.rates().size()),
						weightMethodName(weights));
				case AHP -> text("method.rate.weight.method",
						SchemeWords.weight(weights.ahp().weights().get(scheme.rates().indexOf(rate))),
						weightMethodName(weights));
				case ENTROPY, CRITIC -> text("method.rate.weight.yearly", weightMethodName(weights));
			};
		}

		private List<String> weights() {
			WeightMethod weights = scheme.weights();
			if (weights == null) {
				return List.of(text("method.weights.GIVEN",
						weightList(scheme.rates().stream().map(RateDefinition::weight).toList())));
			}
			return switch (weights.method()) {
				case EQUAL -> List.of(text("method.weights.EQUAL", scheme.rates().size(),
						SchemeWords.weight(1.0 / scheme.rates().size())));
				case ENTROPY, CRITIC ->
					List.of(text("method.weights." + weights.method().name()), text("method.weights.zero"));
				case AHP -> List.of(text("method.weights.AHP", weightList(weights.ahp().weights())),
						text("method.weights.matrix", matrix(weights.matrix())),
						text("method.weights.consistency", Decimals.twoDecimals(weights.ahp().consistencyRatio())));
			};
		}

		/** Each rate's label with its weight: {@code 批示率 20%、办结率 20%…}. */
		private String weightList(List<Double> weights) {
			List<String> each = new ArrayList<>();
			for (int i = 0; i < weights.size(); i++) {
				each.add(scheme.rates().get(i).label().in(locale) + " " + SchemeWords.weight(weights.get(i)));
			}
			return SchemeWords.list(each, locale);
		}

		/** The rows of a comparison matrix: {@code [1, 2, 4]; [1/2, 1, 2]; …}. */
		private String matrix(List<List<Double>> rows) {
			return String.join(english() ? "; " : "；",
					rows.stream()
						.map(row -> "[" + String.join(", ", row.stream().map(Writer::comparison).toList()) + "]")
						.toList());
		}

		/** A comparison as Saaty's scale writes it: {@code 3}, {@code 1/3}. */
		private static String comparison(double value) {
			double inverse = 1 / value;
			if (value < 1 && Math.abs(inverse - Math.rint(inverse)) < 1e-9) {
				return "1/" + Decimals.plain(Math.rint(inverse));
			}
			return Decimals.amount(value);
		}

		private List<String> normalization() {
			Map<Normalization, List<String>> rates = new LinkedHashMap<>();
			for (RateDefinition rate : scheme.rates()) {
				rates.computeIfAbsent(scheme.normalizationOf(rate), key -> new ArrayList<>())
					.add(rate.label().in(locale));
			}
			List<String> paragraphs = new ArrayList<>(List.of(text("method.normalization.text")));
			rates.forEach((normalization, labels) -> {
				String name = normalizationName(normalization);
				String which = (rates.size() == 1) ? name : named(name, SchemeWords.list(labels, locale));
				paragraphs.add(sentence(item(which, text("method.normalization." + normalization.name()))));
			});
			return paragraphs;
		}

		private List<String> aggregation() {
			Aggregation aggregation = scheme.aggregation();
			List<String> paragraphs = new ArrayList<>(
					List.of(sentence(item(text("rules.aggregation." + aggregation.name()),
							text("method.aggregation." + aggregation.name())))));
			if (scheme.rates().stream().anyMatch(rate -> rate.whenEmpty() == WhenEmpty.EXCLUDE)) {
				paragraphs.add(text("method.aggregation.excluded"));
			}
			return paragraphs;
		}

		private List<String> ranking() {
			List<String> paragraphs = new ArrayList<>();
			if (scheme.tieBreak().isEmpty()) {
				paragraphs.add(text("method.ranking.noTieBreak"));
			}
			else {
				paragraphs.add(text("method.ranking.tieBreak", SchemeWords.rates(scheme, scheme.tieBreak(), locale)));
				if (scheme.tieBreak().stream().anyMatch(this::excludable)) {
					paragraphs.add(text("method.ranking.excluded"));
				}
			}
			return paragraphs;
		}

		private List<String> grades() {
			if (scheme.grades().isEmpty()) {
				return List.of(sentence(text("rules.grades.none")));
			}
			List<String> paragraphs = new ArrayList<>(List.of(text("method.grades.text")));
			for (Grade grade : scheme.grades()) {
				paragraphs.add(sentence(item(named(grade.label().in(locale), grade.id()),
						text("rules.award.minScore", Decimals.amount(grade.minScore())))));
			}
			return paragraphs;
		}

		private List<String> awards() {
			if (scheme.awards().isEmpty()) {
				return List.of(sentence(text("rules.awards.none")));
			}
			List<String> paragraphs = new ArrayList<>(List.of(text("method.awards.text")));
			if (scheme.awards().stream().flatMap(award -> award.veto().keySet().stream()).anyMatch(this::excludable)) {
				paragraphs.add(text("method.awards.vetoExcluded"));
			}
			for (Award award : scheme.awards()) {
				paragraphs.add(sentence(item(named(award.label().in(locale), award.id()),
						String.join(english() ? "; " : "；", conditions(award)))));
			}
			return paragraphs;
		}

		private List<String> conditions(Award award) {
			List<String> conditions = new ArrayList<>();
			if (award.minScore() != 0 || scoresMayBeNegative()) {
				conditions.add(text("rules.award.minScore", Decimals.amount(award.minScore())));
			}
			award.veto()
				.forEach((rate, floor) -> conditions
					.add(text("rules.award.veto", SchemeWords.rate(scheme, rate, locale), SchemeWords.percent(floor))));
			if (award.consecutive() != null) {
				int years = award.consecutive().years();
				conditions.add(text("rules.award.consecutive", years,
						SchemeWords.award(scheme, award.consecutive().award(), locale))
						+ text("method.award.consecutive", years - 1, years));
			}
			conditions
				.add((award.top() == null) ? text("method.award.everyone") : text("rules.award.top", award.top()));
			return conditions;
		}

		/**
		 * Whether a score can fall below 0, so that the default {@code min_score} of 0
		 * decides something: only a z-score, arithmetically aggregated, is ever negative.
		 */
		private boolean scoresMayBeNegative() {
			return scheme.aggregation() == Aggregation.ARITHMETIC
					&& scheme.rates().stream().anyMatch(rate -> scheme.normalizationOf(rate) == Normalization.Z_SCORE);
		}

		private boolean excludable(String rateId) {
			return scheme.rates().get(scheme.indexOf(rateId)).whenEmpty() == WhenEmpty.EXCLUDE;
		}

		private String normalizationName(Normalization normalization) {
			return text("rules.normalization." + normalization.name());
		}

		private String weightMethodName(WeightMethod weights) {
			return text("rules.weights." + weights.method().name());
		}

		/** {@code 批示率（endorsement）}, {@code Endorsement (endorsement)}. */
		private String named(String label, String id) {
			return text("method.named", label, id);
		}

		/** {@code 标准化：目标值法}, {@code Normalization: Against a target}. */
		private String item(String name, String text) {
			return text("method.item", name, text);
		}

		/** The text with a full stop. */
		private String sentence(String text) {
			return text("method.sentence", text);
		}

		private boolean english() {
			return Messages.english(locale);
		}

		private String text(String key, Object... arguments) {
			return Messages.text(locale, key, arguments);
		}

	}

}
