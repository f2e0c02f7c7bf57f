/**
 * Reviewing records (DESIGN §8): the evidence files (佐证材料) a record carries, each a PDF,
 * OFD, JPEG or PNG file whose type is sniffed from its bytes, stored whole in the
 * database with its SHA-256, and handled by the city office and the record's own clerk
 * only; every file added or deleted is in the audit trail.
 */
package org.sixrates.review;
