package org.sixrates.demo;

import java.util.List;

import org.sixrates.vocabulary.CommitteeType;

/**
 * One committee of the demo city and the story its numbers tell: a latent strength (0
 * weak, 1 strong), a trend per year, and the odd bad year. The seed only adds noise
 * around the story, so the ranking keeps the shape a demo needs whatever the seed.
 *
 * @param place the short place name used in titles (澜东 for 澜东区)
 * @param members the number of members in 2024
 * @param strength the committee's quality in 2024, 0–1
 * @param trend the change in quality per year
 * @param backlogYear a year in which half its proposals were left unfinished, or 0
 * @param silentYear a year in which no evaluation of it came in, or 0
 * @param firstVolume the volume of its literature-and-history series published in 2023
 */
record Profile(String code, String place, CommitteeType type, int members, double strength, double trend,
		int backlogYear, int silentYear, int firstVolume) {

	/** 锦澜市 and the ten committees under it, in the order they are written. */
	static final List<Profile> CITY = List.of(
			new Profile("LANDONG", "澜东", CommitteeType.DISTRICT, 168, 0.88, 0.02, 2024, 0, 21),
			new Profile("LANXI", "澜西", CommitteeType.DISTRICT, 142, 0.55, 0.00, 0, 0, 17),
			new Profile("XINGANG", "新港", CommitteeType.DISTRICT, 121, 0.62, 0.10, 0, 0, 6),
			new Profile("JINHU", "锦湖", CommitteeType.DISTRICT, 135, 0.76, -0.06, 0, 0, 12),
			new Profile("YUNQI", "云栖", CommitteeType.COUNTY, 98, 0.45, 0.05, 0, 0, 9),
			new Profile("SHILIANG", "石梁", CommitteeType.COUNTY, 76, 0.25, 0.04, 0, 0, 14),
			new Profile("QINGHE", "青禾", CommitteeType.COUNTY, 88, 0.40, -0.03, 0, 2023, 11),
			new Profile("BAIXI", "白溪", CommitteeType.COUNTY, 64, 0.22, 0.07, 0, 0, 5),
			new Profile("LUMING", "鹿鸣", CommitteeType.CITY_COUNTY, 186, 0.93, 0.03, 0, 0, 28),
			new Profile("QUANLING", "泉岭", CommitteeType.CITY_COUNTY, 154, 0.70, 0.04, 0, 0, 19));

	/**
	 * The members in {@code year}: the roll changes a little from year to year as members
	 * join and leave, within 60 to 200.
	 */
	int membersIn(int year, Dice dice) {
		int drift = (year == 2024) ? 0 : dice.between(-6, 6);
		return Math.max(60, Math.min(200, members + drift));
	}

	/** 澜东区政协, 云栖县政协, 鹿鸣市政协. */
	String name() {
		return place + suffix() + "政协";
	}

	/** 区, 县 or 市: how the committee's own area is called (全区, 区委). */
	String suffix() {
		return switch (type) {
			case DISTRICT -> "区";
			case COUNTY -> "县";
			case CITY_COUNTY -> "市";
		};
	}

}
