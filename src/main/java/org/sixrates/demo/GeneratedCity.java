package org.sixrates.demo;

import java.io.IOException;

import org.apache.commons.csv.CSVPrinter;
import org.sixrates.vocabulary.CommitteeType;

/**
 * A city of any size made the demo city's way (DESIGN §11): {@code committees}
 * committees, each assessed in the {@code years} consecutive years ending with
 * {@code lastYear}, and exactly {@code records} records of their work, written row by row
 * so that memory stays the same whatever the size.
 *
 * <p>
 * Each committee gets a story as the demo's have ({@link Profile}: a strength, a trend,
 * now and then a year of backlog or one with no evaluation) and a level of activity:
 * about one in seven is quiet, one in five busy, the rest ordinary, bigger committees
 * doing more. The records are dealt out over the committees and years in proportion to
 * that activity, and each committee's year is made by {@link YearOfWork} with exact
 * numbers of each sort of work ({@link Allotment}), in parts of at most {@value #PART}
 * records. The same arguments give the same files, byte for byte.
 */
public final class GeneratedCity {

	/** The most committees that can be named. */
	public static final int MAX_COMMITTEES = 100_000;

	public static final int MAX_YEARS = 30;

	public static final long MAX_RECORDS = 1_000_000_000L;

	/** The earliest assessment year: the CPPCC was founded in 1949. */
	public static final int EARLIEST_YEAR = 1950;

	/** The latest assessment year the importer takes. */
	public static final int LATEST_YEAR = 2200;

	/**
	 * The last year when none is given: the demo city's, so that it never depends on the
	 * date.
	 */
	public static final int DEFAULT_LAST_YEAR = DemoCity.YEARS.get(DemoCity.YEARS.size() - 1);

	/** The most records of one committee's year made, and held, at once. */
	static final int PART = 2000;

	// the text handed on to the files at a time, in characters
	private static final int FLUSH = 1 << 16;

	// an activity weight is at most this, so that records × the sum of the weights fits
	// a long
	private static final int MAX_WEIGHT = 1000;

	private final int committees;

	private final long records;

	private final int years;

	private final int lastYear;

	private final long seed;

	public GeneratedCity(int committees, long records, int years, int lastYear, long seed) {
		if (committees < 1 || committees > MAX_COMMITTEES || records < 0 || records > MAX_RECORDS || years < 1
				|| years > MAX_YEARS || lastYear - years + 1 < EARLIEST_YEAR || lastYear > LATEST_YEAR) {
			throw new IllegalArgumentException("no such city: %d committees, %d records, %d years to %d"
				.formatted(committees, records, years, lastYear));
		}
		this.committees = committees;
		this.records = records;
		this.years = years;
		this.lastYear = lastYear;
		this.seed = seed;
	}

	/** The first assessment year. */
	public int firstYear() {
		return lastYear - years + 1;
	}

	/**
	 * Writes {@code committees.csv} (one row per committee and year, by committee then
	 * year) and {@code records.csv} (by committee, year and kind), as the demo files are
	 * written.
	 */
	public void write(Appendable committeesCsv, Appendable recordsCsv) throws IOException {
		long total = 0;
		Dice dice = new Dice(seed);
		Places places = new Places(dice.split());
		for (int index = 0; index < committees; index++) {
			Committee committee = committee(index, places, dice.split());
			for (int weight : committee.weights()) {
				total += weight;
			}
		}
		// the printers write into buffers, handed on whole: a writer taking the cells a
		// few
		// characters at a time is several times slower
		StringBuilder committeeText = new StringBuilder(2 * FLUSH);
		StringBuilder recordText = new StringBuilder(2 * FLUSH);
		CSVPrinter committeeRows = CityCsv.start(committeeText, CityCsv.COMMITTEES_HEADER);
		CSVPrinter recordRows = CityCsv.start(recordText, CityCsv.RECORDS_HEADER);
		// the second pass draws the same committees from the same seed, then their work
		dice = new Dice(seed);
		places = new Places(dice.split());
		long before = 0;
		for (int index = 0; index < committees; index++) {
			Dice own = dice.split();
			Committee committee = committee(index, places, own);
			Profile profile = committee.profile();
			for (int i = 0; i < years; i++) {
				int year = firstYear() + i;
				committeeRows.printRecord(CityCsv.cells(new DemoCommittee(profile.code(), profile.name(),
						profile.type(), year, committee.members()[i])));
			}
			handOn(committeeText, committeesCsv, FLUSH);
			for (int i = 0; i < years; i++) {
				long after = before + committee.weights()[i];
				// shares of the running total: they add up to the records asked for
				// exactly
				long count = records * after / total - records * before / total;
				before = after;
				work(profile, firstYear() + i, committee.members()[i], count, own, recordRows, recordText, recordsCsv);
			}
		}
		handOn(committeeText, committeesCsv, 0);
		handOn(recordText, recordsCsv, 0);
	}

	/** Hands the text on once there is at least {@code least} of it. */
	private static void handOn(StringBuilder text, Appendable out, int least) throws IOException {
		if (text.length() >= least) {
			out.append(text);
			text.setLength(0);
		}
	}

	private Committee committee(int index, Places places, Dice dice) {
		Places.Place place = places.get(index);
		double draw = dice.uniform(0, 1);
		CommitteeType type = (draw < 0.35) ? CommitteeType.DISTRICT
				: (draw < 0.80) ? CommitteeType.COUNTY : CommitteeType.CITY_COUNTY;
		int members = switch (type) {
			case DISTRICT -> dice.between(90, 180);
			case COUNTY -> dice.between(64, 150);
			case CITY_COUNTY -> dice.between(110, 195);
		};
		// the strength is the committee's in the middle of the years; Profile counts from
		// 2024
		double strength = dice.uniform(0.1, 0.95);
		double trend = dice.uniform(-0.2, 0.2) / Math.max(2, years);
		int middle = firstYear() + years / 2;
		int backlogYear = dice.chance(0.1) ? dice.between(firstYear(), lastYear) : 0;
		int silentYear = dice.chance(0.05) ? dice.between(firstYear(), lastYear) : 0;
		int firstVolume = dice.between(1, 60) - (firstYear() - 2023);
		Profile profile = new Profile(place.code(), place.name(), type, members, strength - trend * (middle - 2024),
				trend, backlogYear, silentYear, firstVolume);
		double activity = activity(dice) * (0.7 + 0.6 * strength);
		int[] roll = new int[years];
		int[] weights = new int[years];
		for (int i = 0; i < years; i++) {
			roll[i] = profile.membersIn(firstYear() + i, dice);
			long weight = Math.round(200 * activity * roll[i] / 120.0 * dice.uniform(0.8, 1.2));
			weights[i] = (int) Math.max(1, Math.min(MAX_WEIGHT, weight));
		}
		return new Committee(profile, roll, weights);
	}

	/** Quiet, ordinary or busy. */
	private static double activity(Dice dice) {
		double draw = dice.uniform(0, 1);
		return (draw < 0.15) ? dice.uniform(0.1, 0.4) : (draw < 0.80) ? dice.uniform(0.6, 1.4) : dice.uniform(1.5, 3);
	}

	/**
	 * {@code count} records of a committee's year, in parts of at most {@link #PART}: the
	 * parts differ in size by one at most, so only two allotments are ever needed.
	 */
	private static void work(Profile profile, int year, int members, long count, Dice dice, CSVPrinter rows,
			StringBuilder text, Appendable out) throws IOException {
		if (count == 0) {
			return;
		}
		double[] weights = mix(profile, year, members, dice);
		long parts = (count + PART - 1) / PART;
		int small = (int) (count / parts);
		long large = count % parts;
		Allotment smaller = Allotment.deal(small, weights);
		Allotment larger = Allotment.deal(small + 1, weights);
		double activities = (double) smaller.activitiesDealt() * (parts - large)
				+ (double) larger.activitiesDealt() * large;
		RecordNumbers numbers = new RecordNumbers();
		for (long part = 0; part < parts; part++) {
			Allotment allotment = (part < large) ? larger : smaller;
			double share = (activities > 0) ? allotment.activitiesDealt() / activities : 1;
			allotment = allotment.participating(share);
			if (part == 0) {
				allotment = allotment.first();
			}
			for (DemoRecord record : YearOfWork.make(profile, year, members, allotment, numbers, dice)) {
				rows.printRecord(CityCsv.cells(record));
			}
			handOn(text, out, FLUSH);
		}
	}

	/**
	 * The demo city's mix of work, about what a committee of {@code members} does in a
	 * year, shaken a little for each committee and year; no evaluations in its silent
	 * year.
	 */
	private static double[] mix(Profile profile, int year, int members, Dice dice) {
		double[] usual = new double[Allotment.SORTS];
		usual[Allotment.PROPOSALS] = 0.31 * members;
		usual[Allotment.ADVISORY_PROPOSALS] = 3;
		usual[Allotment.RESEARCH_REPORTS] = 6;
		usual[Allotment.PLENARY_SPEECHES] = 7;
		usual[Allotment.SOCIAL_OPINIONS] = 0.18 * members;
		usual[Allotment.ACTIVITIES] = 19;
		usual[Allotment.PUBLICATIONS] = 17;
		usual[Allotment.EVALUATIONS] = (year == profile.silentYear()) ? 0 : 5.5;
		for (int sort = 0; sort < Allotment.SORTS; sort++) {
			usual[sort] *= dice.uniform(0.7, 1.3);
		}
		return usual;
	}

	/** A committee's story, its roll and its share of the records in each year. */
	private record Committee(Profile profile, int[] members, int[] weights) {
	}

}
