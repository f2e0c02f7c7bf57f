package org.sixrates.years;

import static org.sixrates.db.Tables.ASSESSMENT_YEAR;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sixrates.audit.AuditChange;
import org.sixrates.audit.AuditEvent;
import org.sixrates.audit.AuditJson;
import org.sixrates.audit.AuditTrail;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.security.Denied;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Messages;
import org.sixrates.web.Refused;
import org.springframework.http.HttpStatus;

/**
 * Reads and moves the states of the assessment years (DESIGN §7), and decides who may
 * still change a year's records. Every method runs in the caller's transaction (the
 * {@code DSLContext} it is given), so that a move and its snapshot, or an import and the
 * check of its years, commit or fail together. A year's row is locked while it is checked
 * or moved: an import that found the year open commits before the year closes, and two
 * admins moving the same year at once are served one after the other, the second finding
 * the year already moved.
 */
public final class YearStates {

	/** The user named in the audit trail for what the closing date does by itself. */
	public static final String SYSTEM = "system";

	/** The city office's time zone unless {@code sixrates.zone} names another. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	private final Clock clock;

	private final ZoneId zone;

	public YearStates(Clock clock, ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	/** Today in the city office's time zone. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	/**
	 * Every year with a row, ascending; a year's row is made with its first committee.
	 */
	public List<AssessmentYear> all(DSLContext tx) {
		return tx.selectFrom(ASSESSMENT_YEAR).orderBy(ASSESSMENT_YEAR.YEAR).fetch(YearStates::year);
	}

	public Optional<AssessmentYear> find(DSLContext tx, int year) {
		return tx.selectFrom(ASSESSMENT_YEAR).where(ASSESSMENT_YEAR.YEAR.eq(year)).fetchOptional(YearStates::year);
	}

	/**
	 * Closes each open year whose closing date has come, audited as done by
	 * {@link #SYSTEM}; returns the years closed.
	 */
	public List<Integer> closeDue(DSLContext tx) {
		LocalDate today = today();
		// asked on every view of a year: a plain read first, the lock only when a year is
		// due
		if (!tx.fetchExists(ASSESSMENT_YEAR, ASSESSMENT_YEAR.STATE.eq(YearState.OPEN.name()),
				ASSESSMENT_YEAR.CLOSES_ON.le(today))) {
			return List.of();
		}
		List<Integer> due = tx.select(ASSESSMENT_YEAR.YEAR)
			.from(ASSESSMENT_YEAR)
			.where(ASSESSMENT_YEAR.STATE.eq(YearState.OPEN.name()), ASSESSMENT_YEAR.CLOSES_ON.le(today))
			.orderBy(ASSESSMENT_YEAR.YEAR)
			.forUpdate()
			.fetch(ASSESSMENT_YEAR.YEAR);
		for (int year : due) {
			AssessmentYear before = find(tx, year).orElseThrow();
			String reason = Message.of("year.closedByDate", before.closesOn().toString()).in(Messages.CHINESE);
			write(tx, before, YearState.CLOSED, null, null, SYSTEM, reason);
		}
		return due;
	}

	/**
	 * Moves {@code year} to {@code to}, audited with {@code reason}: refused with a 409
	 * and nothing changed when the year is not in a state that may move there, 404 when
	 * there is no such year, 400 without a reason. Publicity dates default to today and
	 * the six days after.
	 * @return the year before the move
	 */
	public AssessmentYear move(DSLContext tx, int year, YearState to, String reason, LocalDate from, LocalDate until,
			String by) {
		closeDue(tx);
		AssessmentYear before = locked(tx, year);
		if (!before.state().moves().contains(to)) {
			throw new Refused(HttpStatus.CONFLICT, Message.of("year.move.refused", year, before.state(), to,
					Messages.list(List.copyOf(before.state().moves()))));
		}
		String why = required(reason, year);
		LocalDate first = null;
		LocalDate last = null;
		if (to == YearState.PUBLICIZED) {
			first = (from != null) ? from : today();
			last = (until != null) ? until : first.plusDays(6);
			if (last.isBefore(first)) {
				throw new BadInputException(InputError.of(FORM, 0, 0, "until", last.toString(),
						"year.publicity.untilBeforeFrom", first.toString()));
			}
		}
		if ((to == YearState.PUBLICIZED || to == YearState.PUBLISHED)
				&& !tx.fetchExists(COMMITTEE_YEAR, COMMITTEE_YEAR.YEAR.eq(year))) {
			throw new Refused(HttpStatus.CONFLICT, Message.of("year.empty", year));
		}
		write(tx, before, to, first, last, by, why);
		return before;
	}

	/**
	 * Sets (or with {@code null} clears) the closing date of an open year, audited with
	 * {@code reason}.
	 */
	public void setClosingDate(DSLContext tx, int year, LocalDate closesOn, String reason, String by) {
		AssessmentYear before = locked(tx, year);
		if (before.state() != YearState.OPEN) {
			throw new Refused(HttpStatus.CONFLICT, Message.of("year.closingDate.notOpen", year, before.state()));
		}
		String why = required(reason, year);
		tx.update(ASSESSMENT_YEAR)
			.set(ASSESSMENT_YEAR.CLOSES_ON, closesOn)
			.where(ASSESSMENT_YEAR.YEAR.eq(year))
			.execute();
		AssessmentYear after = new AssessmentYear(year, before.state(), closesOn, before.publicizedFrom(),
				before.publicizedUntil(), before.changedAt(), before.changedBy());
		audit(tx, AuditEvent.Action.CLOSING_DATE, before, after, by, why);
		closeDue(tx);
	}

	/**
	 * Refuses a change of the records of {@code years} unless the user may make it: in an
	 * open year anyone allowed to edit the committee; in a closed or publicized year the
	 * city office only, with a reason (403 for a clerk, 400 for the office without one);
	 * in a published year nobody (403). Locks the years' rows until the transaction ends,
	 * so that no year closes under a change that found it open.
	 */
	public void admit(DSLContext tx, Collection<Integer> years, boolean office, String reason) {
		if (years.isEmpty()) {
			return;
		}
		closeDue(tx);
		List<AssessmentYear> rows = tx.selectFrom(ASSESSMENT_YEAR)
			.where(ASSESSMENT_YEAR.YEAR.in(new TreeSet<>(years)))
			.orderBy(ASSESSMENT_YEAR.YEAR)
			.forUpdate()
			.fetch(YearStates::year);
		for (AssessmentYear year : rows) {
			switch (year.state()) {
				case OPEN -> {
				}
				case CLOSED, PUBLICIZED -> {
					if (!office) {
						throw new Denied("year.refused.clerk", year.year(), year.state());
					}
					required(reason, year.year());
				}
				case PUBLISHED -> throw new Denied("year.refused.published", year.year());
			}
		}
	}

	/**
	 * Whether a change of {@code years} asks the office for a reason: one of them is
	 * closed or publicized.
	 */
	public boolean reasonNeeded(DSLContext tx, Collection<Integer> years) {
		return !years.isEmpty() && tx.fetchExists(ASSESSMENT_YEAR, ASSESSMENT_YEAR.YEAR.in(years),
				ASSESSMENT_YEAR.STATE.in(YearState.CLOSED.name(), YearState.PUBLICIZED.name()));
	}

	/** Adds the rows of years not seen before, open; years already there are kept. */
	public void ensure(DSLContext tx, Collection<Integer> years) {
		TreeSet<Integer> wanted = new TreeSet<>(years);
		if (wanted.isEmpty()) {
			return;
		}
		wanted.removeAll(tx.select(ASSESSMENT_YEAR.YEAR)
			.from(ASSESSMENT_YEAR)
			.where(ASSESSMENT_YEAR.YEAR.in(wanted))
			.fetch(ASSESSMENT_YEAR.YEAR));
		for (int year : wanted) {
			// two imports adding the same year: the second fails on the key and is run
			// again by the importer, then finds the year
			tx.insertInto(ASSESSMENT_YEAR)
				.set(ASSESSMENT_YEAR.YEAR, year)
				.set(ASSESSMENT_YEAR.STATE, YearState.OPEN.name())
				.execute();
		}
	}

	/** The name errors of a move's form give as their file. */
	private static final String FORM = "year";

	private static String required(String reason, int year) {
		if (reason == null || reason.isBlank()) {
			throw new BadInputException(InputError.of(FORM, 0, 0, "reason", "", "year.reason.needed", year));
		}
		return reason.strip();
	}

	private AssessmentYear locked(DSLContext tx, int year) {
		return tx.selectFrom(ASSESSMENT_YEAR)
			.where(ASSESSMENT_YEAR.YEAR.eq(year))
			.forUpdate()
			.fetchOptional(YearStates::year)
			.orElseThrow(() -> Refused.notFound("year.unknown", year));
	}

	private void write(DSLContext tx, AssessmentYear before, YearState to, LocalDate from, LocalDate until, String by,
			String reason) {
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		int moved = tx.update(ASSESSMENT_YEAR)
			.set(ASSESSMENT_YEAR.STATE, to.name())
			.set(ASSESSMENT_YEAR.PUBLICIZED_FROM, from)
			.set(ASSESSMENT_YEAR.PUBLICIZED_UNTIL, until)
			.set(ASSESSMENT_YEAR.CHANGED_AT, now)
			.set(ASSESSMENT_YEAR.CHANGED_BY, by)
			.where(ASSESSMENT_YEAR.YEAR.eq(before.year()), ASSESSMENT_YEAR.STATE.eq(before.state().name()))
			.execute();
		if (moved != 1) {
			throw new IllegalStateException("the year " + before.year() + " moved under a lock");
		}
		AssessmentYear after = new AssessmentYear(before.year(), to, before.closesOn(), from, until, now.toInstant(),
				by);
		audit(tx, AuditEvent.Action.STATE, before, after, by, reason);
	}

	private void audit(DSLContext tx, AuditEvent.Action action, AssessmentYear before, AssessmentYear after, String by,
			String reason) {
		new AuditTrail(tx).write(
				new AuditEvent(clock.instant(), Objects.requireNonNull(by), action, AuditEvent.Subject.YEARS, null,
						null, null, 0, 1, reason),
				List.of(new AuditChange(AuditChange.YEAR, "", Integer.toString(before.year()), json(before),
						json(after))));
	}

	/** The year's state and dates as the audit trail shows them. */
	private static String json(AssessmentYear year) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("state", year.state().name());
		fields.put("closesOn", Objects.toString(year.closesOn(), null));
		fields.put("publicizedFrom", Objects.toString(year.publicizedFrom(), null));
		fields.put("publicizedUntil", Objects.toString(year.publicizedUntil(), null));
		return AuditJson.of(fields);
	}

	private static AssessmentYear year(Record row) {
		var y = ASSESSMENT_YEAR;
		OffsetDateTime changed = row.get(y.CHANGED_AT);
		return new AssessmentYear(row.get(y.YEAR), YearState.valueOf(row.get(y.STATE)), row.get(y.CLOSES_ON),
				row.get(y.PUBLICIZED_FROM), row.get(y.PUBLICIZED_UNTIL), (changed == null) ? null : changed.toInstant(),
				row.get(y.CHANGED_BY));
	}

}
