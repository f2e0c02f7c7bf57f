package org.sixrates.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.sixrates.db.Tables.ASSESSMENT_YEAR;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.db.Tables.SNAPSHOT;
import static org.sixrates.db.Tables.SNAPSHOT_AWARD;
import static org.sixrates.db.Tables.SNAPSHOT_CELL;
import static org.sixrates.db.Tables.SNAPSHOT_COMMITTEE;
import static org.sixrates.db.Tables.SNAPSHOT_RATE;
import static org.sixrates.db.Tables.SNAPSHOT_RESULT;
import static org.sixrates.db.Tables.SNAPSHOT_WEIGHT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
import org.sixrates.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The moves of a year through the API: allowed ones audited with their reasons and the
 * snapshots they freeze; refused ones with a message, a 4xx and nothing changed; two
 * publishers at once; a failure half way through a snapshot; verification of a snapshot
 * and of one tampered with; the closing date.
 */
@AwardsTest
class YearMovesTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	static final RequestPostProcessor CLERK_JA = user("clerk-ja").authorities(new SimpleGrantedAuthority("ROLE_CLERK"),
			new SimpleGrantedAuthority("COMMITTEE_JA"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Importer importer;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void freshCity() {
		AwardCity.reset(dsl);
		AwardCity.load(importer);
	}

	@Test
	void aYearMovesThroughItsStatesEachMoveAuditedWithItsReason() throws Exception {
		move(2024, "CLOSED", "填报期结束").andExpect(status().isOk())
			.andExpect(jsonPath("$.year.state").value("CLOSED"))
			.andExpect(jsonPath("$.moves.length()").value(3));
		move(2024, "PUBLICIZED", "公示七天").andExpect(status().isOk())
			.andExpect(jsonPath("$.year.publicizedFrom").value("2026-01-05"))
			.andExpect(jsonPath("$.year.publicizedUntil").value("2026-01-11"))
			.andExpect(jsonPath("$.snapshots[0].version").value(1))
			.andExpect(jsonPath("$.snapshots[0].stage").value("PUBLICIZED"));
		move(2024, "PUBLISHED", "公示期满").andExpect(status().isOk())
			.andExpect(jsonPath("$.snapshots[0].supersededBy").value("admin"))
			.andExpect(jsonPath("$.snapshots[1].version").value(2))
			.andExpect(jsonPath("$.snapshots[1].stage").value("PUBLISHED"))
			.andExpect(jsonPath("$.snapshots[1].supersededAt").doesNotExist());
		assertThat(dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.REASON, AUDIT_EVENT.USERNAME)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.CONTENT.eq("YEARS"))
			.orderBy(AUDIT_EVENT.ID)
			.fetch(row -> row.value1() + " " + row.value2() + " " + row.value3()))
			.containsExactly("STATE 填报期结束 admin", "STATE 公示七天 admin", "STATE 公示期满 admin");
	}

	@Test
	void aRevocationKeepsItsSnapshotSupersededAndTheYearTakesChangesAgain() throws Exception {
		move(2024, "CLOSED", "截止");
		move(2024, "PUBLISHED", "发布").andExpect(status().isOk());
		move(2024, "CLOSED", "发现 JB 一条评价录入有误，撤回").andExpect(status().isOk())
			.andExpect(jsonPath("$.year.state").value("CLOSED"))
			.andExpect(jsonPath("$.snapshots[0].version").value(1))
			.andExpect(jsonPath("$.snapshots[0].supersededBy").value("admin"));
		// the revoked snapshot is still there, whole, and still reproduces
		mvc.perform(get("/api/snapshots/2024/1").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committees[0].code").value("JA"))
			.andExpect(jsonPath("$.committees[0].score").value(closeTo(83.5, 1e-9)));
		mvc.perform(post("/api/snapshots/2024/1/verify").with(ADMIN)).andExpect(jsonPath("$.reproduced").value(true));
		assertThat(dsl.fetchValue(AUDIT_EVENT.REASON,
				AUDIT_EVENT.ACTION.eq("STATE")
					.and(AUDIT_EVENT.ID.eq(dsl.select(org.jooq.impl.DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT)))))
			.isEqualTo("发现 JB 一条评价录入有误，撤回");

		// the office corrects with a reason and publishes again: version 2 says what
		// moved
		importer.importRecords("fix.csv", AwardCity.bytes("""
				id,committee,year,kind,score
				B24-5,JB,2024,FEEDBACK,60
				"""), "admin", null, "评价分数更正为 60");
		move(2024, "PUBLISHED", "更正后重新发布").andExpect(status().isOk());
		String changes = mvc.perform(get("/api/snapshots/2024/2/changes").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// JB: 39.5 → 100 · (0.2 + 0.075 + 0.12 − 0.03) = 36.5, the only change
		assertThat(changes).contains("\"committee\":\"JB\"", "\"aspect\":\"SCORE\"").doesNotContain("\"JA\"");
		assertThat(dsl.fetchCount(SNAPSHOT, SNAPSHOT.YEAR.eq(2024))).isEqualTo(2);
	}

	@Test
	void movesThatAreNotAllowedAreRefusedWithAMessageAndChangeNothing() throws Exception {
		move(2024, "PUBLISHED", "直接发布").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("The year 2024 is Open and cannot move to Published; it may move to: Closed"));
		move(2024, "CLOSED", "  ").andExpect(status().isBadRequest());
		mvc.perform(post("/api/years/2024/state").contentType("application/json")
			.content("{\"to\": \"CLOSED\", \"reason\": \"截止\"}")
			.with(CLERK_JA)).andExpect(status().isForbidden());
		move(2024, "NONSENSE", "理由").andExpect(status().isBadRequest());
		move(2031, "CLOSED", "理由").andExpect(status().isNotFound());
		mvc.perform(post("/api/snapshots/2024/7/verify").with(ADMIN))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("The year 2024 has no snapshot version 7"));
		move(2024, "CLOSED", "截止").andExpect(status().isOk());
		move(2024, "PUBLISHED", "发布").andExpect(status().isOk());
		move(2024, "OPEN", "重开").andExpect(status().isConflict());
		// none of the refused moves left a trace
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.CONTENT.eq("YEARS"))).isEqualTo(2);
		assertThat(dsl.fetchValue(ASSESSMENT_YEAR.STATE, ASSESSMENT_YEAR.YEAR.eq(2024))).isEqualTo("PUBLISHED");
		assertThat(dsl.fetchCount(SNAPSHOT)).isEqualTo(1);
	}

	@Test
	void aYearWithNoCommitteesIsNeitherPublicizedNorPublished() throws Exception {
		dsl.insertInto(ASSESSMENT_YEAR).set(ASSESSMENT_YEAR.YEAR, 2030).set(ASSESSMENT_YEAR.STATE, "CLOSED").execute();
		move(2030, "PUBLISHED", "发布").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("The year 2030 has no committees: there is nothing to publicize or publish"));
		assertThat(dsl.fetchCount(SNAPSHOT)).isZero();
	}

	@Test
	void twoAdminsPublishingAtOnceMakeExactlyOneSnapshot() throws Exception {
		move(2024, "CLOSED", "截止");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> outcomes = new ArrayList<>();
			Callable<Integer> publish = () -> move(2024, "PUBLISHED", "发布").andReturn().getResponse().getStatus();
			outcomes.add(pool.submit(publish));
			outcomes.add(pool.submit(publish));
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> outcome : outcomes) {
				statuses.add(outcome.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(dsl.fetchCount(SNAPSHOT)).isEqualTo(1);
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.REASON.eq("发布"))).isEqualTo(1);
	}

	@Test
	void aFailureHalfWayThroughASnapshotLeavesNoPartOfItAndTheYearAsItWas() throws Exception {
		move(2024, "CLOSED", "截止");
		long events = dsl.fetchCount(AUDIT_EVENT);
		// the awards' rows are written after every other part of the snapshot: make
		// them fail
		dsl.execute("alter table snapshot_award add constraint fails_for_the_test check (award <> 'notice')");
		try {
			move(2024, "PUBLISHED", "发布").andExpect(status().isInternalServerError());
		}
		finally {
			dsl.execute("alter table snapshot_award drop constraint fails_for_the_test");
		}
		for (Table<?> table : List.of(SNAPSHOT, SNAPSHOT_COMMITTEE, SNAPSHOT_CELL, SNAPSHOT_WEIGHT, SNAPSHOT_RESULT,
				SNAPSHOT_RATE, SNAPSHOT_AWARD)) {
			assertThat(dsl.fetchCount(table)).as(table.getName()).isZero();
		}
		assertThat(dsl.fetchValue(ASSESSMENT_YEAR.STATE, ASSESSMENT_YEAR.YEAR.eq(2024))).isEqualTo("CLOSED");
		assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(events);
		move(2024, "PUBLISHED", "发布").andExpect(status().isOk());
		assertThat(dsl.fetchCount(SNAPSHOT)).isEqualTo(1);
	}

	@Test
	void verifyReproducesASnapshotBitForBitAndNamesWhatWasTamperedWith() throws Exception {
		move(2024, "CLOSED", "截止");
		move(2024, "PUBLISHED", "发布");
		mvc.perform(post("/api/snapshots/2024/1/verify").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reproduced").value(true))
			.andExpect(jsonPath("$.differences.length()").value(0));
		// one more unfinished proposal of JA stored in the snapshot's cells than there
		// was: its completion 1/2 becomes 1/3, below the veto floor 0.5
		int changed = dsl.update(SNAPSHOT_CELL)
			.set(SNAPSHOT_CELL.RECORDS, SNAPSHOT_CELL.RECORDS.plus(1))
			.where(SNAPSHOT_CELL.COMMITTEE.eq("JA"), SNAPSHOT_CELL.KIND.eq("PROPOSAL"),
					SNAPSHOT_CELL.STATUS.eq("FILED"))
			.execute();
		assertThat(changed).isEqualTo(1);
		mvc.perform(post("/api/snapshots/2024/1/verify").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reproduced").value(false))
			.andExpect(jsonPath("$.differences[?(@.committee == 'JA' && @.aspect == 'SCORE')]").exists())
			.andExpect(jsonPath("$.differences[?(@.committee == 'JA' && @.item == 'completion.denominator')].before")
				.value("2.0"))
			.andExpect(jsonPath("$.differences[?(@.committee == 'JA' && @.item == 'completion.denominator')].after")
				.value("3.0"))
			.andExpect(
					jsonPath("$.differences[?(@.committee == 'JA' && @.item == 'notice.won')].after").value("false"));
		// a stored result changed by its last bit is a difference too
		dsl.update(SNAPSHOT_CELL)
			.set(SNAPSHOT_CELL.RECORDS, SNAPSHOT_CELL.RECORDS.minus(1))
			.where(SNAPSHOT_CELL.COMMITTEE.eq("JA"), SNAPSHOT_CELL.KIND.eq("PROPOSAL"),
					SNAPSHOT_CELL.STATUS.eq("FILED"))
			.execute();
		double score = dsl.fetchValue(SNAPSHOT_RESULT.SCORE, SNAPSHOT_RESULT.COMMITTEE.eq("JA"));
		dsl.update(SNAPSHOT_RESULT)
			.set(SNAPSHOT_RESULT.SCORE, Math.nextUp(score))
			.where(SNAPSHOT_RESULT.COMMITTEE.eq("JA"))
			.execute();
		mvc.perform(post("/api/snapshots/2024/1/verify").with(ADMIN))
			.andExpect(jsonPath("$.reproduced").value(false))
			.andExpect(jsonPath("$.differences.length()").value(1))
			.andExpect(jsonPath("$.differences[0].committee").value("JA"))
			.andExpect(jsonPath("$.differences[0].aspect").value("SCORE"));
	}

	@Test
	void theClosingDateClosesTheYearByItselfOnItsDayInTheCity() throws Exception {
		mvc.perform(put("/api/years/2025/closing-date").contentType("application/json")
			.content("{\"closesOn\": \"2026-01-06\", \"reason\": \"按年度考评通知\"}")
			.with(ADMIN)).andExpect(status().isOk()).andExpect(jsonPath("$.year.state").value("OPEN"));
		// 2026-01-05 23:59 in the city: still open
		clock.advance(Duration.ofHours(13).plusMinutes(59));
		mvc.perform(get("/api/years/2025").with(ADMIN)).andExpect(jsonPath("$.year.state").value("OPEN"));
		// midnight in the city, 16:00 UTC: closed, by the system, with the date as its
		// reason
		clock.advance(Duration.ofMinutes(1));
		mvc.perform(get("/api/years/2025").with(ADMIN))
			.andExpect(jsonPath("$.year.state").value("CLOSED"))
			.andExpect(jsonPath("$.year.changedBy").value("system"));
		assertThat(dsl.fetchValue(AUDIT_EVENT.REASON,
				AUDIT_EVENT.ACTION.eq("STATE").and(AUDIT_EVENT.USERNAME.eq("system"))))
			.isEqualTo("填报截止日期 2026-01-06 已到，自动截止");
		mvc.perform(post("/api/records").contentType("text/csv")
			.content("id,committee,year,kind\nN1,JA,2025,PROPOSAL\n")
			.with(CLERK_JA)).andExpect(status().isForbidden());
	}

	private ResultActions move(int year, String to, String reason) throws Exception {
		return mvc.perform(post("/api/years/" + year + "/state").contentType("application/json")
			.content("{\"to\": \"" + to + "\", \"reason\": \"" + reason + "\"}")
			.with(ADMIN));
	}

}
