package org.sixrates.importing;

import java.time.Clock;

import org.jooq.DSLContext;

/** Imports the committees and records files of DESIGN §2, one file one transaction. */
public final class Importer {

	public Importer(DSLContext dsl, Clock clock) {
	}

	/** Imports a committees file; throws {@code BadInputException} with every error, importing nothing. */
	public ImportResult importCommittees(String fileName, byte[] content, String importedBy) {
		throw new UnsupportedOperationException("not available yet");
	}

	/** Imports a records file; throws {@code BadInputException} with every error, importing nothing. */
	public ImportResult importRecords(String fileName, byte[] content, String importedBy) {
		throw new UnsupportedOperationException("not available yet");
	}

}
