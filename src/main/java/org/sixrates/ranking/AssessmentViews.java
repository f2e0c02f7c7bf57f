package org.sixrates.ranking;

import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sixrates.rulebook.SchemeWords;
import org.sixrates.rules.Award;
import org.sixrates.rules.Filter;
import org.sixrates.rules.Grade;
import org.sixrates.rules.Label;
import org.sixrates.rules.Measure;
import org.sixrates.rules.RateDefinition;
import org.sixrates.rules.Scheme;
import org.sixrates.scoring.Assessment;
import org.sixrates.scoring.AwardOutcome;
import org.sixrates.scoring.CommitteeResult;
import org.sixrates.scoring.CommitteeYear;
import org.sixrates.scoring.RateResult;
import org.sixrates.scoring.RateSummary;
import org.sixrates.scoring.YearResult;

/**
 * Turns an assessment into what people read: a year's ranking with last year's rank and
 * score beside each row, and a committee's detail with the record filters behind each
 * number.
 */
public final class AssessmentViews {

	private final Scheme scheme;

	private final Map<Integer, YearResult> byYear;

	public AssessmentViews(Scheme scheme, Assessment assessment) {
		this.scheme = scheme;
		this.byYear = assessment.years()
			.stream()
			.collect(Collectors.toMap(YearResult::year, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	public SchemeSummary schemeSummary() {
		return new SchemeSummary(scheme.id(), scheme.title().zh(), scheme.title().en(), scheme.fileName(),
				scheme.sha256());
	}

	/** The ranking of {@code year}, with {@code years} offered for selection. */
	public Optional<RankingTable> ranking(int year, List<Integer> years) {
		YearResult result = byYear.get(year);
		if (result == null) {
			return Optional.empty();
		}
		Map<String, CommitteeResult> previous = committees(yearBefore(year));
		List<RankingRow> rows = result.committees().stream().map(committee -> row(committee, previous)).toList();
		return Optional.of(new RankingTable(year, List.copyOf(years), schemeSummary(), columns(result), rows));
	}

	/** Every year of the assessment in one list, for the CSV of several years. */
	public List<RankingTable> all() {
		List<Integer> years = List.copyOf(byYear.keySet());
		return years.stream().map(year -> ranking(year, years).orElseThrow()).toList();
	}

	/** The detail of one committee in {@code year}. */
	public Optional<CommitteeDetail> detail(String code, int year, Collection<CommitteeYear> committees) {
		YearResult result = byYear.get(year);
		if (result == null) {
			return Optional.empty();
		}
		int members = committees.stream()
			.filter(c -> c.code().equals(code) && c.year() == year)
			.mapToInt(CommitteeYear::members)
			.findFirst()
			.orElse(0);
		return result.committees()
			.stream()
			.filter(committee -> committee.code().equals(code))
			.findFirst()
			.map(committee -> new CommitteeDetail(year, code, committee.name(), members, schemeSummary(),
					rateLines(committee), committee.score(), committee.rank(), result.committees().size(),
					grade(committee.grade()), awardLines(committee)));
	}

	private List<RateColumn> columns(YearResult result) {
		List<RateColumn> columns = new ArrayList<>();
		for (int i = 0; i < scheme.rates().size(); i++) {
			RateSummary summary = result.rates().get(i);
			columns.add(new RateColumn(named(scheme.rates().get(i)), summary.weight(), summary.mean()));
		}
		return columns;
	}

	private RankingRow row(CommitteeResult committee, Map<String, CommitteeResult> previous) {
		CommitteeResult before = previous.get(committee.code());
		List<Named> awards = committee.awards().stream().map(this::award).toList();
		return new RankingRow(committee.rank(), committee.code(), committee.name(),
				committee.rates().stream().map(RateResult::rate).toList(), committee.score(), grade(committee.grade()),
				awards, (before == null) ? null : before.rank(), (before == null) ? null : before.score(),
				vetoes(committee));
	}

	/**
	 * The rates of a committee below an award's veto floor, by the test the awards were
	 * decided by; an excluded rate is not checked.
	 */
	private List<RateVeto> vetoes(CommitteeResult committee) {
		List<RateVeto> vetoes = new ArrayList<>();
		for (Award award : scheme.awards()) {
			award.veto().forEach((rateId, floor) -> {
				int index = scheme.indexOf(rateId);
				Double rate = committee.rates().get(index).rate();
				if (rate != null && AwardOutcome.belowFloor(rate, floor)) {
					vetoes.add(new RateVeto(named(award), named(scheme.rates().get(index)), rate, floor));
				}
			});
		}
		return vetoes;
	}

	/**
	 * A committee's point of the trend in a year's results, empty when it was not ranked
	 * that year.
	 */
	static Optional<TrendPoint> trendPoint(YearResult result, String code) {
		return result.committees()
			.stream()
			.filter(committee -> committee.code().equals(code))
			.findFirst()
			.map(committee -> new TrendPoint(result.year(), committee.score(), committee.rank(),
					result.committees().size(), rates(committee)));
	}

	private static Map<String, Double> rates(CommitteeResult committee) {
		// a linked map: the scheme's order, and room for an excluded rate's null
		Map<String, Double> rates = new LinkedHashMap<>();
		committee.rates().forEach(rate -> rates.put(rate.rateId(), rate.rate()));
		return Collections.unmodifiableMap(rates);
	}

	private List<RateLine> rateLines(CommitteeResult committee) {
		List<RateLine> lines = new ArrayList<>();
		for (int i = 0; i < scheme.rates().size(); i++) {
			RateDefinition definition = scheme.rates().get(i);
			RateResult result = committee.rates().get(i);
			lines.add(new RateLine(named(definition), result.numerator(), result.denominator(), result.rate(),
					result.normalized(), result.weight(), (result.contribution() == null) ? 0 : result.contribution(),
					records(definition.numerator()), records(definition.denominator()), words(definition.numerator()),
					words(definition.denominator())));
		}
		return lines;
	}

	private List<AwardLine> awardLines(CommitteeResult committee) {
		List<AwardLine> lines = new ArrayList<>();
		for (AwardOutcome outcome : committee.outcomes()) {
			lines.add(new AwardLine(award(outcome.awardId()), outcome.won(), outcome.reason().in(Messages.CHINESE),
					outcome.reason().in(Messages.ENGLISH)));
		}
		return lines;
	}

	/** A measure in words in both languages, as the rules page describes it. */
	private static Label words(Measure measure) {
		return new Label(SchemeWords.describe(measure, Messages.CHINESE),
				SchemeWords.describe(measure, Messages.ENGLISH));
	}

	/**
	 * The records filter behind a measure, or {@code null} for the committee's members.
	 */
	private static Map<String, List<String>> records(Measure measure) {
		if (measure.source() == Measure.Source.MEMBERS) {
			return null;
		}
		Filter filter = measure.filter();
		Map<String, List<String>> records = new LinkedHashMap<>();
		filter.allowed().forEach((field, values) -> records.put(field.key(), List.copyOf(values)));
		return records;
	}

	private Named award(String id) {
		return scheme.awards()
			.stream()
			.filter(award -> award.id().equals(id))
			.findFirst()
			.map(AssessmentViews::named)
			.orElseThrow();
	}

	/**
	 * The latest assessed year before {@code year}: last year, or the one before a gap.
	 */
	private YearResult yearBefore(int year) {
		YearResult before = null;
		for (YearResult result : byYear.values()) {
			if (result.year() < year && (before == null || result.year() > before.year())) {
				before = result;
			}
		}
		return before;
	}

	private static Map<String, CommitteeResult> committees(YearResult result) {
		if (result == null) {
			return Map.of();
		}
		return result.committees().stream().collect(Collectors.toMap(CommitteeResult::code, Function.identity()));
	}

	private static Named grade(Grade grade) {
		return (grade == null) ? null : grade.label().of(grade.id());
	}

	private static Named named(RateDefinition rate) {
		return rate.label().of(rate.id());
	}

	private static Named named(Award award) {
		return award.label().of(award.id());
	}

}
