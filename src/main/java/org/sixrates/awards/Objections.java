package org.sixrates.awards;

import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.sixrates.db.Tables.OBJECTION;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sixrates.audit.AuditChange;
import org.sixrates.audit.AuditEvent;
import org.sixrates.audit.AuditJson;
import org.sixrates.audit.AuditTrail;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.security.Access;
import org.sixrates.security.Denied;
import org.sixrates.security.Role;
import org.sixrates.vocabulary.Texts;
import org.sixrates.web.Refused;
import org.sixrates.years.AssessmentYear;
import org.sixrates.years.YearState;
import org.sixrates.years.YearStates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections during publicity (DESIGN §7): a clerk lodges them for its own committee
 * while the year is publicized, the city office answers each, and the clerk reads the
 * answers. Both are audited.
 */
@Service
class Objections {

	static final int TEXT_LENGTH = 4000;

	private static final String FORM = "objection";

	private final DSLContext dsl;

	private final YearStates years;

	private final YearResults results;

	private final Clock clock;

	Objections(DSLContext dsl, YearStates years, YearResults results, Clock clock) {
		this.dsl = dsl;
		this.years = years;
		this.results = results;
		this.clock = clock;
	}

	/**
	 * The objections of {@code year} the user may read: the office every one, a clerk its
	 * committee's; a viewer none (403).
	 */
	@Transactional(readOnly = true)
	public List<Objection> list(int year) {
		var query = dsl.selectFrom(OBJECTION).where(OBJECTION.YEAR.eq(year));
		if (!Access.hasRole(Role.ADMIN)) {
			String own = Access.committeeScope().orElseThrow(() -> new Denied("objection.notYours"));
			query = query.and(OBJECTION.COMMITTEE.eq(own));
		}
		return query.orderBy(OBJECTION.ID).fetch(Objections::objection);
	}

	/** Lodges an objection of the signed-in clerk about its own committee. */
	@Transactional
	public Objection lodge(int year, String committee, String text, String rate, String records) {
		String own = Access.committeeScope()
			.filter(code -> Access.hasRole(Role.CLERK))
			.orElseThrow(() -> new Denied("objection.clerksOnly"));
		String about = (committee == null || committee.isBlank()) ? own : committee.strip();
		if (!about.equals(own)) {
			throw new Denied("objection.notYourCommittee", about);
		}
		AssessmentYear assessmentYear = years.find(dsl, year).orElseThrow(() -> Refused.notFound("year.unknown", year));
		if (assessmentYear.state() != YearState.PUBLICIZED) {
			throw new Refused(HttpStatus.CONFLICT,
					org.sixrates.vocabulary.Message.of("objection.notPublicized", year, assessmentYear.state()));
		}
		if (!dsl.fetchExists(COMMITTEE_YEAR, COMMITTEE_YEAR.YEAR.eq(year), COMMITTEE_YEAR.COMMITTEE.eq(own))) {
			throw new Refused(HttpStatus.CONFLICT,
					org.sixrates.vocabulary.Message.of("problem.notAssessed", own, year));
		}
		String body = required(text, "text");
		if (body.length() > TEXT_LENGTH) {
			throw new BadInputException(InputError.of(FORM, 0, 0, "text", body.substring(0, 40) + "…",
					"objection.tooLong", Integer.toString(TEXT_LENGTH)));
		}
		String rateId = blankless(rate);
		if (rateId != null && results.shown(year).map(shown -> shown.scheme().indexOf(rateId) < 0).orElse(true)) {
			throw new BadInputException(InputError.of(FORM, 0, 0, "rate", rateId, "objection.unknownRate"));
		}
		int version = results.currentSnapshot(year).map(Snapshot::version).orElse(0);
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		String by = Access.userName();
		long id = dsl.insertInto(OBJECTION)
			.set(OBJECTION.YEAR, year)
			.set(OBJECTION.COMMITTEE, own)
			.set(OBJECTION.SNAPSHOT_VERSION, version)
			.set(OBJECTION.RATE_ID, rateId)
			.set(OBJECTION.RECORD_IDS, Texts.cut(blankless(records), 2000))
			.set(OBJECTION.BODY, body)
			.set(OBJECTION.LODGED_BY, by)
			.set(OBJECTION.LODGED_AT, now)
			.returningResult(OBJECTION.ID)
			.fetchOne(OBJECTION.ID);
		Objection lodged = find(id).orElseThrow();
		audit(AuditEvent.Action.OBJECTION, lodged, null, by, null);
		return lodged;
	}

	/** The office's answer to an objection. */
	@Transactional
	public Objection answer(int year, long id, Objection.Decision decision, String reply) {
		if (!Access.hasRole(Role.ADMIN)) {
			throw new Denied("objection.officeAnswers");
		}
		Objection before = find(id).filter(objection -> objection.year() == year)
			.orElseThrow(() -> Refused.notFound("objection.unknown", year, Long.toString(id)));
		if (decision == null) {
			throw new BadInputException(InputError.of(FORM, 0, 0, "decision", "", "objection.decision.expected"));
		}
		String text = required(reply, "reply");
		String by = Access.userName();
		dsl.update(OBJECTION)
			.set(OBJECTION.DECISION, decision.name())
			.set(OBJECTION.REPLY, Texts.cut(text, TEXT_LENGTH))
			.set(OBJECTION.ANSWERED_BY, by)
			.set(OBJECTION.ANSWERED_AT, clock.instant().atOffset(ZoneOffset.UTC))
			.where(OBJECTION.ID.eq(id))
			.execute();
		Objection after = find(id).orElseThrow();
		audit(AuditEvent.Action.ANSWER, after, before, by, text);
		return after;
	}

	private Optional<Objection> find(long id) {
		return dsl.selectFrom(OBJECTION).where(OBJECTION.ID.eq(id)).fetchOptional(Objections::objection);
	}

	private void audit(AuditEvent.Action action, Objection after, Objection before, String by, String reason) {
		new AuditTrail(dsl).write(
				new AuditEvent(clock.instant(), by, action, AuditEvent.Subject.YEARS, after.committee(), null, null,
						(before == null) ? 1 : 0, (before == null) ? 0 : 1, reason),
				List.of(new AuditChange(AuditChange.OBJECTION, after.committee(), Long.toString(after.id()),
						(before == null) ? null : json(before), json(after))));
	}

	private static String json(Objection objection) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("year", objection.year());
		fields.put("version", objection.version());
		fields.put("rate", objection.rate());
		fields.put("records", objection.records());
		fields.put("text", objection.text());
		fields.put("decision", (objection.decision() == null) ? null : objection.decision().name());
		fields.put("reply", objection.reply());
		return AuditJson.of(fields);
	}

	private static String required(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new BadInputException(InputError.of(FORM, 0, 0, field, "", "objection." + field + ".expected"));
		}
		return text.strip();
	}

	private static String blankless(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static Objection objection(Record row) {
		var o = OBJECTION;
		OffsetDateTime answered = row.get(o.ANSWERED_AT);
		String decision = row.get(o.DECISION);
		return new Objection(row.get(o.ID), row.get(o.YEAR), row.get(o.COMMITTEE), row.get(o.SNAPSHOT_VERSION),
				row.get(o.RATE_ID), row.get(o.RECORD_IDS), row.get(o.BODY), row.get(o.LODGED_BY),
				row.get(o.LODGED_AT).toInstant(), (decision == null) ? null : Objection.Decision.valueOf(decision),
				row.get(o.REPLY), row.get(o.ANSWERED_BY), (answered == null) ? null : answered.toInstant());
	}

}
