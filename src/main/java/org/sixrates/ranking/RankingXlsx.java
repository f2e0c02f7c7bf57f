package org.sixrates.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sixrates.spreadsheet.Column;
import org.sixrates.spreadsheet.ExportSheet;
import org.sixrates.spreadsheet.Letterhead;
import org.sixrates.spreadsheet.Xlsx;
import org.sixrates.vocabulary.CommitteeField;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.RecordField;

/**
 * A year's ranking as an {@code .xlsx} sheet (DESIGN §10): the CSV's columns (year, rank,
 * code, name, the rates in rules order, score, grade, awards) with headers and labels in
 * the reader's language (优秀, 通报表彰、全会表彰), the rates as percent cells, the score with 2
 * decimals, an excluded rate an empty cell. The same table as the CSV's, so a published
 * year shows its published figures here too.
 */
final class RankingXlsx {

	private RankingXlsx() {
	}

	/** {@code 六率考评排名-2024.xlsx}, {@code six-rates-2024.xlsx}. */
	static String fileName(int year, Locale locale) {
		return (Messages.english(locale) ? "six-rates-" : "六率考评排名-") + year + ".xlsx";
	}

	static byte[] write(RankingTable ranking, Locale locale, Letterhead letterhead) {
		return Xlsx.write(sheet(ranking, locale, letterhead));
	}

	static ExportSheet sheet(RankingTable ranking, Locale locale, Letterhead letterhead) {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.whole(RecordField.YEAR.label(locale)));
		columns.add(Column.whole(Message.of("ranking.col.rank").in(locale)));
		columns.add(Column.text(CommitteeField.CODE.label(locale)));
		columns.add(Column.text(CommitteeField.NAME.label(locale)));
		ranking.columns().forEach(column -> columns.add(Column.percent(column.rate().in(locale))));
		columns.add(Column.score(Message.of("ranking.col.score").in(locale)));
		columns.add(Column.text(Message.of("ranking.col.grade").in(locale)));
		columns.add(Column.text(Message.of("ranking.col.awards").in(locale)));
		List<List<?>> rows = new ArrayList<>();
		for (RankingRow row : ranking.rows()) {
			List<Object> cells = new ArrayList<>();
			cells.add(ranking.year());
			cells.add(row.rank());
			cells.add(row.code());
			cells.add(row.name());
			cells.addAll(row.rates());
			cells.add(row.score());
			cells.add((row.grade() == null) ? null : row.grade().in(locale));
			cells.add(Messages.list(row.awards()).in(locale));
			rows.add(cells);
		}
		String note = (ranking.status() == null) ? null : ranking.status().titleNote(letterhead.zone()).in(locale);
		String name = Message.of("xlsx.ranking.title", ranking.year()).in(locale);
		return new ExportSheet(name, letterhead.title(locale, name, note), columns, rows);
	}

}
