package org.sixrates.importview;

import static org.sixrates.db.Tables.IMPORT_LOG;

import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the import log the importer writes. */
@Repository
@Transactional(readOnly = true)
class ImportLog {

	private final DSLContext dsl;

	ImportLog(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The latest {@code limit} imports, newest first. */
	List<ImportLogEntry> latest(int limit) {
		var log = IMPORT_LOG;
		return dsl.selectFrom(log)
			.orderBy(log.IMPORTED_AT.desc(), log.ID.desc())
			.limit(limit)
			.fetch(row -> new ImportLogEntry(row.getId(), row.getImportedBy(), row.getImportedAt(), row.getFileName(),
					row.getContent(), row.getSha256(), row.getRowsAdded(), row.getRowsUpdated()));
	}

}
