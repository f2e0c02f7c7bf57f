package org.sixrates.spreadsheet;

import java.util.List;

/**
 * A table to export as the one sheet of a workbook.
 *
 * @param name the sheet's name in the reader's language (at most 31 characters are kept,
 * as Excel allows)
 * @param title the title row above the header: the office, what the table is, the year
 * and the export date; printed at the top of every page
 * @param columns the columns, in order
 * @param rows the values, each row in column order: a {@code String} for text, a
 * {@code Number} for the numeric formats, a {@code LocalDate} for a date, {@code null}
 * for an empty cell
 */
public record ExportSheet(String name, String title, List<Column> columns, List<List<?>> rows) {

	public ExportSheet {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

}
