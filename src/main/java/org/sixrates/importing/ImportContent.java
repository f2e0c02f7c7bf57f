package org.sixrates.importing;

import java.util.Locale;

import org.sixrates.audit.AuditEvent;

/** The two kinds of file there are to import; names as in {@code import_log.content}. */
public enum ImportContent {

	COMMITTEES("committees.csv", AuditEvent.Subject.COMMITTEES), RECORDS("records.csv", AuditEvent.Subject.RECORDS);

	private final String defaultFileName;

	private final AuditEvent.Subject subject;

	ImportContent(String defaultFileName, AuditEvent.Subject subject) {
		this.defaultFileName = defaultFileName;
		this.subject = subject;
	}

	/** The file name to report when the upload came without one. */
	String defaultFileName() {
		return defaultFileName;
	}

	/** What the audit trail says the import changed. */
	AuditEvent.Subject subject() {
		return subject;
	}

	/** The meters' tag value. */
	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The name a user gave the file, or the default one. */
	String fileName(String given) {
		return (given == null || given.isBlank()) ? defaultFileName : given.strip();
	}

}
