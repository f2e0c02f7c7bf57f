package org.sixrates.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sixrates.rules.FilterField;
import org.sixrates.rules.Measure;
import org.sixrates.rules.Scheme;
import org.sixrates.vocabulary.Decimals;
import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.RecordField;

/**
 * A scheme's parts in words, in the language of a {@link Locale}: plain Java, for the
 * rules page ({@link RuleText}) and for anything that puts a scheme into words without a
 * request, such as the method statement of an award decision. A measure reads e.g.
 * 「记录数：类别为 提案、社情民意，且 办理状态为 已办结」 or "records: kind Proposal, Social opinion, and status
 * Completed"; the labels of fields and values come from the vocabulary, those of rates
 * and awards from the scheme.
 */
public final class SchemeWords {

	private SchemeWords() {
	}

	/** The label of the scheme's rate {@code id}. */
	public static String rate(Scheme scheme, String id, Locale locale) {
		return scheme.rates().get(scheme.indexOf(id)).label().in(locale);
	}

	/** The label of the scheme's award {@code id}, or the id when there is none. */
	public static String award(Scheme scheme, String id, Locale locale) {
		return scheme.awards()
			.stream()
			.filter(award -> award.id().equals(id))
			.findFirst()
			.map(award -> award.label().in(locale))
			.orElse(id);
	}

	/** The labels of the scheme's rates {@code ids}, in the given order, as a list. */
	public static String rates(Scheme scheme, List<String> ids, Locale locale) {
		return list(ids.stream().map(id -> rate(scheme, id, locale)).toList(), locale);
	}

	/** Items joined as a list: {@code 提案、社情民意} or {@code Proposal, Social opinion}. */
	public static String list(List<String> items, Locale locale) {
		return String.join(message(locale, "rules.measure.or"), items);
	}

	/**
	 * What a numerator or denominator counts or sums, with its filter, factors and
	 * {@code times}.
	 */
	public static String describe(Measure measure, Locale locale) {
		StringBuilder text = new StringBuilder(message(locale, "rules.measure." + measure.source().name()));
		List<String> conditions = new ArrayList<>();
		measure.filter().allowed().forEach((field, values) -> conditions.add(condition(field, values, locale)));
		if (!conditions.isEmpty()) {
			text.append(message(locale, "rules.measure.where"))
				.append(String.join(message(locale, "rules.measure.and"), conditions));
		}
		measure.weightBy().forEach((field, factors) -> text.append(weights(field, factors, locale)));
		if (measure.times() != 1) {
			text.append(" × ").append(Decimals.amount(measure.times()));
		}
		return text.toString();
	}

	/** A rate (a fraction) in percent: {@code 0.5} → {@code 50.00%}. */
	public static String percent(double rate) {
		return Decimals.percent(rate) + "%";
	}

	/** A weight in percent without trailing zeros: {@code 0.2} → {@code 20%}. */
	public static String weight(double weight) {
		return Decimals.percentPlain(weight) + "%";
	}

	private static String condition(FilterField field, Set<String> values, Locale locale) {
		return field(field, locale) + message(locale, "rules.measure.in")
				+ list(values.stream().map(value -> value(field, value, locale)).toList(), locale);
	}

	private static String weights(FilterField field, Map<String, Double> factors, Locale locale) {
		List<String> each = new ArrayList<>();
		factors.forEach((value, factor) -> each.add(value(field, value, locale) + " " + Decimals.amount(factor)));
		return message(locale, "rules.measure.weighted", field(field, locale)) + list(each, locale);
	}

	private static String field(FilterField field, Locale locale) {
		return recordField(field).label(locale);
	}

	private static String value(FilterField field, String value, Locale locale) {
		RecordField recordField = recordField(field);
		return recordField.type().label(recordField.type().parse(value).value(), locale);
	}

	private static RecordField recordField(FilterField field) {
		return RecordField.ofKey(field.key()).orElseThrow();
	}

	private static String message(Locale locale, String key, Object... arguments) {
		return Messages.text(locale, key, arguments);
	}

}
