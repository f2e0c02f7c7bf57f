package org.sixrates.input;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sixrates.vocabulary.Decimals;

/**
 * How values are written into the ranking CSV and the award list CSV, and how a CSV text
 * becomes the bytes of a file that Excel and WPS open.
 */
public final class Cells {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private Cells() {
	}

	/**
	 * A rate (a fraction) in percent with 2 decimals, half up; {@code null} (an excluded
	 * rate) is an empty cell. The double's shortest decimal form is rounded, so 0.12345
	 * gives 12.35.
	 */
	public static String percent(Double rate) {
		return (rate == null) ? "" : Decimals.percent(rate);
	}

	/** A score with 2 decimals, half up. */
	public static String score(double score) {
		return Decimals.twoDecimals(score);
	}

	/**
	 * A text cell a spreadsheet will not run as a formula: one starting with {@code =},
	 * {@code +}, {@code -}, {@code @}, tab or carriage return that is not a number gets a
	 * leading single quote, as OWASP advises against CSV injection.
	 */
	public static String inert(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return (risky && !NUMBER.matcher(text).matches()) ? "'" + text : text;
	}

	/**
	 * A CSV text as UTF-8 bytes behind a byte order mark, so that Excel and WPS read it
	 * as UTF-8.
	 */
	public static byte[] withBom(String csv) {
		byte[] text = csv.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, bytes, 0, BOM.length);
		System.arraycopy(text, 0, bytes, BOM.length, text.length);
		return bytes;
	}

	/** The rows, the header first, as RFC 4180 CSV text with CRLF line ends. */
	public static String csv(List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecords(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
