package org.sixrates.importing;

/**
 * What an import changed.
 *
 * @param added rows whose key was new
 * @param updated rows whose key was there before, changed or not
 */
record Counts(int added, int updated) {
}
