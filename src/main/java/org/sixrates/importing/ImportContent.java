package org.sixrates.importing;

/** What a file held, as the import log writes it. */
public enum ImportContent {

	COMMITTEES, RECORDS

}
