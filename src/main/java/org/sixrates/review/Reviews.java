package org.sixrates.review;

import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;
import static org.sixrates.db.Tables.EVIDENCE;
import static org.sixrates.db.Tables.RECORD_CHANGE;
import static org.sixrates.db.Tables.REPORTING;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.sixrates.audit.AuditChange;
import org.sixrates.audit.AuditEvent;
import org.sixrates.audit.AuditTrail;
import org.sixrates.importing.RecordTable;
import org.sixrates.importing.RowJson;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.rules.FilterField;
import org.sixrates.rules.Scheme;
import org.sixrates.system.RecentResults;
import org.sixrates.tallies.CellCounts;
import org.sixrates.tallies.KeptCube;
import org.sixrates.tallies.TallyRepository;
import org.sixrates.security.Access;
import org.sixrates.security.Denied;
import org.sixrates.security.Role;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Review;
import org.sixrates.vocabulary.Values;
import org.sixrates.web.Refused;
import org.sixrates.years.YearStates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city office's review of what the committees report (DESIGN §8): the queue, the
 * decisions, and the clerks' declarations of complete reporting. Approving a clerk's
 * change puts it in force in place of the approved version; returning it leaves the
 * approved version in force. Every decision is one audit event, in the transaction that
 * makes it, and follows the year's rules: a closed year's decisions need a reason, a
 * published year's are refused.
 */
@Service
public class Reviews {

	/** The name errors of a decision carry in place of a file name. */
	private static final String FORM = "review";

	private final DSLContext dsl;

	private final YearStates years;

	private final Scheme scheme;

	private final Clock clock;

	private final TallyRepository tallies;

	/**
	 * What waits for review, by year and state of the data: the ranking page shows it on
	 * every view, and counting it reads the whole year's records.
	 */
	private final RecentResults<List<Long>, Map<String, Waiting>> recentWaiting = new RecentResults<>(16);

	Reviews(DSLContext dsl, YearStates years, Scheme scheme, Clock clock, TallyRepository tallies) {
		this.dsl = dsl;
		this.tallies = tallies;
		this.years = years;
		this.scheme = scheme;
		this.clock = clock;
	}

	/**
	 * The records in {@code state} (PENDING, RETURNED or APPROVED) that the user may see:
	 * the office every committee's, a clerk its own; a viewer none (403). A pending or
	 * returned state lists new records and changes to approved ones alike.
	 * @param committee {@code null} for every committee the user may see
	 */
	@Transactional(readOnly = true)
	public List<ReviewEntry> list(Review state, String committee, Integer year, Kind kind) {
		String scope = scope(committee);
		List<ReviewEntry> entries = new ArrayList<>();
		Map<String, Integer> evidence = evidenceCounts(scope);
		Map<String, String> names = dsl.select(COMMITTEE.CODE, COMMITTEE.NAME)
			.from(COMMITTEE)
			.fetchMap(COMMITTEE.CODE, COMMITTEE.NAME);
		var r = ACTIVITY_RECORD;
		Condition records = r.REVIEW.eq(state.name());
		if (scope != null) {
			records = records.and(r.COMMITTEE.eq(scope));
		}
		if (year != null) {
			records = records.and(r.YEAR.eq(year));
		}
		if (kind != null) {
			records = records.and(r.KIND.eq(kind.name()));
		}
		dsl.selectFrom(r)
			.where(records)
			.orderBy(r.COMMITTEE, r.YEAR, r.ID)
			.forEach(row -> entries.add(new ReviewEntry(row.getCommittee(), names.get(row.getCommittee()), row.getId(),
					row.getYear(), Kind.valueOf(row.getKind()), row.getTitle(), state, row.getReviewReason(), false,
					evidence.getOrDefault(key(row.getCommittee(), row.getId()), 0), null, null)));
		if (state != Review.APPROVED) {
			var c = RECORD_CHANGE;
			Condition changes = c.REVIEW.eq(state.name());
			if (scope != null) {
				changes = changes.and(c.COMMITTEE.eq(scope));
			}
			if (year != null) {
				changes = changes.and(c.YEAR.eq(year));
			}
			if (kind != null) {
				changes = changes.and(c.KIND.eq(kind.name()));
			}
			dsl.selectFrom(c)
				.where(changes)
				.orderBy(c.COMMITTEE, c.YEAR, c.ID)
				.forEach(row -> entries.add(new ReviewEntry(row.getCommittee(), names.get(row.getCommittee()),
						row.getId(), row.getYear(), Kind.valueOf(row.getKind()), row.getTitle(), state,
						row.getReviewReason(), true, evidence.getOrDefault(key(row.getCommittee(), row.getId()), 0),
						row.getSubmittedBy(), row.getSubmittedAt().toInstant())));
		}
		entries.sort(Comparator.comparing(ReviewEntry::committee)
			.thenComparingInt(ReviewEntry::year)
			.thenComparing(ReviewEntry::id));
		return entries;
	}

	/**
	 * Approves each record's pending version: a pending new record, or a pending change
	 * to an approved record, which then replaces it. Refused whole, listing every record,
	 * when one is not pending or needs evidence it does not have.
	 */
	@Transactional
	public int approve(List<ReviewKey> keys, String reason) {
		checkOffice();
		List<Pending> pending = pending(keys);
		List<InputError> errors = new ArrayList<>();
		for (Pending record : pending) {
			if (scheme.evidence() != null && scheme.evidence().matches(field -> value(field, record.version()))
					&& !hasEvidence(record.key())) {
				errors.add(InputError.of(FORM, 0, 0, "records", record.key().toString(), "review.evidenceNeeded"));
			}
		}
		if (!errors.isEmpty()) {
			throw new BadInputException(errors);
		}
		years.admit(dsl, yearsOf(pending), true, reason);
		List<AuditChange> changes = new ArrayList<>();
		CellCounts cells = new CellCounts();
		for (Pending record : pending) {
			Values<RecordField> approved = record.version().with(RecordField.REVIEW, Review.APPROVED);
			put(approved);
			cells.subtract(record.inForce());
			cells.add(approved);
			changes.add(new AuditChange(AuditChange.RECORD, record.key().committee(), record.key().id(),
					RowJson.of(record.inForce()), RowJson.of(approved)));
			if (record.change()) {
				dsl.deleteFrom(RECORD_CHANGE)
					.where(RECORD_CHANGE.COMMITTEE.eq(record.key().committee()), RECORD_CHANGE.ID.eq(record.key().id()))
					.execute();
				changes.add(new AuditChange(AuditChange.RECORD_CHANGE, record.key().committee(), record.key().id(),
						RowJson.of(record.version()), null));
			}
		}
		new KeptCube(dsl).apply(cells);
		audit(AuditEvent.Action.APPROVE, pending, changes, reason, Access.userName());
		return pending.size();
	}

	/**
	 * Returns each record's pending version to its clerk with {@code reason}: a new
	 * record counts not at all, a change leaves the approved version in force.
	 */
	@Transactional
	public int returnToClerk(List<ReviewKey> keys, String reason) {
		checkOffice();
		return returnAs(keys, reason, Access.userName());
	}

	/**
	 * Returns records as {@code by} without a signed-in user: for the application itself,
	 * which shows the demo city with a record returned.
	 */
	@Transactional
	public int returnAs(List<ReviewKey> keys, String reason, String by) {
		if (reason == null || reason.isBlank()) {
			throw new BadInputException(InputError.of(FORM, 0, 0, "reason", "", "review.reason.needed"));
		}
		String why = reason.strip();
		List<Pending> pending = pending(keys);
		years.admit(dsl, yearsOf(pending), true, why);
		List<AuditChange> changes = new ArrayList<>();
		CellCounts cells = new CellCounts();
		for (Pending record : pending) {
			var table = record.change() ? RECORD_CHANGE : ACTIVITY_RECORD;
			dsl.update(table)
				.set(table.field(ACTIVITY_RECORD.REVIEW.getName(), String.class), Review.RETURNED.name())
				.set(table.field(ACTIVITY_RECORD.REVIEW_REASON.getName(), String.class), why)
				.where(table.field(ACTIVITY_RECORD.COMMITTEE.getName(), String.class).eq(record.key().committee()),
						table.field(ACTIVITY_RECORD.ID.getName(), String.class).eq(record.key().id()))
				.execute();
			Values<RecordField> returned = record.version().with(RecordField.REVIEW, Review.RETURNED);
			if (!record.change()) {
				cells.subtract(record.inForce());
				cells.add(returned);
			}
			changes.add(new AuditChange(record.change() ? AuditChange.RECORD_CHANGE : AuditChange.RECORD,
					record.key().committee(), record.key().id(), RowJson.of(record.version()), RowJson.of(returned)));
		}
		new KeptCube(dsl).apply(cells);
		audit(AuditEvent.Action.RETURN, pending, changes, why, by);
		return pending.size();
	}

	/** The clerk of {@code committee} declares its reporting of {@code year} complete. */
	@Transactional
	public ReportingStatus declare(int year, String committee) {
		String own = Access.committeeScope()
			.filter(code -> Access.hasRole(Role.CLERK))
			.orElseThrow(() -> new Denied("review.reporting.clerksOnly"));
		if (!own.equals(committee)) {
			throw new Denied("problem.notYourCommittee", committee);
		}
		if (!dsl.fetchExists(COMMITTEE_YEAR, COMMITTEE_YEAR.COMMITTEE.eq(committee), COMMITTEE_YEAR.YEAR.eq(year))) {
			throw Refused.notFound("problem.notAssessed", committee, year);
		}
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		String by = Access.userName();
		dsl.deleteFrom(REPORTING).where(REPORTING.COMMITTEE.eq(committee), REPORTING.YEAR.eq(year)).execute();
		dsl.insertInto(REPORTING)
			.set(REPORTING.COMMITTEE, committee)
			.set(REPORTING.YEAR, year)
			.set(REPORTING.DECLARED_BY, by)
			.set(REPORTING.DECLARED_AT, now)
			.execute();
		new AuditTrail(dsl).write(
				new AuditEvent(clock.instant(), by, AuditEvent.Action.REPORTED, AuditEvent.Subject.RECORDS, committee,
						null, null, 0, 1, null),
				List.of(new AuditChange(AuditChange.REPORTING, committee, Integer.toString(year), null,
						"{\"year\":" + year + "}")));
		return reporting(year).stream()
			.filter(status -> status.committee().equals(committee))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Each committee's reporting of {@code year} that the user may see: the office every
	 * committee's, a clerk its own.
	 */
	@Transactional(readOnly = true)
	public List<ReportingStatus> reporting(int year) {
		String scope = scope(null);
		var r = ACTIVITY_RECORD;
		Map<String, Map<String, Integer>> counts = new HashMap<>();
		dsl.select(r.COMMITTEE, r.REVIEW, DSL.count())
			.from(r)
			.where(r.YEAR.eq(year))
			.groupBy(r.COMMITTEE, r.REVIEW)
			.forEach(row -> counts.computeIfAbsent(row.value1(), code -> new HashMap<>())
				.put(row.value2(), row.value3()));
		Map<String, Integer> changes = dsl.select(RECORD_CHANGE.COMMITTEE, DSL.count())
			.from(RECORD_CHANGE)
			.where(RECORD_CHANGE.YEAR.eq(year), RECORD_CHANGE.REVIEW.eq(Review.PENDING.name()))
			.groupBy(RECORD_CHANGE.COMMITTEE)
			.fetchMap(RECORD_CHANGE.COMMITTEE, DSL.count());
		Condition committees = COMMITTEE_YEAR.YEAR.eq(year);
		if (scope != null) {
			committees = committees.and(COMMITTEE_YEAR.COMMITTEE.eq(scope));
		}
		return dsl.select(COMMITTEE_YEAR.COMMITTEE, COMMITTEE.NAME, REPORTING.DECLARED_BY, REPORTING.DECLARED_AT)
			.from(COMMITTEE_YEAR)
			.join(COMMITTEE)
			.on(COMMITTEE.CODE.eq(COMMITTEE_YEAR.COMMITTEE))
			.leftJoin(REPORTING)
			.on(REPORTING.COMMITTEE.eq(COMMITTEE_YEAR.COMMITTEE), REPORTING.YEAR.eq(COMMITTEE_YEAR.YEAR))
			.where(committees)
			.orderBy(COMMITTEE_YEAR.COMMITTEE)
			.fetch(row -> {
				Map<String, Integer> byState = counts.getOrDefault(row.value1(), Map.of());
				OffsetDateTime declared = row.value4();
				return new ReportingStatus(row.value1(), row.value2(), year,
						byState.getOrDefault(Review.PENDING.name(), 0), changes.getOrDefault(row.value1(), 0),
						byState.getOrDefault(Review.APPROVED.name(), 0),
						byState.getOrDefault(Review.RETURNED.name(), 0), row.value3(),
						(declared == null) ? null : declared.toInstant());
			});
	}

	/**
	 * What is still waiting for review in {@code year}, by committee: pending new
	 * records, pending changes of approved records and returned ones; committees with
	 * nothing waiting are left out. Counts only, which every reader of the ranking may
	 * see.
	 */
	public Map<String, Waiting> waiting(int year) {
		// the version read first: counts read after it are at least as new as it says
		return recentWaiting.get(List.of(tallies.version(), (long) year), () -> count(year));
	}

	private Map<String, Waiting> count(int year) {
		Map<String, int[]> counts = new HashMap<>();
		var r = ACTIVITY_RECORD;
		dsl.select(r.COMMITTEE, r.REVIEW, DSL.count())
			.from(r)
			.where(r.YEAR.eq(year), r.REVIEW.ne(Review.APPROVED.name()))
			.groupBy(r.COMMITTEE, r.REVIEW)
			.forEach(row -> counts.computeIfAbsent(row.value1(),
					code -> new int[3])[row.value2().equals(Review.PENDING.name()) ? 0 : 2] += row.value3());
		dsl.select(RECORD_CHANGE.COMMITTEE, DSL.count())
			.from(RECORD_CHANGE)
			.where(RECORD_CHANGE.YEAR.eq(year), RECORD_CHANGE.REVIEW.eq(Review.PENDING.name()))
			.groupBy(RECORD_CHANGE.COMMITTEE)
			.forEach(row -> counts.computeIfAbsent(row.value1(), code -> new int[3])[1] += row.value2());
		Map<String, Waiting> waiting = new HashMap<>();
		counts.forEach((code, count) -> waiting.put(code, new Waiting(count[0], count[1], count[2])));
		return Map.copyOf(waiting);
	}

	/** A committee's records still waiting for the city office, or returned to it. */
	public record Waiting(int pending, int changes, int returned) {

		/** Pending records and pending changes: what the office has yet to decide. */
		public int undecided() {
			return pending + changes;
		}

	}

	/** A record's version awaiting review, and the version in force beside it. */
	private record Pending(ReviewKey key, boolean change, Values<RecordField> version, Values<RecordField> inForce) {
	}

	/**
	 * The pending version of each key, every record locked; refused whole, listing each,
	 * when a record is unknown or has nothing pending.
	 */
	private List<Pending> pending(List<ReviewKey> keys) {
		if (keys == null || keys.isEmpty()) {
			throw new BadInputException(InputError.of(FORM, 0, 0, "records", "", "review.records.expected"));
		}
		List<Pending> pending = new ArrayList<>();
		List<InputError> errors = new ArrayList<>();
		for (ReviewKey key : new LinkedHashSet<>(keys)) {
			Record stored = dsl.select(RecordTable.columns())
				.from(ACTIVITY_RECORD)
				.where(ACTIVITY_RECORD.COMMITTEE.eq(key.committee()), ACTIVITY_RECORD.ID.eq(key.id()))
				.forUpdate()
				.fetchOne();
			if (stored == null) {
				errors.add(InputError.of(FORM, 0, 0, "records", key.toString(), "review.unknown"));
				continue;
			}
			Values<RecordField> inForce = RecordTable.values(stored);
			Record change = dsl.select(RecordTable.columnsIn(RECORD_CHANGE))
				.from(RECORD_CHANGE)
				.where(RECORD_CHANGE.COMMITTEE.eq(key.committee()), RECORD_CHANGE.ID.eq(key.id()),
						RECORD_CHANGE.REVIEW.eq(Review.PENDING.name()))
				.fetchOne();
			if (change != null) {
				pending.add(new Pending(key, true, RecordTable.values(change, RECORD_CHANGE), inForce));
			}
			else if (inForce.get(RecordField.REVIEW) == Review.PENDING) {
				pending.add(new Pending(key, false, inForce, inForce));
			}
			else {
				errors.add(InputError.of(FORM, 0, 0, "records", key.toString(), "review.notPending",
						inForce.get(RecordField.REVIEW, Review.class)));
			}
		}
		if (!errors.isEmpty()) {
			throw new BadInputException(errors);
		}
		return pending;
	}

	/** Writes {@code values} as the version in force of its record, clearing a reason. */
	private void put(Values<RecordField> values) {
		Object[] stored = RecordTable.stored(values);
		var update = dsl.update(ACTIVITY_RECORD).set(ACTIVITY_RECORD.REVIEW_REASON, (String) null);
		var columns = RecordTable.columns();
		Map<org.jooq.Field<?>, Object> assignments = new HashMap<>();
		for (int i = 0; i < columns.length; i++) {
			assignments.put(columns[i], stored[i]);
		}
		update.set(assignments)
			.where(ACTIVITY_RECORD.COMMITTEE.eq(values.text(RecordField.COMMITTEE)),
					ACTIVITY_RECORD.ID.eq(values.text(RecordField.ID)))
			.execute();
	}

	private void audit(AuditEvent.Action action, List<Pending> decided, List<AuditChange> changes, String reason,
			String by) {
		Set<String> committees = new HashSet<>();
		decided.forEach(record -> committees.add(record.key().committee()));
		String committee = (committees.size() == 1) ? committees.iterator().next() : null;
		new AuditTrail(dsl).write(
				new AuditEvent(clock.instant(), Access.userName(), action, AuditEvent.Subject.RECORDS, committee, null,
						null, 0, decided.size(), (reason == null || reason.isBlank()) ? null : reason.strip()),
				changes);
	}

	private static Set<Integer> yearsOf(List<Pending> pending) {
		Set<Integer> years = new HashSet<>();
		pending.forEach(record -> {
			years.add(record.version().get(RecordField.YEAR, Integer.class));
			years.add(record.inForce().get(RecordField.YEAR, Integer.class));
		});
		return years;
	}

	private boolean hasEvidence(ReviewKey key) {
		return EvidenceStore.hasEvidence(dsl, key.committee(), key.id());
	}

	private Map<String, Integer> evidenceCounts(String scope) {
		Map<String, Integer> counts = new HashMap<>();
		var query = dsl.select(EVIDENCE.COMMITTEE, EVIDENCE.RECORD_ID, DSL.count()).from(EVIDENCE);
		(scope == null ? query : query.where(EVIDENCE.COMMITTEE.eq(scope)))
			.groupBy(EVIDENCE.COMMITTEE, EVIDENCE.RECORD_ID)
			.forEach(row -> counts.put(key(row.value1(), row.value2()), row.value3()));
		return counts;
	}

	/**
	 * The committee a listing is limited to: the one asked for, or for a clerk its own
	 * (another's is 403); a viewer reads no review (403).
	 */
	private static String scope(String committee) {
		if (Access.hasRole(Role.ADMIN)) {
			return (committee == null || committee.isBlank()) ? null : committee.strip();
		}
		String own = Access.committeeScope()
			.filter(code -> Access.hasRole(Role.CLERK))
			.orElseThrow(() -> new Denied("review.forbidden"));
		if (committee != null && !committee.isBlank() && !committee.strip().equals(own)) {
			throw new Denied("problem.notYourCommittee", committee.strip());
		}
		return own;
	}

	private static void checkOffice() {
		if (!Access.hasRole(Role.ADMIN)) {
			throw new Denied("review.officeOnly");
		}
	}

	/** A record's value of a filter field in the canonical spelling of rules. */
	private static String value(FilterField field, Values<RecordField> record) {
		return switch (field) {
			case KIND -> record.text(RecordField.KIND);
			case SUBTYPE -> record.get(RecordField.SUBTYPE, String.class);
			case LEVEL -> record.text(RecordField.LEVEL);
			case STATUS -> record.text(RecordField.STATUS);
			case CONVERTED -> Objects.toString(record.get(RecordField.CONVERTED), "false");
			case SATISFACTION -> {
				String text = record.text(RecordField.SATISFACTION);
				yield (text == null || text.isEmpty()) ? null : text;
			}
		};
	}

	private static String key(String committee, String id) {
		return committee + '\n' + id;
	}

}
