package org.sixrates.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sixrates.spreadsheet.Column;
import org.sixrates.spreadsheet.ExportSheet;
import org.sixrates.spreadsheet.Letterhead;
import org.sixrates.vocabulary.CommitteeField;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.RecordField;

/**
 * The award list as an {@code .xlsx} sheet (DESIGN §7, §10): the CSV's columns (year,
 * award, place, code, name, score), awards by their label in the reader's language
 * (通报表彰), winners in rank order; titled with the office, the list's title, whether it is
 * published (day and version) or a draft, and the export date.
 */
final class AwardListXlsx {

	private AwardListXlsx() {
	}

	/** {@code 表彰名单-2024.xlsx}, {@code awards-2024.xlsx}. */
	static String fileName(int year, Locale locale) {
		return (Messages.english(locale) ? "awards-" : "表彰名单-") + year + ".xlsx";
	}

	static ExportSheet sheet(AwardList list, YearStatus status, Locale locale, Letterhead letterhead) {
		List<Column> columns = List.of(Column.whole(RecordField.YEAR.label(locale)),
				Column.text(Message.of("xlsx.col.award").in(locale)),
				Column.whole(Message.of("awards.list.rank").in(locale)), Column.text(CommitteeField.CODE.label(locale)),
				Column.text(CommitteeField.NAME.label(locale)),
				Column.score(Message.of("ranking.col.score").in(locale)));
		List<List<?>> rows = new ArrayList<>();
		for (AwardList.Line line : list.lines()) {
			rows.add(
					List.of(list.year(), line.award().in(locale), line.rank(), line.code(), line.name(), line.score()));
		}
		String title = letterhead.title(locale, Message.of("xlsx.awards.title", list.year()).in(locale),
				status.titleNote(letterhead.zone()).in(locale));
		return new ExportSheet(Message.of("awards.list").in(locale), title, columns, rows);
	}

}
