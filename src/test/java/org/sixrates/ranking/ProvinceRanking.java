package org.sixrates.ranking;

import java.nio.charset.StandardCharsets;

import org.sixrates.importing.Importer;

/**
 * A province's ranking of 3 000 committees, written so that every figure is worked out by
 * hand. Committee {@code i} (1 … 3 000) is {@code C0001} … {@code C3000}, named 云岭0001县政协
 * …, with 1 000 members in 2024 and three records: a proposal completed (completion 1/1),
 * a news report published at city level (publication 1/1) and an inspection with
 * {@code 3001 − i} members taking part (activity (3001 − i) / 4 000). Nothing is
 * endorsed, converted or evaluated: endorsement and conversion 0, contribution the mean
 * of no committee, 0. Under the default scheme the score is 100 · (0.20 · 1 + 0.15 ·
 * (3001 − i) / 4000 + 0.15 · 1) = 35 + 0.00375 · (3001 − i): C0001 46.25, C0051 35 +
 * 11.0625 = 46.0625 → 46.06, C0100 45.87875 → 45.88, C3000 35.00375 → 35.00. The scores
 * are all different, so committee {@code i} ranks {@code i}.
 */
public final class ProvinceRanking {

	public static final int COMMITTEES = 3000;

	private ProvinceRanking() {
	}

	public static String code(int i) {
		return "C%04d".formatted(i);
	}

	public static String name(int i) {
		return "云岭%04d县政协".formatted(i);
	}

	/** Imports the province once into the application's database. */
	public static void load(Importer importer) {
		StringBuilder committees = new StringBuilder("code,name,type,year,members\n");
		StringBuilder records = new StringBuilder("id,committee,year,kind,subtype,title,level,status,quantity\n");
		for (int i = 1; i <= COMMITTEES; i++) {
			committees.append(code(i)).append(',').append(name(i)).append(",COUNTY,2024,1000\n");
			records.append("P,").append(code(i)).append(",2024,PROPOSAL,,提案,,COMPLETED,\n");
			records.append("N,").append(code(i)).append(",2024,PUBLICATION,NEWS,报道,CITY,,\n");
			records.append("A,")
				.append(code(i))
				.append(",2024,ACTIVITY,INSPECTION,视察,,,")
				.append(COMMITTEES + 1 - i)
				.append('\n');
		}
		importer.importCommittees("committees.csv", committees.toString().getBytes(StandardCharsets.UTF_8), "office");
		importer.importRecords("records.csv", records.toString().getBytes(StandardCharsets.UTF_8), "office");
	}

}
