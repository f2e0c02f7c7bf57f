package org.sixrates.importing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.jooq.DSLContext;
import org.sixrates.input.BadInputException;

/**
 * Imports {@code committees.csv} and {@code records.csv} (DESIGN §2) for the command line, the
 * web and tests alike. A file is read whole and checked before anything is written; any error
 * fails it with a {@link BadInputException} listing them all. One file is one transaction,
 * its import-log entry included. Records are checked against the committees and years already
 * in the database, so a city imports its committees first. Imports may run at the same time:
 * one that collides with another (both adding the same new committee) is run again, and then
 * finds the other's rows.
 */
public final class Importer {

	private final DSLContext dsl;

	private final Clock clock;

	public Importer(DSLContext dsl, Clock clock) {
		this.dsl = dsl;
		this.clock = clock;
	}

	/** Upserts committees (name, type) and their years (members), keyed by code and year. */
	public ImportResult importCommittees(String fileName, byte[] content, String importedBy) {
		String file = nameOr(fileName, "committees.csv");
		String text = CsvText.decode(file, content).text();
		List<CommitteeRow> rows = CommitteeFile.read(file, text);
		return Retries.onConflict(() -> dsl.transactionResult(transaction -> {
			DSLContext tx = transaction.dsl();
			Counts counts = new CommitteeStore(tx).save(rows);
			return logged(tx, file, content, importedBy, ImportContent.COMMITTEES, counts);
		}));
	}

	/** Upserts records keyed by committee and id; every field of a known record is replaced. */
	public ImportResult importRecords(String fileName, byte[] content, String importedBy) {
		String file = nameOr(fileName, "records.csv");
		String text = CsvText.decode(file, content).text();
		return Retries.onConflict(() -> dsl.transactionResult(transaction -> {
			DSLContext tx = transaction.dsl();
			List<RecordRow> rows = RecordFile.read(file, text, CommitteeDirectory.load(tx));
			Counts counts = new RecordStore(tx).save(rows);
			return logged(tx, file, content, importedBy, ImportContent.RECORDS, counts);
		}));
	}

	private ImportResult logged(DSLContext tx, String file, byte[] content, String importedBy, ImportContent kind,
			Counts counts) {
		String sha256 = sha256(content);
		new ImportLog(tx).append(Objects.requireNonNull(importedBy, "importedBy"), clock.instant(), file, kind, sha256,
				counts);
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
