package org.sixrates.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.sixrates.spreadsheet.Column;
import org.sixrates.spreadsheet.ExportSheet;
import org.sixrates.spreadsheet.Format;
import org.sixrates.spreadsheet.Letterhead;
import org.sixrates.spreadsheet.Xlsx;
import org.sixrates.vocabulary.CommitteeField;
import org.sixrates.vocabulary.Localizable;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.ValueType;
import org.sixrates.web.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * The filtered records list as an {@code .xlsx} sheet (DESIGN §10): every record the
 * filter selects, on all of the list's pages and in its order, read in one transaction
 * that sees one state of the data, so that no record is written twice or left out while
 * others import. The list's columns, the committee as its code and its name; values by
 * their labels in the reader's language (提案, 已办结, 是), a year and a quantity as whole
 * numbers, a score with 2 decimals, a date as a date. A filter matching more than the
 * list shows ({@link RecordQueries#MOST_LISTED}) is refused with a request to narrow it,
 * as the list asks, rather than exported cut short.
 */
@Service
class RecordXlsx {

	private final RecordQueries queries;

	private final Letterhead letterhead;

	RecordXlsx(RecordQueries queries, Letterhead letterhead) {
		this.queries = queries;
		this.letterhead = letterhead;
	}

	/** {@code 履职记录.xlsx}, {@code records.xlsx}. */
	static String fileName(Locale locale) {
		return (Messages.english(locale) ? "records" : "履职记录") + ".xlsx";
	}

	/** The workbook of every record a request's filter selects, in the user's scope. */
	byte[] workbook(MultiValueMap<String, String> parameters, Locale locale) {
		return Xlsx.write(sheet(RecordFilter.of(RecordScope.apply(parameters)), RecordOrder.of(parameters), locale));
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ExportSheet sheet(RecordFilter filter, RecordOrder order, Locale locale) {
		RecordPage first = queries.find(filter, order, 1);
		if (first.more()) {
			throw new Refused(HttpStatus.BAD_REQUEST, Message.of("xlsx.records.tooMany", RecordQueries.MOST_LISTED));
		}
		List<ListedRecord> records = new ArrayList<>(first.records());
		for (int page = 2; page <= first.pages(); page++) {
			records.addAll(queries.find(filter, order, page).records());
		}
		List<Column> columns = new ArrayList<>();
		columns.add(Column.text(CommitteeField.CODE.label(locale)));
		columns.add(Column.text(CommitteeField.NAME.label(locale)));
		for (RecordField field : fields()) {
			columns.add(new Column(field.label(locale), format(field)));
		}
		List<List<?>> rows = new ArrayList<>();
		for (ListedRecord record : records) {
			List<Object> cells = new ArrayList<>();
			cells.add(record.committee());
			cells.add(record.committeeName());
			for (RecordField field : fields()) {
				Object value = record.values().get(field);
				cells.add((format(field) == Format.TEXT) ? record.values().label(field, locale) : value);
			}
			rows.add(cells);
		}
		String title = letterhead.title(locale, Message.of("records.title").in(locale), described(filter, locale),
				Message.of("xlsx.records.count", records.size()).in(locale));
		return new ExportSheet(Message.of("records.title").in(locale), title, columns, rows);
	}

	/** The list's columns after the committee, in its order. */
	private static List<RecordField> fields() {
		return RecordPages.COLUMNS.stream().filter(field -> field != RecordField.COMMITTEE).toList();
	}

	private static Format format(RecordField field) {
		ValueType type = field.type();
		if (type instanceof ValueType.Whole) {
			return Format.WHOLE;
		}
		if (type instanceof ValueType.Decimal) {
			return Format.SCORE;
		}
		if (type instanceof ValueType.Day) {
			return Format.DATE;
		}
		return Format.TEXT;
	}

	/** The filter in words: {@code 筛选：单位 = 东湖区政协；类别 = 提案 / 社情民意}. */
	private String described(RecordFilter filter, Locale locale) {
		if (filter.allowed().isEmpty()) {
			return Message.of("xlsx.records.all").in(locale);
		}
		Map<String, String> names = queries.committees()
			.stream()
			.collect(Collectors.toMap(RecordQueries.CommitteeName::code, RecordQueries.CommitteeName::name));
		List<Localizable> parts = new ArrayList<>();
		filter.allowed().forEach((field, values) -> {
			String allowed = String.join(" / ", values.stream()
				.map(value -> (field == RecordField.COMMITTEE) ? names.getOrDefault((String) value, (String) value)
						: field.type().label(value, locale))
				.toList());
			parts.add(language -> field.label(language) + " = " + allowed);
		});
		return Message.of("xlsx.records.filter", Messages.sentences(parts)).in(locale);
	}

}
