package org.sixrates.records;

import static org.sixrates.db.Tables.TALLY_CELL;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.ASSESSMENT_YEAR;
import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.db.Tables.EVIDENCE;
import static org.sixrates.db.Tables.RECORD_CHANGE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import org.jooq.DSLContext;
import org.sixrates.importing.Importer;
import org.sixrates.years.YearState;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two committees, LC (鹿城区) and RA (瑞安市), assessed in 2023, 2024 and 2025, every year
 * open; LC's records imported by the office, so approved:
 *
 * <pre>
 * id  year kind      subtype     date        status  quantity
 * P1  2024 PROPOSAL  -           2024-03-05  FILED   0
 * A1  2024 ACTIVITY  INSPECTION  2023-12-20  FILED   30
 * </pre>
 *
 * and an empty audit trail; and the users who ask.
 */
final class FormCity {

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	static final RequestPostProcessor CLERK_LC = clerk("LC");

	static final RequestPostProcessor CLERK_RA = clerk("RA");

	static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");

	private FormCity() {
	}

	static void reset(DSLContext dsl, Importer importer) {
		dsl.deleteFrom(EVIDENCE).execute();
		dsl.deleteFrom(RECORD_CHANGE).execute();
		dsl.deleteFrom(ACTIVITY_RECORD).execute();
		dsl.deleteFrom(TALLY_CELL).execute();
		importer.importCommittees("committees.csv", """
				code,name,type,year,members
				LC,鹿城区,DISTRICT,2023,110
				LC,鹿城区,DISTRICT,2024,120
				LC,鹿城区,DISTRICT,2025,120
				RA,瑞安市,CITY_COUNTY,2024,150
				""".getBytes(StandardCharsets.UTF_8), "office");
		dsl.update(ASSESSMENT_YEAR).set(ASSESSMENT_YEAR.STATE, YearState.OPEN.name()).execute();
		importer.importRecords("records.csv", """
				id,committee,year,kind,subtype,title,date,status,quantity
				P1,LC,2024,PROPOSAL,,关于养老服务的提案,2024-03-05,FILED,
				A1,LC,2024,ACTIVITY,INSPECTION,视察城区防汛工作,2023-12-20,,30
				""".getBytes(StandardCharsets.UTF_8), "office");
		dsl.deleteFrom(AUDIT_CHANGE).execute();
		dsl.deleteFrom(AUDIT_EVENT).execute();
	}

	private static RequestPostProcessor clerk(String committee) {
		return user("clerk-" + committee.toLowerCase(java.util.Locale.ROOT)).authorities(
				new SimpleGrantedAuthority("ROLE_CLERK"), new SimpleGrantedAuthority("COMMITTEE_" + committee));
	}

	/** Puts {@code year} in {@code state} as the office's moves would. */
	static void state(DSLContext dsl, int year, YearState state) {
		dsl.update(ASSESSMENT_YEAR)
			.set(ASSESSMENT_YEAR.STATE, state.name())
			.where(ASSESSMENT_YEAR.YEAR.eq(year))
			.execute();
	}

}
