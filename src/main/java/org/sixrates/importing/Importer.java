package org.sixrates.importing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jooq.DSLContext;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;

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
		String file = nameOr(fileName, "committees.csv");
		String text = CsvText.decode(file, content).text();
		List<CommitteeRow> rows = CommitteeFile.read(file, text);
		return Retries.onConflict(() -> dsl.transactionResult(transaction -> {
			DSLContext tx = transaction.dsl();
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
		String file = nameOr(fileName, "records.csv");
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
		String recordId = creating ? fields.getOrDefault("id", "") : id;
		return dsl.transactionResult(transaction -> {
			DSLContext tx = transaction.dsl();
			boolean exists = RecordForm.stored(tx, committee, recordId.strip()).isPresent();
			if (creating == exists) {
				throw new BadInputException(new InputError(RecordForm.FILE, 0, 0, "id", recordId, creating
						? "an id that committee " + committee + " does not use yet" : "the id of a stored record"));
			}
			List<RecordRow> rows = RecordFile.read(RecordForm.FILE, RecordForm.csv(committee, recordId, fields),
					CommitteeDirectory.load(tx));
			List<AuditChange> changes = new ArrayList<>();
			Counts counts = new RecordStore(tx).save(rows, changes);
			new AuditWriter(tx).write(
					new AuditWriter.AuditEvent(clock.instant(), Objects.requireNonNull(editedBy),
							creating ? "CREATE" : "EDIT", ImportContent.RECORDS, committee, null, null, counts),
					changes);
			return rows.get(0);
		});
	}

	private static void checkScope(String file, List<RecordRow> rows, String committee) {
		List<InputError> foreign = rows.stream()
			.filter(row -> !row.committee().equalsIgnoreCase(committee))
			.map(row -> new InputError(file, row.line(), 0, "committee", row.committee(),
					"committee " + committee + " only: a clerk imports the records of its own committee"))
			.toList();
		if (!foreign.isEmpty()) {
			throw new ForeignRowsException(foreign);
		}
	}

	private ImportResult logged(DSLContext tx, String file, byte[] content, String importedBy, ImportContent kind,
			String committee, Counts counts, List<AuditChange> changes) {
		String sha256 = sha256(content);
		String by = Objects.requireNonNull(importedBy, "importedBy");
		new ImportLog(tx).append(by, clock.instant(), file, kind, sha256, counts);
		new AuditWriter(tx).write(
				new AuditWriter.AuditEvent(clock.instant(), by, "IMPORT", kind, committee, file, sha256, counts),
				changes);
		return new ImportResult(file, sha256, counts.added(), counts.updated());
	}

	private static String nameOr(String fileName, String fallback) {
		return fileName == null || fileName.isBlank() ? fallback : fileName.strip();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException everyJavaHasIt) {
			throw new IllegalStateException(everyJavaHasIt);
		}
	}

}
