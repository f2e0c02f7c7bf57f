package org.sixrates.importing;

/**
 * The files of a large city for the tests and timings of big imports: committees
 * {@code C0}… of 2024, and records {@code R0}… spread over them and four kinds, every
 * column filled.
 */
final class LargeCity {

	private LargeCity() {
	}

	static String committees(int committees) {
		StringBuilder csv = new StringBuilder("code,name,type,year,members\n");
		for (int c = 0; c < committees; c++) {
			csv.append("C").append(c).append(",Committee ").append(c).append(",COUNTY,2024,100\n");
		}
		return csv.toString();
	}

	static String records(int records, int committees) {
		StringBuilder csv = new StringBuilder(
				"id,committee,year,kind,subtype,title,date,level,status,converted,satisfaction,quantity,score\n");
		String[] kinds = { "PROPOSAL", "ACTIVITY", "PUBLICATION", "FEEDBACK" };
		for (int r = 0; r < records; r++) {
			csv.append("R")
				.append(r)
				.append(",C")
				.append(r % committees)
				.append(",2024,")
				.append(kinds[r % kinds.length])
				.append(",INSPECTION,\"Title, number ")
				.append(r)
				.append("\",2024-05-01,CITY,COMPLETED,true,SATISFIED,")
				.append(r % 50)
				.append(',')
				.append(r % 101)
				.append('\n');
		}
		return csv.toString();
	}

}
