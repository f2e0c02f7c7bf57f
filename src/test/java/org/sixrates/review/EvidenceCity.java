package org.sixrates.review;

import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.db.Tables.EVIDENCE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import org.jooq.DSLContext;
import org.sixrates.importing.Importer;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two committees, LC and RA, with a record each (P1 and R1), no evidence and an empty
 * audit trail; and the users who ask for their evidence.
 */
final class EvidenceCity {

	static final RequestPostProcessor CLERK_LC = clerk("LC");

	static final RequestPostProcessor CLERK_RA = clerk("RA");

	static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private EvidenceCity() {
	}

	static void reset(DSLContext dsl, Importer importer) {
		dsl.deleteFrom(EVIDENCE).execute();
		importer.importCommittees("committees.csv", """
				code,name,type,year,members
				LC,鹿城区,DISTRICT,2024,120
				RA,瑞安市,CITY_COUNTY,2024,150
				""".getBytes(StandardCharsets.UTF_8), "office");
		importer.importRecords("records.csv", """
				id,committee,year,kind,title
				P1,LC,2024,PROPOSAL,关于养老服务的提案
				R1,RA,2024,PROPOSAL,关于河道治理的提案
				""".getBytes(StandardCharsets.UTF_8), "office");
		dsl.deleteFrom(AUDIT_CHANGE).execute();
		dsl.deleteFrom(AUDIT_EVENT).execute();
	}

	private static RequestPostProcessor clerk(String committee) {
		return user("clerk-" + committee.toLowerCase(java.util.Locale.ROOT)).authorities(
				new SimpleGrantedAuthority("ROLE_CLERK"), new SimpleGrantedAuthority("COMMITTEE_" + committee));
	}

}
