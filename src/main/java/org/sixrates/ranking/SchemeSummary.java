package org.sixrates.ranking;

/**
 * Which scheme produced a result, and the SHA-256 of its file, shown beside every result.
 */
public record SchemeSummary(String id, String titleZh, String titleEn, String fileName, String sha256) {
}
