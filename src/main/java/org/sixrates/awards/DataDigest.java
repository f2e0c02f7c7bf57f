package org.sixrates.awards;

import static org.sixrates.importing.RecordTable.R;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sixrates.importing.RecordTable;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Review;
import org.sixrates.vocabulary.Values;

/**
 * The data digest of a snapshot (DESIGN §7): SHA-256 of a canonical text of every record
 * of the given years that fed them (the approved ones, while only those count). One line
 * per record, ordered by committee code, then by id (both compared by their UTF-8 bytes,
 * which is Unicode code point order); the fields of DESIGN §2 in its order
 * ({@code id, committee, year, kind, subtype, title, date, level,
 * status, converted, satisfaction, quantity, score}), each written as the records list
 * writes it (codes, ISO dates, {@code true}/{@code false}, plain decimals; an empty value
 * as nothing), separated by a tab, each line ended by a line feed; a backslash, tab,
 * carriage return or line feed inside a value is written {@code \\}, {@code \t},
 * {@code \r}, {@code \n}. The records are read one committee at a time, so memory holds
 * one committee's records, never the year's.
 */
final class DataDigest {

	private static final Comparator<String> UTF8 = (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
			b.getBytes(StandardCharsets.UTF_8));

	private DataDigest() {
	}

	/**
	 * @param approvedOnly whether only approved records fed the years (DESIGN §8): a
	 * pending record is then not part of the digest
	 */
	static String of(DSLContext dsl, Collection<Integer> years, boolean approvedOnly) {
		MessageDigest sha = sha256();
		if (years.isEmpty()) {
			return HexFormat.of().formatHex(sha.digest());
		}
		List<String> committees = dsl.selectDistinct(R.COMMITTEE)
			.from(R)
			.where(R.YEAR.in(years), approvedOnly ? R.REVIEW.eq(Review.APPROVED.name()) : DSL.trueCondition())
			.fetch(R.COMMITTEE)
			.stream()
			.sorted(UTF8)
			.toList();
		for (String committee : committees) {
			List<Values<RecordField>> records = dsl.select(RecordTable.columns())
				.from(R)
				.where(R.COMMITTEE.eq(committee), R.YEAR.in(years),
						approvedOnly ? R.REVIEW.eq(Review.APPROVED.name()) : DSL.trueCondition())
				.fetch(RecordTable::values)
				.stream()
				.sorted((a, b) -> UTF8.compare(a.text(RecordField.ID), b.text(RecordField.ID)))
				.toList();
			for (Values<RecordField> record : records) {
				sha.update(line(record).getBytes(StandardCharsets.UTF_8));
			}
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	/** One record's line of the canonical text. */
	static String line(Values<RecordField> record) {
		StringBuilder line = new StringBuilder();
		for (RecordField field : RecordField.REPORTED) {
			if (field != RecordField.ID) {
				line.append('\t');
			}
			String text = record.text(field);
			line.append((text == null) ? "" : escaped(text));
		}
		return line.append('\n').toString();
	}

	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
