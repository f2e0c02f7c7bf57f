package org.sixrates.importview;

import java.util.Locale;

/** The two kinds of file there are to import; names as in {@code import_log.content}. */
enum Content {

	COMMITTEES("committees.csv"), RECORDS("records.csv");

	private final String defaultFileName;

	Content(String defaultFileName) {
		this.defaultFileName = defaultFileName;
	}

	/** The file name to report when the upload came without one. */
	String defaultFileName() {
		return defaultFileName;
	}

	/** The meters' tag value. */
	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
