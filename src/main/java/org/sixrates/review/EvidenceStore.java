package org.sixrates.review;

import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.EVIDENCE;

import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sixrates.audit.AuditChange;
import org.sixrates.audit.AuditEvent;
import org.sixrates.audit.AuditJson;
import org.sixrates.audit.AuditTrail;
import org.sixrates.input.Sha256;
import org.sixrates.web.Refused;

/**
 * The evidence files of records in {@code evidence}: added whole with the SHA-256 of
 * their bytes, listed without them, read and deleted by record and SHA-256. Every file
 * added or deleted is in the audit trail, written in the transaction of the change.
 * <p>
 * A record holds a given file once. The same bytes uploaded again to the same record (a
 * retry, a second click, the same scan under another name) store nothing and write no
 * audit event: the answer is the file already there, {@link Added#stored()} false.
 * <p>
 * This class checks files and records, not users: {@link RecordEvidence} decides who may
 * do what.
 */
public final class EvidenceStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final int ATTEMPTS = 3;

	private final DSLContext dsl;

	private final Clock clock;

	private final FileKinds kinds;

	public EvidenceStore(DSLContext dsl, Clock clock, FileKinds kinds) {
		this.dsl = dsl;
		this.clock = clock;
		this.kinds = kinds;
	}

	/** The files' checks, with the limit of their size. */
	public FileKinds kinds() {
		return kinds;
	}

	/**
	 * Adds a file to a record, or answers the one already there with the same bytes.
	 * @throws org.sixrates.input.BadInputException when {@link FileKinds} refuses the
	 * file; nothing is stored
	 * @throws Refused 404 when the record does not exist
	 */
	public Added add(String committee, String recordId, String fileName, byte[] bytes, String user) {
		FileKinds.Checked file = kinds.check(fileName, bytes);
		String sha256 = Sha256.hex(bytes);
		for (int attempt = 1;; attempt++) {
			try {
				return dsl.transactionResult(transaction -> add(transaction.dsl(), committee, recordId, sha256, file,
						Objects.requireNonNull(user)));
			}
			catch (RuntimeException failure) {
				// the same file uploaded twice at once: the second run finds the first's
				if (attempt == ATTEMPTS || !duplicate(failure)) {
					throw failure;
				}
			}
		}
	}

	private Added add(DSLContext tx, String committee, String recordId, String sha256, FileKinds.Checked file,
			String user) {
		if (!exists(tx, committee, recordId)) {
			throw Refused.notFound("problem.noRecord", committee, recordId);
		}
		Optional<EvidenceFile> there = find(tx, committee, recordId, sha256);
		if (there.isPresent()) {
			return new Added(there.get(), false);
		}
		tx.insertInto(EVIDENCE)
			.set(EVIDENCE.COMMITTEE, committee)
			.set(EVIDENCE.RECORD_ID, recordId)
			.set(EVIDENCE.SHA256, sha256)
			.set(EVIDENCE.FILE_NAME, file.fileName())
			.set(EVIDENCE.MEDIA_TYPE, file.kind().mediaType())
			.set(EVIDENCE.SIZE, (long) file.bytes().length)
			.set(EVIDENCE.CONTENT, file.bytes())
			.set(EVIDENCE.UPLOADED_BY, user)
			.set(EVIDENCE.UPLOADED_AT, clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
			.execute();
		EvidenceFile added = find(tx, committee, recordId, sha256).orElseThrow();
		audit(tx, AuditEvent.Action.EVIDENCE_ADDED, committee, recordId, added, null, json(added), user);
		return new Added(added, true);
	}

	/**
	 * What {@link #add} did.
	 *
	 * @param file the file on the record
	 * @param stored whether this call stored it; false when the record had it already
	 */
	public record Added(EvidenceFile file, boolean stored) {
	}

	/** A record's files in the order they were added, without their bytes. */
	public List<EvidenceFile> list(String committee, String recordId) {
		return dsl.select(listed())
			.from(EVIDENCE)
			.where(EVIDENCE.COMMITTEE.eq(committee), EVIDENCE.RECORD_ID.eq(recordId))
			.orderBy(EVIDENCE.ID)
			.fetch(EvidenceStore::file);
	}

	/** One file of a record with its bytes, or empty when the record has no such file. */
	public Optional<Content> read(String committee, String recordId, String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			return Optional.empty();
		}
		return dsl.select(listed())
			.select(EVIDENCE.CONTENT)
			.from(EVIDENCE)
			.where(EVIDENCE.COMMITTEE.eq(committee), EVIDENCE.RECORD_ID.eq(recordId), EVIDENCE.SHA256.eq(sha256))
			.fetchOptional(row -> new Content(file(row), row.get(EVIDENCE.CONTENT)));
	}

	/**
	 * A file and its bytes.
	 *
	 * @param file what is known of it
	 * @param bytes the file
	 */
	public record Content(EvidenceFile file, byte[] bytes) {
	}

	/**
	 * Deletes one file of a record, audited; empty when the record has no such file (and
	 * nothing changes).
	 */
	public Optional<EvidenceFile> delete(String committee, String recordId, String sha256, String user) {
		if (!SHA256.matcher(sha256).matches()) {
			return Optional.empty();
		}
		return dsl.transactionResult(transaction -> {
			DSLContext tx = transaction.dsl();
			Optional<EvidenceFile> there = find(tx, committee, recordId, sha256);
			if (there.isEmpty() || tx.deleteFrom(EVIDENCE)
				.where(EVIDENCE.COMMITTEE.eq(committee), EVIDENCE.RECORD_ID.eq(recordId), EVIDENCE.SHA256.eq(sha256))
				.execute() == 0) {
				return Optional.empty();
			}
			audit(tx, AuditEvent.Action.EVIDENCE_DELETED, committee, recordId, there.get(), json(there.get()), null,
					Objects.requireNonNull(user));
			return there;
		});
	}

	/** Whether {@code committee} has the record {@code recordId}. */
	public boolean recordExists(String committee, String recordId) {
		return exists(dsl, committee, recordId);
	}

	/**
	 * Whether the record carries at least one evidence file: for the rule that some
	 * records need evidence before they can be approved (DESIGN §8).
	 * @param dsl the caller's, so that it reads in the caller's transaction
	 */
	public static boolean hasEvidence(DSLContext dsl, String committee, String recordId) {
		return dsl.fetchExists(EVIDENCE, EVIDENCE.COMMITTEE.eq(committee), EVIDENCE.RECORD_ID.eq(recordId));
	}

	/**
	 * Which of {@code recordIds} of {@code committee} carry at least one evidence file,
	 * in one query: for approving many records at once.
	 */
	public static Set<String> withEvidence(DSLContext dsl, String committee, Collection<String> recordIds) {
		if (recordIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(dsl.selectDistinct(EVIDENCE.RECORD_ID)
			.from(EVIDENCE)
			.where(EVIDENCE.COMMITTEE.eq(committee), EVIDENCE.RECORD_ID.in(recordIds))
			.fetch(EVIDENCE.RECORD_ID));
	}

	private static boolean exists(DSLContext dsl, String committee, String recordId) {
		return dsl.fetchExists(ACTIVITY_RECORD, ACTIVITY_RECORD.COMMITTEE.eq(committee),
				ACTIVITY_RECORD.ID.eq(recordId));
	}

	private static Optional<EvidenceFile> find(DSLContext dsl, String committee, String recordId, String sha256) {
		return dsl.select(listed())
			.from(EVIDENCE)
			.where(EVIDENCE.COMMITTEE.eq(committee), EVIDENCE.RECORD_ID.eq(recordId), EVIDENCE.SHA256.eq(sha256))
			.fetchOptional(EvidenceStore::file);
	}

	private void audit(DSLContext tx, AuditEvent.Action action, String committee, String recordId, EvidenceFile file,
			String before, String after, String user) {
		boolean added = action == AuditEvent.Action.EVIDENCE_ADDED;
		new AuditTrail(tx).write(
				new AuditEvent(clock.instant(), user, action, AuditEvent.Subject.RECORDS, committee, file.fileName(),
						file.sha256(), added ? 1 : 0, 0),
				List.of(new AuditChange(AuditChange.EVIDENCE, committee, recordId + "/" + file.sha256(), before,
						after)));
	}

	/** What the audit trail keeps of a file: its name, type, size and SHA-256. */
	static String json(EvidenceFile file) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("fileName", file.fileName());
		fields.put("mediaType", file.mediaType());
		fields.put("size", file.size());
		fields.put("sha256", file.sha256());
		return AuditJson.of(fields);
	}

	private static List<org.jooq.Field<?>> listed() {
		return List.of(EVIDENCE.SHA256, EVIDENCE.FILE_NAME, EVIDENCE.MEDIA_TYPE, EVIDENCE.SIZE, EVIDENCE.UPLOADED_BY,
				EVIDENCE.UPLOADED_AT);
	}

	private static EvidenceFile file(Record row) {
		return new EvidenceFile(row.get(EVIDENCE.SHA256), row.get(EVIDENCE.FILE_NAME), row.get(EVIDENCE.MEDIA_TYPE),
				row.get(EVIDENCE.SIZE), row.get(EVIDENCE.UPLOADED_BY), row.get(EVIDENCE.UPLOADED_AT).toInstant());
	}

	// a unique key another transaction added first: SQLSTATE 23505 in H2 and PostgreSQL
	private static boolean duplicate(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
