package org.sixrates.spreadsheet;

/**
 * One column of an exported sheet.
 *
 * @param header the column's name in the reader's language
 * @param format how its values are written
 */
public record Column(String header, Format format) {

	public static Column text(String header) {
		return new Column(header, Format.TEXT);
	}

	public static Column whole(String header) {
		return new Column(header, Format.WHOLE);
	}

	public static Column score(String header) {
		return new Column(header, Format.SCORE);
	}

	public static Column percent(String header) {
		return new Column(header, Format.PERCENT);
	}

	public static Column date(String header) {
		return new Column(header, Format.DATE);
	}

}
