package org.sixrates.importing;

/**
 * What importing one file did.
 *
 * @param fileName the file's name as logged
 * @param sha256 SHA-256 of the file's bytes, lower-case hex
 * @param added rows whose key was new
 * @param updated rows whose key was known before, changed or not
 */
public record ImportResult(String fileName, String sha256, int added, int updated) {
}
