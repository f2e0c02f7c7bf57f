package org.sixrates.importing;

/** What one imported file changed. */
public record ImportResult(String fileName, String sha256, int added, int updated) {
}
