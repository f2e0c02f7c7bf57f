package org.sixrates.input;

/**
 * One thing wrong in a file a user gave us, in the user's words: where it is and what was
 * expected there.
 *
 * @param file the file's name as the user knows it
 * @param line 1-based line, or 0 when the error concerns the file as a whole
 * @param column 1-based column number, or 0 when unknown
 * @param field the column's header or the key's path, or {@code null}
 * @param value the offending value as written, or {@code null}
 * @param expected what should have been there
 */
public record InputError(String file, int line, int column, String field, String value, String expected) {

	/** {@code records.csv: line 7, column 4 (kind): "PROPSAL" — expected one of …}. */
	public String message() {
		StringBuilder message = new StringBuilder(file);
		if (line > 0) {
			message.append(": line ").append(line);
			if (column > 0) {
				message.append(", column ").append(column);
			}
		}
		if (field != null) {
			message.append(" (").append(field).append(')');
		}
		message.append(": ");
		if (value != null) {
			message.append('"').append(value).append("\" — ");
		}
		return message.append(expected).toString();
	}

}
