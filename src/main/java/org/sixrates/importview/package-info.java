/**
 * Uploading the committees and records files, from the import page and as
 * {@code text/csv} to the API, counted in {@code sixrates.imports} and
 * {@code sixrates.import.rows}; and the log of what was imported.
 */
package org.sixrates.importview;
