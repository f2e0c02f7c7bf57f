package org.sixrates.awards;

import static org.sixrates.db.Tables.TALLY_CELL;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.ASSESSMENT_YEAR;
import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.sixrates.db.Tables.IMPORT_LOG;
import static org.sixrates.db.Tables.OBJECTION;
import static org.sixrates.db.Tables.SNAPSHOT;
import static org.sixrates.db.Tables.SNAPSHOT_AWARD;
import static org.sixrates.db.Tables.SNAPSHOT_CELL;
import static org.sixrates.db.Tables.SNAPSHOT_COMMITTEE;
import static org.sixrates.db.Tables.SNAPSHOT_EARLIER_AWARD;
import static org.sixrates.db.Tables.SNAPSHOT_EARLIER_YEAR;
import static org.sixrates.db.Tables.SNAPSHOT_RATE;
import static org.sixrates.db.Tables.SNAPSHOT_RESULT;
import static org.sixrates.db.Tables.SNAPSHOT_WEIGHT;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Table;

import org.sixrates.importing.Importer;

/**
 * A city of two committees over 2024 and 2025, scored by the default scheme
 * ({@code rules/six-rates.yaml}: weights 0.20, 0.20, 0.15, 0.15, 0.15, 0.15, no
 * normalization; {@code notice}: top 3, min_score 75, veto completion 0.5;
 * {@code plenary}: notice two years running). By hand:
 * <ul>
 * <li>JA 2024: endorsement 1 (one advisory proposal, national), completion 1/2 (P1 done,
 * P2 filed), conversion 2/3 (the advisory proposal and P1), activity 40 / (10 · 4) = 1,
 * publication 1, contribution 90 / 100 = 0.9; score 100 · (0.2 + 0.1 + 0.1 + 0.15 + 0.15
 * + 0.135) = 83.5. Completion 0.5 is not below the floor 0.5: eligible, and the only
 * eligible committee, so notice.</li>
 * <li>JA 2025: the same but P2 done too: completion 1, conversion 2/3; score 100 · (0.2 +
 * 0.2 + 0.1 + 0.15 + 0.15 + 0.135) = 93.5; notice, and with 2024's notice plenary.</li>
 * <li>JB both years: endorsement 0 (its advisory proposal reached no level), completion 1
 * (P1 done), conversion 0, activity 20 / 40 = 0.5, publication 0, contribution 0.8; score
 * 100 · (0.2 + 0.075 + 0.12) = 39.5: below 75, no award; rank 2.</li>
 * </ul>
 * The scheme {@link #STRICT_VETO} raises the completion floor to 0.9: JA's 2024 (0.5) is
 * then vetoed, its 2025 (1.0) is not.
 */
final class AwardCity {

	static final String COMMITTEES = """
			code,name,type,year,members
			JA,江岸区政协,DISTRICT,2024,10
			JA,江岸区政协,DISTRICT,2025,10
			JB,江北县政协,COUNTY,2024,10
			JB,江北县政协,COUNTY,2025,10
			""";

	static final String RECORDS = """
			id,committee,year,kind,subtype,title,level,status,converted,quantity,score
			A24-1,JA,2024,ADVISORY_PROPOSAL,,建议案,NATIONAL,,true,,
			A24-2,JA,2024,PROPOSAL,,提案一,,COMPLETED,true,,
			A24-3,JA,2024,PROPOSAL,,提案二,,FILED,false,,
			A24-4,JA,2024,ACTIVITY,INSPECTION,视察,,,,40,
			A24-5,JA,2024,PUBLICATION,NEWS,报道,CITY,,,,
			A24-6,JA,2024,FEEDBACK,,评价,,,,,90
			A25-1,JA,2025,ADVISORY_PROPOSAL,,建议案,NATIONAL,,true,,
			A25-2,JA,2025,PROPOSAL,,提案一,,COMPLETED,true,,
			A25-3,JA,2025,PROPOSAL,,提案二,,COMPLETED,false,,
			A25-4,JA,2025,ACTIVITY,INSPECTION,视察,,,,40,
			A25-5,JA,2025,PUBLICATION,NEWS,报道,CITY,,,,
			A25-6,JA,2025,FEEDBACK,,评价,,,,,90
			B24-1,JB,2024,ADVISORY_PROPOSAL,,建议案,,,false,,
			B24-2,JB,2024,PROPOSAL,,提案,,COMPLETED,false,,
			B24-3,JB,2024,ACTIVITY,INSPECTION,视察,,,,20,
			B24-4,JB,2024,PUBLICATION,NEWS,报道,,,,,
			B24-5,JB,2024,FEEDBACK,,评价,,,,,80
			B25-1,JB,2025,ADVISORY_PROPOSAL,,建议案,,,false,,
			B25-2,JB,2025,PROPOSAL,,提案,,COMPLETED,false,,
			B25-3,JB,2025,ACTIVITY,INSPECTION,视察,,,,20,
			B25-4,JB,2025,PUBLICATION,NEWS,报道,,,,,
			B25-5,JB,2025,FEEDBACK,,评价,,,,,80
			""";

	/** The default scheme with the completion floor of {@code notice} raised to 0.9. */
	static final String STRICT_VETO_FLOOR = "0.9";

	private AwardCity() {
	}

	/** Empties every table the city's tests write, children first. */
	static void reset(DSLContext dsl) {
		for (Table<?> table : List.of(OBJECTION, SNAPSHOT_AWARD, SNAPSHOT_RATE, SNAPSHOT_RESULT, SNAPSHOT_WEIGHT,
				SNAPSHOT_EARLIER_AWARD, SNAPSHOT_EARLIER_YEAR, SNAPSHOT_CELL, SNAPSHOT_COMMITTEE, SNAPSHOT,
				AUDIT_CHANGE, AUDIT_EVENT, IMPORT_LOG, ACTIVITY_RECORD, TALLY_CELL, COMMITTEE_YEAR, COMMITTEE,
				ASSESSMENT_YEAR)) {
			dsl.deleteFrom(table).execute();
		}
	}

	static void load(Importer importer) {
		importer.importCommittees("committees.csv", COMMITTEES.getBytes(StandardCharsets.UTF_8), "office");
		importer.importRecords("records.csv", RECORDS.getBytes(StandardCharsets.UTF_8), "office");
	}

	static byte[] bytes(String csv) {
		return csv.getBytes(StandardCharsets.UTF_8);
	}

}
