package org.sixrates.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sixrates.input.InputError;
import org.sixrates.vocabulary.CommitteeField;
import org.sixrates.vocabulary.CommitteeType;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;
import org.sixrates.vocabulary.Field;
import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Subtype;
import org.sixrates.vocabulary.Term;
import org.sixrates.vocabulary.ValueType;
import org.sixrates.vocabulary.YesNo;

/**
 * A workbook to fill in and import: its first sheet is the one imported, a header of the
 * fields' labels and nothing else, each closed vocabulary a drop-down list of the labels
 * the importer reads (and the committee a list of the codes the user may import); then an
 * example row on a sheet of its own, which an import never reads, the instructions (说明),
 * a column per field, and the committee codes. Headers and labels are the fields' and
 * terms' own, in the reader's language.
 */
final class ImportTemplate {

	private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

	private final ImportContent content;

	private final List<Field> fields;

	private final Map<String, String> committees;

	private final int year;

	private final Locale locale;

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final CellStyle header;

	private final CellStyle date;

	private final CellStyle wrapped;

	/**
	 * @param fields the columns, in order
	 * @param committees the codes the user may import, with their names
	 * @param year the year of the example row
	 */
	ImportTemplate(ImportContent content, List<Field> fields, Map<String, String> committees, int year, Locale locale) {
		this.content = content;
		this.fields = fields;
		this.committees = committees;
		this.year = year;
		this.locale = locale;
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		this.date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		this.wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
	}

	/** The name of the sheet that is imported: 记录, 单位名册. */
	static String dataSheet(ImportContent content, Locale locale) {
		return Messages.text(locale, "template.sheet." + content.tag());
	}

	byte[] write() {
		Sheet data = workbook.createSheet(dataSheet(content, locale));
		Sheet example = workbook.createSheet(text("template.sheet.example"));
		Sheet help = workbook.createSheet(text("template.sheet.help"));
		Sheet codes = workbook.createSheet(text("template.sheet.codes"));
		headerRow(data);
		headerRow(example);
		exampleRow(example.createRow(1));
		dropDowns(data, codes);
		instructions(help, data.getSheetName(), example.getSheetName(), codes.getSheetName());
		codes(codes);
		workbook.setActiveSheet(0);
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException inMemory) {
			throw new UncheckedIOException(inMemory);
		}
	}

	private void headerRow(Sheet sheet) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < fields.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(fields.get(i).label(locale));
			cell.setCellStyle(header);
			sheet.setColumnWidth(i, 256 * width(fields.get(i)));
			if (fields.get(i).type() instanceof ValueType.Day) {
				sheet.setDefaultColumnStyle(i, date);
			}
		}
		sheet.createFreezePane(0, 1);
	}

	private static int width(Field field) {
		return (field == RecordField.TITLE) ? 40 : (field.type() instanceof ValueType.Choice<?>) ? 14 : 12;
	}

	/**
	 * Each closed vocabulary's labels; the committee's codes, from the sheet of codes.
	 */
	private void dropDowns(Sheet data, Sheet codes) {
		DataValidationHelper helper = data.getDataValidationHelper();
		for (int i = 0; i < fields.size(); i++) {
			Field field = fields.get(i);
			CellRangeAddressList column = new CellRangeAddressList(1, LAST_ROW, i, i);
			DataValidationConstraint constraint;
			boolean closed = true;
			if (field == RecordField.COMMITTEE) {
				constraint = helper.createFormulaListConstraint(
						"'" + codes.getSheetName() + "'!$A$2:$A$" + Math.max(2, committees.size() + 1));
			}
			else if (field.type() instanceof ValueType.SubtypeText) {
				// a subtype is free text: the named ones are offered, any other is taken
				constraint = helper.createExplicitListConstraint(labels(Subtype.values()));
				closed = false;
			}
			else if (terms(field) != null) {
				constraint = helper.createExplicitListConstraint(labels(terms(field)));
			}
			else {
				continue;
			}
			DataValidation validation = helper.createValidation(constraint, column);
			validation.setShowErrorBox(closed);
			validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
			validation.setEmptyCellAllowed(true);
			validation.setSuppressDropDownArrow(true);
			data.addValidationData(validation);
		}
	}

	/** The terms of a closed vocabulary field, or {@code null}. */
	private static Term[] terms(Field field) {
		if (field.type() instanceof ValueType.Choice<?> choice) {
			return choice.values().toArray(Term[]::new);
		}
		return (field.type() instanceof ValueType.Bool) ? YesNo.values() : null;
	}

	private String[] labels(Term[] terms) {
		return Arrays.stream(terms).map(term -> term.in(locale)).toArray(String[]::new);
	}

	private void exampleRow(Row row) {
		String code = committees.isEmpty() ? "LC" : committees.keySet().iterator().next();
		Map<Field, Object> values = new LinkedHashMap<>();
		values.put(RecordField.ID, year + "-001");
		values.put(RecordField.COMMITTEE, code);
		values.put(RecordField.YEAR, year);
		values.put(RecordField.KIND, Kind.PROPOSAL.in(locale));
		values.put(RecordField.TITLE, text("template.example.title"));
		values.put(RecordField.DATE, LocalDate.of(year, 3, 5));
		values.put(RecordField.LEVEL, Level.CITY.in(locale));
		values.put(RecordField.STATUS, Status.COMPLETED.in(locale));
		values.put(RecordField.CONVERTED, YesNo.TRUE.in(locale));
		values.put(RecordField.SATISFACTION, Satisfaction.SATISFIED.in(locale));
		values.put(RecordField.QUANTITY, 0);
		values.put(CommitteeField.CODE, code);
		values.put(CommitteeField.NAME, committees.getOrDefault(code, text("template.example.name")));
		values.put(CommitteeField.TYPE, CommitteeType.DISTRICT.in(locale));
		values.put(CommitteeField.YEAR, year);
		values.put(CommitteeField.MEMBERS, 120);
		for (int i = 0; i < fields.size(); i++) {
			Object value = values.get(fields.get(i));
			Cell cell = row.createCell(i);
			if (value instanceof Integer number) {
				cell.setCellValue(number);
			}
			else if (value instanceof LocalDate day) {
				cell.setCellValue(day);
				cell.setCellStyle(date);
			}
			else if (value != null) {
				cell.setCellValue((String) value);
			}
		}
	}

	private void instructions(Sheet help, String dataName, String exampleName, String codesName) {
		int line = 0;
		help.createRow(line++).createCell(0).setCellValue(text("template.help.title"));
		help.createRow(line++).createCell(0).setCellValue(text("template.help.first", dataName, exampleName));
		help.createRow(line++).createCell(0).setCellValue(text("template.help.dropdown"));
		help.createRow(line++).createCell(0).setCellValue(text("template.help.codes", codesName));
		line++;
		Row head = help.createRow(line++);
		String[] titles = { "template.help.column", "template.help.header", "template.help.required",
				"template.help.values", "template.help.meaning" };
		for (int i = 0; i < titles.length; i++) {
			Cell cell = head.createCell(i);
			cell.setCellValue(text(titles[i]));
			cell.setCellStyle(header);
		}
		for (int i = 0; i < fields.size(); i++) {
			Field field = fields.get(i);
			Row row = help.createRow(line++);
			row.createCell(0).setCellValue(InputError.columnLetters(i + 1));
			row.createCell(1).setCellValue(field.label(locale));
			row.createCell(2).setCellValue(text(field.required() ? "template.help.yes" : "template.help.no"));
			Term[] terms = (field.type() instanceof ValueType.SubtypeText) ? Subtype.values() : terms(field);
			row.createCell(3).setCellValue((terms != null) ? String.join(separator(), labels(terms)) : "");
			row.getCell(3).setCellStyle(wrapped);
			row.createCell(4).setCellValue(text("template.column." + field.key()));
			row.getCell(4).setCellStyle(wrapped);
		}
		int[] widths = { 6, 14, 8, 40, 70 };
		for (int i = 0; i < widths.length; i++) {
			help.setColumnWidth(i, 256 * widths[i]);
		}
	}

	private void codes(Sheet codes) {
		Row head = codes.createRow(0);
		head.createCell(0).setCellValue(text("template.codes.code"));
		head.createCell(1).setCellValue(text("template.codes.name"));
		head.getCell(0).setCellStyle(header);
		head.getCell(1).setCellStyle(header);
		int line = 1;
		for (Map.Entry<String, String> committee : committees.entrySet()) {
			Row row = codes.createRow(line++);
			row.createCell(0).setCellValue(committee.getKey());
			row.createCell(1).setCellValue(committee.getValue());
		}
		codes.setColumnWidth(0, 256 * 14);
		codes.setColumnWidth(1, 256 * 24);
		codes.createFreezePane(0, 1);
	}

	private String separator() {
		return Messages.english(locale) ? ", " : "、";
	}

	private String text(String key, Object... arguments) {
		return Messages.text(locale, key, arguments);
	}

}
