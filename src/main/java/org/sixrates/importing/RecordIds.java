package org.sixrates.importing;

/**
 * Where the records file being read had each committee's record ids so far: a record
 * appears once per committee in a file, and a second line with its id is an error naming
 * the first. A reader of several files (the command line) keeps one index over them all,
 * in which an id of an earlier file is no error but an update.
 */
@FunctionalInterface
public interface RecordIds {

	/**
	 * Notes that line {@code line} of the file has record {@code id} of
	 * {@code committee}; returns the line of the same file that had it before, or
	 * {@code null}.
	 */
	Integer noted(String committee, String id, int line);

}
