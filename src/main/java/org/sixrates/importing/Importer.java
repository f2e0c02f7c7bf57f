package org.sixrates.importing;

import static org.sixrates.db.Tables.COMMITTEE;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.jooq.DSLContext;
import org.sixrates.audit.AuditChange;
import org.sixrates.audit.AuditEvent;
import org.sixrates.audit.AuditTrail;
import org.sixrates.input.BadInputException;
import org.sixrates.input.ForeignRowsException;
import org.sixrates.input.InputError;
import org.sixrates.security.Denied;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Review;
import org.sixrates.years.YearStates;

/**
 * Imports {@code committees.csv} and {@code records.csv} (DESIGN §2), as CSV or as the
 * first sheet of an {@code .xlsx} workbook, told apart by their content, for the command
 * line, the web and tests alike, and saves a record entered in a form. A file is checked
 * whole before anything is written; any error fails it with a {@link BadInputException}
 * listing them all. A records file is then read again and written 5 000 rows at a time,
 * so that no more of it is held than a batch (and where each id was, to find a second
 * line with one). A file comes as an {@link Upload}: spooled to disk by the web and the
 * API, read from there each time, so that memory stays flat in its size; bytes in memory
 * otherwise. One file (or one edit) is one transaction, its import-log entry and audit
 * event included. Records are checked against the committees and years already in the
 * database, so a city imports its committees first. A records import may be scoped to one
 * committee (a clerk's): a row of any other committee refuses the file with
 * {@link ForeignRowsException}. Imports may run at the same time: one that collides with
 * another (both adding the same new committee) is run again, and then finds the other's
 * rows.
 */
public final class Importer {

	/** How many rows of a records file are written at a time. */
	private static final int BATCH = 5_000;

	private final DSLContext dsl;

	private final Clock clock;

	private final YearStates years;

	private final boolean reviewRequired;

	/**
	 * An importer whose dates are the city's of the default time zone, Asia/Shanghai, and
	 * whose clerks' changes to approved records wait for review.
	 */
	public Importer(DSLContext dsl, Clock clock) {
		this(dsl, clock, new YearStates(clock, YearStates.DEFAULT_ZONE), true);
	}

	/**
	 * @param reviewRequired whether a clerk's change to an approved record waits beside
	 * it for review ({@code sixrates.review.required}), or replaces it at once
	 */
	public Importer(DSLContext dsl, Clock clock, YearStates years, boolean reviewRequired) {
		this.dsl = dsl;
		this.clock = clock;
		this.years = years;
		this.reviewRequired = reviewRequired;
	}

	/**
	 * Upserts committees (name, type) and their years (members), keyed by code and year.
	 */
	public ImportResult importCommittees(String fileName, byte[] content, String importedBy) {
		return importCommittees(fileName, content, importedBy, null);
	}

	/**
	 * Like {@link #importCommittees(String, byte[], String)}, with the city office's
	 * reason for a change of a closed year (DESIGN §7); a year seen for the first time is
	 * open.
	 */
	public ImportResult importCommittees(String fileName, byte[] content, String importedBy, String reason) {
		return importCommittees(Upload.of(fileName, content), importedBy, reason);
	}

	/**
	 * Like {@link #importCommittees(String, byte[], String, String)}, for a file the
	 * caller spooled ({@link Upload}), read from there and closed by the caller.
	 */
	public ImportResult importCommittees(Upload upload, String importedBy, String reason) {
		String file = ImportContent.COMMITTEES.fileName(upload);
		RowSource source = Workbooks.rows(file, upload);
		return Retries.onConflict(() -> dsl.transactionResult(transaction -> {
			DSLContext tx = transaction.dsl();
			List<CommitteeRow> rows = stage("read", "COMMITTEES")
				.record(() -> CommitteeFile.read(source, CommitteeDirectory.load(tx).codes()));
			years.ensure(tx, rows.stream().map(CommitteeRow::year).toList());
			List<AuditChange> changes = new ArrayList<>();
			Counts counts = stage("write", "COMMITTEES").record(() -> new CommitteeStore(tx).save(rows, changes));
			years.admit(tx, changedYears(changes), true, reason);
			return logged(tx, file, upload.sha256(), importedBy, ImportContent.COMMITTEES, null, counts, changes,
					reason);
		}));
	}

	/**
	 * Upserts records keyed by committee and id; every field of a known record is
	 * replaced.
	 */
	public ImportResult importRecords(String fileName, byte[] content, String importedBy) {
		return importRecords(fileName, content, importedBy, null);
	}

	/**
	 * Like {@link #importRecords(String, byte[], String)}, for the clerk of
	 * {@code committee}: the file is refused whole, with {@link ForeignRowsException}
	 * naming each line, when any of its rows is another committee's. {@code null} imports
	 * every committee's rows.
	 */
	public ImportResult importRecords(String fileName, byte[] content, String importedBy, String committee) {
		return importRecords(fileName, content, importedBy, committee, null);
	}

	/**
	 * Like {@link #importRecords(String, byte[], String, String)}, with the city office's
	 * reason for a change in a closed year. The years whose records the file adds or
	 * changes must take the change (DESIGN §7): a clerk ({@code committee} given) changes
	 * open years only, the office closed ones too with a reason, nobody a published one.
	 */
	public ImportResult importRecords(String fileName, byte[] content, String importedBy, String committee,
			String reason) {
		return importRecords(Upload.of(fileName, content), importedBy, committee, reason);
	}

	/**
	 * Like {@link #importRecords(String, byte[], String, String, String)}, for a file the
	 * caller spooled ({@link Upload}), read from there on both passes and closed by the
	 * caller.
	 */
	public ImportResult importRecords(Upload upload, String importedBy, String committee, String reason) {
		String file = ImportContent.RECORDS.fileName(upload);
		RowSource source = Workbooks.rows(file, upload);
		String by = Objects.requireNonNull(importedBy, "importedBy");
		String sha256 = upload.sha256();
		return Retries.onConflict(() -> dsl.transactionResult(transaction -> {
			DSLContext tx = transaction.dsl();
			CommitteeDirectory directory = CommitteeDirectory.load(tx);
			// the whole file checked first, keeping of it only where each id was and the
			// committees it names
			Set<String> committees = new HashSet<>();
			stage("read", "RECORDS").record(() -> {
				Map<String, Integer> lines = new HashMap<>();
				RecordFile.read(source, directory, committee,
						(code, id, line) -> lines.putIfAbsent(code + '\n' + id, line),
						row -> committees.add(row.committee()));
			});
			// then written a batch at a time, the file read again
			RecordStore store = new RecordStore(tx);
			store.planForNow();
			store.lock(committees);
			AuditTrail audit = new AuditTrail(tx);
			long event = audit.open(new AuditEvent(clock.instant(), by, AuditEvent.Action.IMPORT,
					ImportContent.RECORDS.subject(), committee, file, sha256, 0, 0, blankless(reason)));
			RecordStore.Writer writer = writer(committee == null, importedBy);
			Set<Integer> touched = new HashSet<>();
			List<RecordRow> batch = new ArrayList<>();
			int[] counts = new int[2];
			Runnable write = () -> {
				List<AuditChange> changes = new ArrayList<>();
				Counts written = store.save(batch, changes, false, touched, writer);
				audit.add(event, changes);
				counts[0] += written.added();
				counts[1] += written.updated();
				batch.clear();
			};
			stage("write", "RECORDS").record(() -> {
				RecordFile.read(source, directory, committee, (code, id, line) -> null, row -> {
					batch.add(row);
					if (batch.size() == BATCH) {
						write.run();
					}
				});
				write.run();
			});
			years.admit(tx, touched, committee == null, reason);
			Counts total = new Counts(counts[0], counts[1]);
			audit.counted(event, total.added(), total.updated());
			new ImportLog(tx).append(by, clock.instant(), file, ImportContent.RECORDS, sha256, total);
			return new ImportResult(file, sha256, total.added(), total.updated());
		}));
	}

	/**
	 * Deletes a committee with its years and records, for the city office: every row goes
	 * to the audit trail with its fields before. Empty when there is no such committee.
	 */
	public Optional<Deletion> deleteCommittee(String code, String deletedBy) {
		return deleteCommittee(code, deletedBy, null);
	}

	/**
	 * Like {@link #deleteCommittee(String, String)}, with the reason a committee assessed
	 * in a closed year needs; one assessed in a published year is not deleted.
	 */
	public Optional<Deletion> deleteCommittee(String code, String deletedBy, String reason) {
		return Retries.onConflict(() -> dsl.transactionResult(transaction -> {
			DSLContext tx = transaction.dsl();
			List<AuditChange> changes = new ArrayList<>();
			// the committee's row is locked first, so that no import adds to it meanwhile
			if (tx.fetchExists(tx.selectOne().from(COMMITTEE).where(COMMITTEE.CODE.eq(code)).forUpdate())) {
				int records = new RecordStore(tx).deleteAll(code, changes);
				int deleted = new CommitteeStore(tx).delete(code, changes);
				years.admit(tx, changedYears(changes), true, reason);
				new AuditTrail(tx)
					.write(new AuditEvent(clock.instant(), Objects.requireNonNull(deletedBy), AuditEvent.Action.DELETE,
							AuditEvent.Subject.COMMITTEES, code, null, null, 0, 0, blankless(reason)), changes);
				return Optional.of(new Deletion(code, deleted, records));
			}
			return Optional.<Deletion>empty();
		}));
	}

	/** What deleting a committee removed. */
	public record Deletion(String committee, int years, int records) {
	}

	/** A stored record's fields as a form shows them, or empty when there is none. */
	public Optional<Map<String, String>> record(String committee, String id) {
		return RecordForm.stored(dsl, committee, id);
	}

	/**
	 * A clerk's change waiting beside an approved record (DESIGN §8), as a form shows it,
	 * or empty when there is none.
	 */
	public Optional<Map<String, String>> pendingChange(String committee, String id) {
		return RecordForm.pending(dsl, committee, id);
	}

	/**
	 * Whether a clerk's change to an approved record waits for review
	 * ({@code sixrates.review.required}).
	 */
	public boolean reviewRequired() {
		return reviewRequired;
	}

	/** Whether there is a committee of code {@code code}. */
	public boolean hasCommittee(String code) {
		return dsl.fetchExists(COMMITTEE, COMMITTEE.CODE.eq(code));
	}

	/**
	 * Deletes record {@code id} of {@code committee} with its pending change and its
	 * evidence, audited with the fields of each before; empty when there is no such
	 * record. The record's years must take the change as for an edit (DESIGN §7): a clerk
	 * ({@code office} false) deletes in open years only, the office in closed ones too
	 * with a reason, nobody in a published one. With review required a clerk deletes only
	 * what the city has not approved (DESIGN §8): an approved record counts, and taking
	 * it out of the ranking is the office's decision, as editing it is.
	 * @return the record as it was
	 */
	public Optional<Map<String, String>> deleteRecord(String committee, String id, String deletedBy, boolean office,
			String reason) {
		return dsl.transactionResult(transaction -> {
			DSLContext tx = transaction.dsl();
			// the committee's row is locked first, as an import of its records locks it
			tx.select(COMMITTEE.CODE).from(COMMITTEE).where(COMMITTEE.CODE.eq(committee)).forUpdate().execute();
			Optional<Map<String, String>> stored = RecordForm.stored(tx, committee, id);
			if (stored.isEmpty()) {
				return stored;
			}
			Map<String, String> before = stored.get();
			if (!office && reviewRequired && Review.APPROVED.name().equals(before.get(RecordField.REVIEW.key()))) {
				throw new Denied("record.delete.approved", id, committee);
			}
			Set<Integer> touched = new HashSet<>();
			touched.add(Integer.valueOf(before.get(RecordField.YEAR.key())));
			RecordForm.pending(tx, committee, id)
				.ifPresent(change -> touched.add(Integer.valueOf(change.get(RecordField.YEAR.key()))));
			years.admit(tx, touched, office, reason);
			List<AuditChange> changes = new ArrayList<>();
			new RecordStore(tx).deleteOne(committee, id, changes);
			new AuditTrail(tx)
				.write(new AuditEvent(clock.instant(), Objects.requireNonNull(deletedBy), AuditEvent.Action.DELETE,
						AuditEvent.Subject.RECORDS, committee, null, null, 0, 0, blankless(reason)), changes);
			return stored;
		});
	}

	/**
	 * Adds (when {@code id} is {@code null}, the id then being {@code fields.get("id")})
	 * or changes one record of {@code committee} from form fields named like the columns
	 * of {@code records.csv}, checked by the same rules as a file; errors name the field.
	 */
	public RecordRow saveRecord(String committee, String id, Map<String, String> fields, String editedBy) {
		return saveRecord(committee, id, fields, editedBy, true, null);
	}

	/**
	 * Like {@link #saveRecord(String, String, Map, String)}, for the city office
	 * ({@code office}) or a clerk, with the office's reason for a change in a closed
	 * year.
	 */
	public RecordRow saveRecord(String committee, String id, Map<String, String> fields, String editedBy,
			boolean office, String reason) {
		boolean creating = id == null;
		String recordId = creating ? fields.getOrDefault(RecordField.ID.key(), "") : id;
		return dsl.transactionResult(transaction -> {
			DSLContext tx = transaction.dsl();
			boolean exists = RecordForm.stored(tx, committee, recordId.strip()).isPresent();
			if (creating == exists) {
				throw new BadInputException(creating
						? InputError.of(RecordForm.FILE, 0, 0, RecordField.ID.key(), recordId, "input.form.idTaken",
								committee)
						: InputError.of(RecordForm.FILE, 0, 0, RecordField.ID.key(), recordId, "input.form.idUnknown"));
			}
			List<RecordRow> rows = RecordFile.read(RecordForm.FILE, RecordForm.csv(committee, recordId, fields),
					CommitteeDirectory.load(tx));
			if (!office) {
				checkReview(RecordForm.FILE, rows);
			}
			List<AuditChange> changes = new ArrayList<>();
			Set<Integer> touched = new HashSet<>();
			Counts counts = new RecordStore(tx).save(rows, changes, true, touched, writer(office, editedBy));
			years.admit(tx, touched, office, reason);
			new AuditTrail(tx).write(new AuditEvent(clock.instant(), Objects.requireNonNull(editedBy),
					creating ? AuditEvent.Action.CREATE : AuditEvent.Action.EDIT, AuditEvent.Subject.RECORDS, committee,
					null, null, counts.added(), counts.updated(), blankless(reason)), changes);
			return rows.get(0);
		});
	}

	/**
	 * The timer of one stage of an import, {@code sixrates.import} tagged with the stage
	 * ({@code read}: parsing and checking the file; {@code write}: its rows, the kept
	 * cube's cells included, which {@code sixrates.cube.apply} also times on their own)
	 * and the content; in the application's registry, which Spring Boot binds to
	 * Micrometer's global one.
	 */
	private static Timer stage(String stage, String content) {
		return Timer.builder("sixrates.import")
			.description("Time of a stage of an import")
			.tag("stage", stage)
			.tag("content", content)
			.register(Metrics.globalRegistry);
	}

	private RecordStore.Writer writer(boolean office, String user) {
		return office ? RecordStore.Writer.OFFICE
				: new RecordStore.Writer(false, reviewRequired, Objects.requireNonNull(user), clock.instant());
	}

	/**
	 * A clerk's rows may say nothing of their review, or that they are pending: the city
	 * office reviews, never the committee itself.
	 */
	private static void checkReview(String file, List<RecordRow> rows) {
		List<InputError> errors = rows.stream().filter(row -> {
			Review review = row.values().get(RecordField.REVIEW, Review.class);
			return review != null && review != Review.PENDING;
		})
			.map(row -> InputError.of(file, row.line(), 0, RecordField.REVIEW.key(),
					row.values().text(RecordField.REVIEW), "input.review.clerk"))
			.toList();
		if (!errors.isEmpty()) {
			throw new BadInputException(errors);
		}
	}

	/** The years of the committee years among {@code changes}. */
	private static Set<Integer> changedYears(List<AuditChange> changes) {
		Set<Integer> changed = new HashSet<>();
		changes.stream()
			.filter(change -> change.entity().equals(AuditChange.COMMITTEE_YEAR))
			.forEach(change -> changed.add(Integer.parseInt(change.key())));
		return changed;
	}

	/** A reason as the audit trail keeps it: none rather than blank. */
	private static String blankless(String reason) {
		return (reason == null || reason.isBlank()) ? null : reason.strip();
	}

	private ImportResult logged(DSLContext tx, String file, String sha256, String importedBy, ImportContent kind,
			String committee, Counts counts, List<AuditChange> changes, String reason) {
		String by = Objects.requireNonNull(importedBy, "importedBy");
		new ImportLog(tx).append(by, clock.instant(), file, kind, sha256, counts);
		new AuditTrail(tx).write(new AuditEvent(clock.instant(), by, AuditEvent.Action.IMPORT, kind.subject(),
				committee, file, sha256, counts.added(), counts.updated(), blankless(reason)), changes);
		return new ImportResult(file, sha256, counts.added(), counts.updated());
	}

}
