package org.sixrates.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sixrates.awards.ShownYear;
import org.sixrates.awards.YearResults;
import org.sixrates.rules.Measure;
import org.sixrates.rules.RateDefinition;
import org.sixrates.rules.Scheme;
import org.sixrates.scoring.CommitteeYear;
import org.sixrates.scoring.MeasureTotal;
import org.sixrates.tallies.TallyRepository;
import org.sixrates.vocabulary.Decimals;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.web.Labels;
import org.sixrates.web.Refused;
import org.springframework.stereotype.Component;

/**
 * The total a drill-down's list shows: the measure of its rate and part, in the scheme
 * the year's results were computed by (the frozen one of a publicized or published year),
 * evaluated by the scoring core on the cells of the listed records, so that it is the
 * number the committee page shows whenever the list holds what the measure counts.
 */
@Component
class DrillTotals {

	private final YearResults years;

	private final TallyRepository tallies;

	private final Scheme active;

	DrillTotals(YearResults years, TallyRepository tallies, Scheme active) {
		this.years = years;
		this.tallies = tallies;
		this.active = active;
	}

	/** The total of {@code measure} over the records {@code filter} lists. */
	DrillTotal total(RecordFilter filter, RateMeasure measure) {
		Locale locale = Labels.locale();
		List<Object> committees = filter.values(RecordField.COMMITTEE);
		List<Object> yearValues = filter.values(RecordField.YEAR);
		Optional<ShownYear> shown = (yearValues.size() == 1) ? years.shown((Integer) yearValues.get(0))
				: Optional.empty();
		Scheme scheme = shown.map(ShownYear::scheme).orElse(active);
		RateDefinition rate = scheme.rates()
			.stream()
			.filter(r -> r.id().equals(measure.rate()))
			.findFirst()
			.orElseThrow(() -> Refused.badParameter("rate", measure.rate(), Message.of("input.parameter.rate",
					String.join(", ", scheme.rates().stream().map(RateDefinition::id).toList()))));
		String title = Message
			.of("records.total.title", rate.label().in(locale),
					Message.of(measure.denominator() ? "committee.col.denominator" : "committee.col.numerator")
						.in(locale))
			.in(locale);
		Measure definition = measure.denominator() ? rate.denominator() : rate.numerator();
		boolean members = definition.source() == Measure.Source.MEMBERS;
		if (committees.size() != 1 || shown.isEmpty()) {
			return new DrillTotal(title, null, null, null, members);
		}
		String code = (String) committees.get(0);
		int year = shown.get().year();
		CommitteeYear committee = shown.get()
			.committees()
			.stream()
			.filter(c -> c.code().equals(code))
			.findFirst()
			.orElse(new CommitteeYear(code, code, year, 0));
		MeasureTotal total = MeasureTotal.of(definition, committee,
				members ? List.of() : tallies.cells(RecordQueries.condition(filter)));
		return new DrillTotal(title, formula(total, locale) + " = " + Decimals.amount(total.value()),
				Decimals.amount(total.value()), total.value(), members);
	}

	private static String formula(MeasureTotal total, Locale locale) {
		String times = (total.times() == 1) ? "" : " × " + Decimals.plain(total.times());
		if (total.source() == Measure.Source.MEMBERS) {
			return Message.of("records.total.members", total.members()).in(locale) + times;
		}
		String records = Long.toString(total.records());
		if (total.source() == Measure.Source.COUNT) {
			String counted = Message.of("records.total.records", records).in(locale);
			if (!total.weighted() || total.terms().isEmpty()) {
				return counted + times;
			}
			return Message.of("records.total.weighted", counted, terms(total, true)).in(locale);
		}
		String field = (total.source() == Measure.Source.QUANTITY) ? RecordField.QUANTITY.label(locale)
				: RecordField.SCORE.label(locale);
		if (!total.weighted() || total.terms().isEmpty()) {
			return Message.of("records.total.sum", field, records).in(locale) + times;
		}
		return Message.of("records.total.weightedSum", field, records, terms(total, false)).in(locale);
	}

	/** {@code 20 × 0.7 + 8 × 0.8}, in brackets and times the factor when there is one. */
	private static String terms(MeasureTotal total, boolean counted) {
		List<String> terms = new ArrayList<>();
		for (MeasureTotal.Term term : total.terms()) {
			double amount = counted ? term.records() : term.amount();
			terms.add(Decimals.amount(amount) + " × " + Decimals.plain(term.weight()));
		}
		String sum = String.join(" + ", terms);
		if (total.times() == 1) {
			return sum;
		}
		return ((terms.size() > 1) ? "(" + sum + ")" : sum) + " × " + Decimals.plain(total.times());
	}

}
