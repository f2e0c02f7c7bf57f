package org.sixrates.demo;

/**
 * How many items of each sort a committee makes in a year, asked at the moment the work
 * is made. The demo city draws them ({@link #DEMO}); a generated city of a given size
 * deals out an exact number of records ({@link Allotment}), so the same code makes the
 * items either way.
 */
interface Volume {

	/** The demo city's numbers, each drawn where the items are made. */
	Volume DEMO = new Volume() {

		@Override
		public int proposals(int members, Dice dice) {
			return Math.round(members * (float) dice.uniform(0.26, 0.36));
		}

		@Override
		public int advisoryProposals(Dice dice) {
			return dice.between(2, 4);
		}

		@Override
		public int researchReports(Dice dice) {
			return dice.between(4, 8);
		}

		@Override
		public int plenarySpeeches(Dice dice) {
			return dice.between(5, 9);
		}

		@Override
		public int socialOpinions(int members, Dice dice) {
			return Math.round(members * (float) dice.uniform(0.14, 0.22));
		}

		@Override
		public int activities(Dice dice) {
			return dice.between(14, 24);
		}

		@Override
		public double participation() {
			return 1;
		}

		@Override
		public boolean annualVolume() {
			return true;
		}

		@Override
		public int publications(double quality, Dice dice) {
			return dice.between(9, 17) + (int) Math.round(6 * quality);
		}

		@Override
		public int evaluations(Dice dice) {
			return dice.between(4, 7);
		}

	};

	int proposals(int members, Dice dice);

	int advisoryProposals(Dice dice);

	int researchReports(Dice dice);

	int plenarySpeeches(Dice dice);

	int socialOpinions(int members, Dice dice);

	int activities(Dice dice);

	/**
	 * The share of the year's members taking part that these activities hold: 1 when they
	 * are all of the year's, less when the year is made in parts.
	 */
	double participation();

	/**
	 * Whether the year's volume of the literature-and-history series is among the work.
	 */
	boolean annualVolume();

	/** Publications besides the annual volume. */
	int publications(double quality, Dice dice);

	int evaluations(Dice dice);

}
