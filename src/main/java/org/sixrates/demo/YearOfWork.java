package org.sixrates.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;

/**
 * Everything one committee did in one year. Its quality that year is
 * {@code strength + trend · (year − 2024)} plus a little noise; every rate the default
 * scheme reads rises with it, each along its own line.
 */
final class YearOfWork {

	private static final List<String> ACTIVITY_MIX = List.of("INSPECTION", "INSPECTION", "INSPECTION", "INSPECTION",
			"EVALUATION", "EVALUATION", "EVALUATION", "POVERTY_RELIEF", "POVERTY_RELIEF", "POVERTY_RELIEF",
			"RURAL_VISIT", "RURAL_VISIT", "RURAL_VISIT", "PERFORMANCE", "FELLOWSHIP");

	private static final List<String> PUBLICATION_MIX = List.of("NEWS", "NEWS", "NEWS", "NEWS", "NEWS",
			"CULTURAL_PRODUCT", "CULTURAL_PRODUCT", "RESEARCH_TOPIC", "RESEARCH_TOPIC", "RESEARCH_RESULT",
			"RESEARCH_RESULT");

	private YearOfWork() {
	}

	/** The demo city's year: every number drawn, the ids numbered from 1. */
	static List<DemoRecord> make(Profile committee, int year, int members, Dice dice) {
		return make(committee, year, members, Volume.DEMO, new RecordNumbers(), dice);
	}

	/**
	 * The work of a year, or of one part of it: as many items of each sort as
	 * {@code volume} says, numbered on from {@code numbers}.
	 */
	static List<DemoRecord> make(Profile committee, int year, int members, Volume volume, RecordNumbers numbers,
			Dice dice) {
		double quality = Suggestions
			.clamp(committee.strength() + committee.trend() * (year - 2024) + dice.wobble(0.03));
		List<Draft> drafts = new ArrayList<>(Suggestions.make(committee, year, members, quality, volume, dice));
		drafts.addAll(activities(committee, year, members, quality, volume, dice));
		drafts.addAll(publications(committee, year, quality, volume, dice));
		if (year != committee.silentYear()) {
			drafts.addAll(feedback(committee, year, quality, volume, dice));
		}
		return numbered(drafts, committee.code(), year, numbers);
	}

	/**
	 * Members taking part, {@code Σ quantity ≈ target · members · 4}: the activity rate
	 * aimed at, spread over the year's activities by their usual size.
	 */
	private static List<Draft> activities(Profile committee, int year, int members, double quality, Volume volume,
			Dice dice) {
		List<Draft> activities = new ArrayList<>();
		List<Double> sizes = new ArrayList<>();
		double totalSize = 0;
		for (int i = volume.activities(dice); i > 0; i--) {
			String subtype = dice.pick(ACTIVITY_MIX);
			LocalDate date = subtype.equals("PERFORMANCE") ? LocalDate.of(year, 9, dice.between(12, 30))
					: Dates.any(year, dice);
			activities.add(new Draft(Kind.ACTIVITY, subtype, Titles.activity(subtype, committee, year, dice), date));
			double size = usualSize(subtype) * dice.uniform(0.6, 1.4);
			sizes.add(size);
			totalSize += size;
		}
		double taking = (0.55 + 0.5 * quality + dice.wobble(0.05)) * members * 4 * volume.participation();
		for (int i = 0; i < activities.size(); i++) {
			long share = Math.round(taking * sizes.get(i) / totalSize);
			activities.get(i).quantity = (int) Math.max(3, Math.min(members, share));
		}
		return activities;
	}

	private static double usualSize(String subtype) {
		return switch (subtype) {
			case "EVALUATION" -> 0.7;
			case "POVERTY_RELIEF" -> 0.8;
			case "PERFORMANCE" -> 1.6;
			case "FELLOWSHIP" -> 1.2;
			default -> 1.0;
		};
	}

	/**
	 * One volume of the committee's literature-and-history series a year, and the rest.
	 */
	private static List<Draft> publications(Profile committee, int year, double quality, Volume volume, Dice dice) {
		List<String> subtypes = new ArrayList<>();
		if (volume.annualVolume()) {
			subtypes.add("LITERATURE_HISTORY");
		}
		for (int i = volume.publications(quality, dice); i > 0; i--) {
			subtypes.add(dice.pick(PUBLICATION_MIX));
		}
		double share = Suggestions.clamp(0.40 + 0.57 * quality + dice.wobble(0.04));
		int published = (int) Math.round(share * subtypes.size());
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < subtypes.size(); i++) {
			order.add(i);
		}
		dice.shuffle(order);
		int seriesVolume = committee.firstVolume() + (year - 2023);
		List<Draft> publications = new ArrayList<>();
		for (int i = 0; i < subtypes.size(); i++) {
			String subtype = subtypes.get(i);
			Level level = (order.indexOf(i) < published) ? publishedLevel(dice) : Level.NONE;
			Draft publication = new Draft(Kind.PUBLICATION, subtype,
					Titles.publication(subtype, level, committee, seriesVolume, dice), Dates.any(year, dice));
			publication.level = level;
			publications.add(publication);
		}
		return publications;
	}

	private static Level publishedLevel(Dice dice) {
		double draw = dice.uniform(0, 1);
		return (draw < 0.5) ? Level.COUNTY
				: (draw < 0.82) ? Level.CITY : (draw < 0.96) ? Level.PROVINCE : Level.NATIONAL;
	}

	/**
	 * Year-end evaluations, scored around {@code 70 + 25 · quality}, with a matching
	 * verdict.
	 */
	private static List<Draft> feedback(Profile committee, int year, double quality, Volume volume, Dice dice) {
		double mean = 70 + 25 * quality + dice.wobble(3);
		List<Draft> evaluations = new ArrayList<>();
		for (int i = volume.evaluations(dice); i > 0; i--) {
			Draft evaluation = new Draft(Kind.FEEDBACK, null, Titles.feedback(committee, dice),
					LocalDate.of(year, 11, 20).plusDays(dice.between(0, 41)));
			int tenths = (int) Math.max(0, Math.min(1000, Math.round((mean + dice.wobble(8)) * 10)));
			evaluation.scoreTenths = tenths;
			evaluation.satisfaction = (tenths >= 850) ? Satisfaction.SATISFIED
					: (tenths >= 700) ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.UNSATISFIED;
			evaluations.add(evaluation);
		}
		return evaluations;
	}

	/**
	 * Ids like {@code TA-2024-017}: kind, year and a number in date order within the
	 * kind, on from the numbers already given.
	 */
	private static List<DemoRecord> numbered(List<Draft> drafts, String committee, int year, RecordNumbers numbers) {
		List<Draft> sorted = new ArrayList<>(drafts);
		sorted.sort(Comparator.comparing((Draft draft) -> draft.kind).thenComparing(draft -> draft.date));
		List<DemoRecord> records = new ArrayList<>(sorted.size());
		for (Draft draft : sorted) {
			records.add(draft.toRecord(numbers.next(draft.kind, year), committee, year));
		}
		return records;
	}

}
