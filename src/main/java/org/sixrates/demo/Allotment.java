package org.sixrates.demo;

/**
 * An exact number of items of each sort for one part of a generated committee's year: a
 * size dealt out over the sorts of work in proportion to weights, by largest remainder,
 * so that the parts add up to the records asked for, no more, no fewer.
 */
final class Allotment implements Volume {

	/** The sorts of work, in the order of the weights. */
	static final int PROPOSALS = 0, ADVISORY_PROPOSALS = 1, RESEARCH_REPORTS = 2, PLENARY_SPEECHES = 3,
			SOCIAL_OPINIONS = 4, ACTIVITIES = 5, PUBLICATIONS = 6, EVALUATIONS = 7, SORTS = 8;

	private final int[] counts;

	private final boolean annualVolume;

	private final double participation;

	private Allotment(int[] counts, boolean annualVolume, double participation) {
		this.counts = counts;
		this.annualVolume = annualVolume;
		this.participation = participation;
	}

	/**
	 * {@code size} items over the sorts, {@code weights[sort]} each; a remainder goes to
	 * the largest fractions, the earlier sort first on a tie.
	 */
	static Allotment deal(int size, double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		int[] counts = new int[SORTS];
		double[] fractions = new double[SORTS];
		int dealt = 0;
		for (int sort = 0; sort < SORTS; sort++) {
			double quota = size * weights[sort] / total;
			counts[sort] = (int) Math.floor(quota);
			fractions[sort] = quota - counts[sort];
			dealt += counts[sort];
		}
		for (; dealt < size; dealt++) {
			int largest = 0;
			for (int sort = 1; sort < SORTS; sort++) {
				if (fractions[sort] > fractions[largest]) {
					largest = sort;
				}
			}
			counts[largest]++;
			fractions[largest] = -1;
		}
		return new Allotment(counts, false, 1);
	}

	int activitiesDealt() {
		return counts[ACTIVITIES];
	}

	/**
	 * The same items, the first part of its year: one of its publications is the year's
	 * volume of the literature-and-history series.
	 */
	Allotment first() {
		return new Allotment(counts, counts[PUBLICATIONS] > 0, participation);
	}

	/**
	 * The same items, whose activities hold {@code share} of the year's participation.
	 */
	Allotment participating(double share) {
		return new Allotment(counts, annualVolume, share);
	}

	@Override
	public int proposals(int members, Dice dice) {
		return counts[PROPOSALS];
	}

	@Override
	public int advisoryProposals(Dice dice) {
		return counts[ADVISORY_PROPOSALS];
	}

	@Override
	public int researchReports(Dice dice) {
		return counts[RESEARCH_REPORTS];
	}

	@Override
	public int plenarySpeeches(Dice dice) {
		return counts[PLENARY_SPEECHES];
	}

	@Override
	public int socialOpinions(int members, Dice dice) {
		return counts[SOCIAL_OPINIONS];
	}

	@Override
	public int activities(Dice dice) {
		return counts[ACTIVITIES];
	}

	@Override
	public double participation() {
		return participation;
	}

	@Override
	public boolean annualVolume() {
		return annualVolume;
	}

	@Override
	public int publications(double quality, Dice dice) {
		return counts[PUBLICATIONS] - (annualVolume ? 1 : 0);
	}

	@Override
	public int evaluations(Dice dice) {
		return counts[EVALUATIONS];
	}

}
