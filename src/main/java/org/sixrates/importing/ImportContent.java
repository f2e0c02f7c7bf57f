package org.sixrates.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sixrates.audit.AuditEvent;
import org.sixrates.vocabulary.CommitteeField;
import org.sixrates.vocabulary.Field;
import org.sixrates.vocabulary.RecordField;

/** The two kinds of file there are to import; names as in {@code import_log.content}. */
public enum ImportContent {

	COMMITTEES("committees.csv", AuditEvent.Subject.COMMITTEES, CommitteeField.values()),
	RECORDS("records.csv", AuditEvent.Subject.RECORDS, RecordField.values());

	private final String defaultFileName;

	private final AuditEvent.Subject subject;

	private final List<Field> fields;

	ImportContent(String defaultFileName, AuditEvent.Subject subject, Field[] fields) {
		this.defaultFileName = defaultFileName;
		this.subject = subject;
		this.fields = List.of(fields);
	}

	/** The other kind of file, which a user may give in this one's place. */
	ImportContent other() {
		return (this == COMMITTEES) ? RECORDS : COMMITTEES;
	}

	/**
	 * Whether {@code names} are a header of this kind of file: every name one of its
	 * fields', every required field there.
	 */
	boolean isHeader(List<String> names) {
		Set<Field> named = new HashSet<>();
		for (String name : names) {
			String lower = name.strip().toLowerCase(Locale.ROOT);
			Field field = fields.stream().filter(each -> each.headerNames().contains(lower)).findFirst().orElse(null);
			if (field == null) {
				return false;
			}
			named.add(field);
		}
		return fields.stream().filter(Field::required).allMatch(named::contains);
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

	/**
	 * The name a user gave the file, or the default one with the extension its content
	 * has: {@code records.xlsx} for a workbook.
	 */
	String fileName(String given, byte[] content) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		return defaultFileName.replace(".csv", "." + Workbooks.extension(content));
	}

	/** Like {@link #fileName(String, byte[])}, for the name an upload was given. */
	String fileName(Upload upload) {
		return fileName(upload.name(), upload.head());
	}

}
