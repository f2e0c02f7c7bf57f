package org.sixrates.importing;

import static org.sixrates.db.Tables.COMMITTEE;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jooq.DSLContext;
import org.sixrates.audit.AuditChange;
import org.sixrates.audit.AuditEvent;
import org.sixrates.audit.AuditTrail;
import org.sixrates.input.BadInputException;
import org.sixrates.input.ForeignRowsException;
import org.sixrates.input.InputError;
import org.sixrates.input.Sha256;
import org.sixrates.vocabulary.RecordField;

/**
 * Imports {@code committees.csv} and {@code records.csv} (DESIGN §2) for the command
 * line, the web and tests alike, and saves a record entered in a form. A file is read
 * whole and checked before anything is written; any error fails it with a
 * {@link BadInputException} listing them all. One file (or one edit) is one transaction,
 * its import-log entry and audit event included. Records are checked against the
 * committees and years already in the database, so a city imports its committees first. A
 * records import may be scoped to one committee (a clerk's): a row of any other committee
 * refuses the file with {@link ForeignRowsException}. Imports may run at the same time:
 * one that collides with another (both adding the same new committee) is run again, and
 * then finds the other's rows.
 */
public final class Importer {

	private final DSLContext dsl;

	private final Clock clock;

	public Importer(DSLContext dsl, Clock clock) {
		this.dsl = dsl;
		this.clock = clock;
	}

	/**
	 * Upserts committees (name, type) and their years (members), keyed by code and year.
	 */
	public ImportResult importCommittees(String fileName, byte[] content, String importedBy) {
		String file = ImportContent.COMMITTEES.fileName(fileName);
		String text = CsvText.decode(file, content).text();
		return Retries.onConflict(() -> dsl.transactionResult(transaction -> {
			DSLContext tx = transaction.dsl();
			List<CommitteeRow> rows = CommitteeFile.read(file, text, CommitteeDirectory.load(tx).codes());
			List<AuditChange> changes = new ArrayList<>();
			Counts counts = new CommitteeStore(tx).save(rows, changes);
			return logged(tx, file, content, importedBy, ImportContent.COMMITTEES, null, counts, changes);
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
		String file = ImportContent.RECORDS.fileName(fileName);
		String text = CsvText.decode(file, content).text();
		return Retries.onConflict(() -> dsl.transactionResult(transaction -> {
			DSLContext tx = transaction.dsl();
			List<RecordRow> rows = RecordFile.read(file, text, CommitteeDirectory.load(tx));
			if (committee != null) {
				checkScope(file, rows, committee);
			}
			List<AuditChange> changes = new ArrayList<>();
			Counts counts = new RecordStore(tx).save(rows, changes);
			return logged(tx, file, content, importedBy, ImportContent.RECORDS, committee, counts, changes);
		}));
	}

	/**
	 * Deletes a committee with its years and records, for the city office: every row goes
	 * to the audit trail with its fields before. Empty when there is no such committee.
	 */
	public Optional<Deletion> deleteCommittee(String code, String deletedBy) {
		return Retries.onConflict(() -> dsl.transactionResult(transaction -> {
			DSLContext tx = transaction.dsl();
			List<AuditChange> changes = new ArrayList<>();
			// the committee's row is locked first, so that no import adds to it meanwhile
			if (tx.fetchExists(tx.selectOne().from(COMMITTEE).where(COMMITTEE.CODE.eq(code)).forUpdate())) {
				int records = new RecordStore(tx).deleteAll(code, changes);
				int years = new CommitteeStore(tx).delete(code, changes);
				new AuditTrail(tx).write(new AuditEvent(clock.instant(), Objects.requireNonNull(deletedBy),
						AuditEvent.Action.DELETE, AuditEvent.Subject.COMMITTEES, code, null, null, 0, 0), changes);
				return Optional.of(new Deletion(code, years, records));
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
	 * Adds (when {@code id} is {@code null}, the id then being {@code fields.get("id")})
	 * or changes one record of {@code committee} from form fields named like the columns
	 * of {@code records.csv}, checked by the same rules as a file; errors name the field.
	 */
	public RecordRow saveRecord(String committee, String id, Map<String, String> fields, String editedBy) {
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
			List<AuditChange> changes = new ArrayList<>();
			Counts counts = new RecordStore(tx).save(rows, changes);
			new AuditTrail(tx).write(new AuditEvent(clock.instant(), Objects.requireNonNull(editedBy),
					creating ? AuditEvent.Action.CREATE : AuditEvent.Action.EDIT, AuditEvent.Subject.RECORDS, committee,
					null, null, counts.added(), counts.updated()), changes);
			return rows.get(0);
		});
	}

	private static void checkScope(String file, List<RecordRow> rows, String committee) {
		List<InputError> foreign = rows.stream()
			.filter(row -> !row.committee().equals(committee))
			.map(row -> InputError.of(file, row.line(), 0, RecordField.COMMITTEE.key(), row.committee(),
					"input.foreign", committee))
			.toList();
		if (!foreign.isEmpty()) {
			throw new ForeignRowsException(foreign);
		}
	}

	private ImportResult logged(DSLContext tx, String file, byte[] content, String importedBy, ImportContent kind,
			String committee, Counts counts, List<AuditChange> changes) {
		String sha256 = Sha256.hex(content);
		String by = Objects.requireNonNull(importedBy, "importedBy");
		new ImportLog(tx).append(by, clock.instant(), file, kind, sha256, counts);
		new AuditTrail(tx).write(new AuditEvent(clock.instant(), by, AuditEvent.Action.IMPORT, kind.subject(),
				committee, file, sha256, counts.added(), counts.updated()), changes);
		return new ImportResult(file, sha256, counts.added(), counts.updated());
	}

}
