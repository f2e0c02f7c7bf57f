package org.sixrates.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sixrates.rules.FilterField;
import org.sixrates.rules.Measure;
import org.sixrates.rules.Scheme;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.web.Labels;
import org.sixrates.web.Numbers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A scheme's parts in the reader's words; a measure reads e.g. 「记录数：类别为 提案、社情民意，且 办理状态为
 * 已办结」 or "records: kind Proposal, Social opinion, and status Completed".
 */
@Component("ruleText")
public class RuleText {

	private final Labels labels;

	private final Numbers numbers;

	private final MessageSource messages;

	RuleText(Labels labels, Numbers numbers, MessageSource messages) {
		this.labels = labels;
		this.numbers = numbers;
		this.messages = messages;
	}

	/** The label of the scheme's rate {@code id}. */
	public String rate(Scheme scheme, String id) {
		return labels.of(scheme.rates().get(scheme.indexOf(id)).label());
	}

	/** The label of the scheme's award {@code id}. */
	public String award(Scheme scheme, String id) {
		return scheme.awards()
			.stream()
			.filter(award -> award.id().equals(id))
			.findFirst()
			.map(award -> labels.of(award.label()))
			.orElse(id);
	}

	/** The tie-break rates in order, or a dash. */
	public String tieBreak(Scheme scheme) {
		return scheme.tieBreak().isEmpty() ? "—" : String.join(message("rules.measure.or"),
				scheme.tieBreak().stream().map(id -> rate(scheme, id)).toList());
	}

	public String describe(Measure measure) {
		StringBuilder text = new StringBuilder(message("rules.measure." + measure.source().name()));
		List<String> conditions = new ArrayList<>();
		measure.filter().allowed().forEach((field, values) -> conditions.add(condition(field, values)));
		if (!conditions.isEmpty()) {
			text.append(message("rules.measure.where")).append(String.join(message("rules.measure.and"), conditions));
		}
		measure.weightBy().forEach((field, factors) -> text.append(weights(field, factors)));
		if (measure.times() != 1) {
			text.append(" × ").append(numbers.amount(measure.times()));
		}
		return text.toString();
	}

	private String condition(FilterField field, Set<String> values) {
		return field(field) + message("rules.measure.in")
				+ String.join(message("rules.measure.or"), values.stream().map(value -> value(field, value)).toList());
	}

	private String weights(FilterField field, Map<String, Double> factors) {
		List<String> each = new ArrayList<>();
		factors.forEach((value, factor) -> each.add(value(field, value) + " " + numbers.amount(factor)));
		return message("rules.measure.weighted", field(field)) + String.join(message("rules.measure.or"), each);
	}

	private String field(FilterField field) {
		return labels.field(recordField(field));
	}

	private String value(FilterField field, String value) {
		RecordField recordField = recordField(field);
		return labels.value(recordField, recordField.type().parse(value).value());
	}

	private static RecordField recordField(FilterField field) {
		return RecordField.ofKey(field.key()).orElseThrow();
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
