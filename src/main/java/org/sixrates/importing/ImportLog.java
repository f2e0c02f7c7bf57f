package org.sixrates.importing;

import static org.sixrates.db.Tables.IMPORT_LOG;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sixrates.audit.AuditTrail;
import org.sixrates.vocabulary.Texts;
import org.springframework.stereotype.Repository;

/** Who imported which file, when, and what it changed. */
@Repository
public class ImportLog {

	private final DSLContext dsl;

	public ImportLog(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The latest {@code limit} entries, newest first. */
	public List<ImportLogEntry> recent(int limit) {
		return recent(DSL.noCondition(), limit);
	}

	/** The latest {@code limit} imports by {@code user}, newest first. */
	public List<ImportLogEntry> recentBy(String user, int limit) {
		return recent(IMPORT_LOG.IMPORTED_BY.eq(user), limit);
	}

	private List<ImportLogEntry> recent(Condition condition, int limit) {
		return dsl.selectFrom(IMPORT_LOG)
			.where(condition)
			.orderBy(IMPORT_LOG.IMPORTED_AT.desc(), IMPORT_LOG.ID.desc())
			.limit(limit)
			.fetch(entry -> new ImportLogEntry(entry.getId(), entry.getImportedBy(), entry.getImportedAt().toInstant(),
					entry.getFileName(), ImportContent.valueOf(entry.getContent()), entry.getSha256(),
					entry.getRowsAdded(), entry.getRowsUpdated()));
	}

	/** Writes an entry; called in the transaction that imports the file. */
	void append(String importedBy, Instant importedAt, String fileName, ImportContent content, String sha256,
			Counts counts) {
		dsl.insertInto(IMPORT_LOG)
			.set(IMPORT_LOG.IMPORTED_BY, Texts.cut(importedBy, AuditTrail.USER_LENGTH))
			.set(IMPORT_LOG.IMPORTED_AT, importedAt.atOffset(ZoneOffset.UTC))
			.set(IMPORT_LOG.FILE_NAME, Texts.cut(fileName, AuditTrail.FILE_NAME_LENGTH))
			.set(IMPORT_LOG.CONTENT, content.name())
			.set(IMPORT_LOG.SHA256, sha256)
			.set(IMPORT_LOG.ROWS_ADDED, counts.added())
			.set(IMPORT_LOG.ROWS_UPDATED, counts.updated())
			.execute();
	}

}
