package org.sixrates.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sixrates.vocabulary.Decimals;

/**
 * Writes an {@link ExportSheet} as an {@code .xlsx} workbook of one sheet (DESIGN §10):
 * the title in the first row, the header in the second, both frozen and printed at the
 * top of every page; text as string cells (never a formula, whatever the text starts
 * with), numbers as numeric cells with their format; columns as wide as their widest
 * value, a Chinese character counting two; A4 landscape, one page wide.
 *
 * <p>
 * Numbers are written as the CSV rounds them (a score to 2 decimals, a rate to 2 decimals
 * of its percent, half up), so that the sheet, the CSV and the page agree to the last
 * digit, a column's sum included. Rows are streamed to a temporary file as they are
 * written, so that a long list does not sit in memory as cell objects.
 */
public final class Xlsx {

	/** The content type of an {@code .xlsx} file. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The rows above the data: the title and the header. */
	static final int HEADING_ROWS = 2;

	/** The widest a column grows, in characters; longer texts wrap. */
	static final int WIDEST = 60;

	private static final int NARROWEST = 6;

	/** Rows kept in memory while writing; the earlier ones are already on disk. */
	private static final int WINDOW = 200;

	private Xlsx() {
	}

	/** The workbook's bytes. */
	public static byte[] write(ExportSheet table) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		try {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
			int[] widths = widths(table);
			title(sheet, table, widths, styles);
			header(sheet, table, styles);
			for (int i = 0; i < table.rows().size(); i++) {
				row(sheet.createRow(HEADING_ROWS + i), table.columns(), table.rows().get(i), widths, styles);
			}
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.createFreezePane(0, HEADING_ROWS);
			int last = Math.max(HEADING_ROWS - 1, HEADING_ROWS + table.rows().size() - 1);
			sheet.setAutoFilter(new CellRangeAddress(HEADING_ROWS - 1, last, 0, widths.length - 1));
			print(sheet);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

	/**
	 * The width a text takes in a fixed-width font: a character of the CJK scripts, a
	 * full-width form or CJK punctuation counts two, any other one.
	 */
	static int displayWidth(String text) {
		return text.codePoints().map(Xlsx::charWidth).sum();
	}

	private static int charWidth(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		boolean wide = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
				|| (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF)
				// the quotes around 六率 are full width in every Chinese font
				|| (codePoint >= 0x2018 && codePoint <= 0x201D);
		return wide ? 2 : 1;
	}

	private static void title(Sheet sheet, ExportSheet table, int[] widths, Styles styles) {
		Row row = sheet.createRow(0);
		Cell cell = row.createCell(0);
		cell.setCellValue(table.title());
		cell.setCellStyle(styles.title);
		if (widths.length > 1) {
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, widths.length - 1));
		}
		// the title's font is larger than the table's: a merged cell does not grow by
		// itself, so as many lines as the title needs across the table's width
		int across = 0;
		for (int width : widths) {
			across += width;
		}
		int lines = (int) Math.ceil(displayWidth(table.title()) * 1.3 / Math.max(1, across));
		row.setHeightInPoints(Math.max(1, lines) * 21f);
	}

	private static void header(Sheet sheet, ExportSheet table, Styles styles) {
		Row row = sheet.createRow(HEADING_ROWS - 1);
		for (int c = 0; c < table.columns().size(); c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(table.columns().get(c).header());
			cell.setCellStyle(styles.header);
		}
	}

	private static void row(Row row, List<Column> columns, List<?> values, int[] widths, Styles styles) {
		for (int c = 0; c < columns.size(); c++) {
			Object value = (c < values.size()) ? values.get(c) : null;
			Format format = columns.get(c).format();
			Cell cell = row.createCell(c);
			cell.setCellStyle(styles.of(format));
			if (value == null || (value instanceof String text && text.isEmpty())) {
				continue;
			}
			switch (format) {
				case TEXT -> {
					String text = value.toString();
					cell.setCellValue(text);
					cell.setCellStyle(styles.text(text, widths[c] >= WIDEST));
				}
				case WHOLE -> cell.setCellValue(number(value, format).longValue());
				case SCORE -> cell.setCellValue(Decimals.twoDecimalsValue(number(value, format).doubleValue()));
				case PERCENT -> cell.setCellValue(fraction(number(value, format).doubleValue()));
				case DATE -> {
					if (!(value instanceof LocalDate date)) {
						throw new IllegalArgumentException("a date cell takes a LocalDate, not " + value);
					}
					cell.setCellValue(date);
				}
			}
		}
	}

	/** A rate rounded as the CSV rounds its percent: 0.12345 → 0.1235 (12.35%). */
	private static double fraction(double rate) {
		return BigDecimal.valueOf(Decimals.percentValue(rate)).movePointLeft(2).doubleValue();
	}

	private static Number number(Object value, Format format) {
		if (!(value instanceof Number number)) {
			throw new IllegalArgumentException("a " + format + " cell takes a number, not " + value);
		}
		return number;
	}

	/** Each column's width in characters: its widest value or header, and a margin. */
	private static int[] widths(ExportSheet table) {
		int[] widths = new int[table.columns().size()];
		for (int c = 0; c < widths.length; c++) {
			widths[c] = displayWidth(table.columns().get(c).header());
		}
		for (List<?> values : table.rows()) {
			for (int c = 0; c < Math.min(widths.length, values.size()); c++) {
				Object value = values.get(c);
				if (value != null) {
					widths[c] = Math.max(widths[c], displayWidth(shown(value, table.columns().get(c).format())));
				}
			}
		}
		for (int c = 0; c < widths.length; c++) {
			widths[c] = Math.min(WIDEST, Math.max(NARROWEST, widths[c] + 2));
		}
		return widths;
	}

	/** A value as the sheet shows it, to measure it. */
	private static String shown(Object value, Format format) {
		return switch (format) {
			case SCORE -> Decimals.twoDecimals(number(value, format).doubleValue());
			case PERCENT -> Decimals.percent(number(value, format).doubleValue()) + "%";
			default -> value.toString();
		};
	}

	private static void print(Sheet sheet) {
		PrintSetup setup = sheet.getPrintSetup();
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		setup.setLandscape(true);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(Sheet.LeftMargin, 0.4);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.setMargin(Sheet.TopMargin, 0.5);
		sheet.setMargin(Sheet.BottomMargin, 0.6);
		sheet.setRepeatingRows(new CellRangeAddress(0, HEADING_ROWS - 1, -1, -1));
		sheet.getFooter().setCenter("&P / &N");
	}

	/** The workbook's cell styles, each made once: a workbook holds a limited number. */
	private static final class Styles {

		private final CellStyle title;

		private final CellStyle header;

		private final CellStyle wrapped;

		private final CellStyle quoted;

		private final CellStyle quotedWrapped;

		private final Map<Format, CellStyle> formats = new EnumMap<>(Format.class);

		Styles(SXSSFWorkbook workbook) {
			Font large = workbook.createFont();
			large.setBold(true);
			large.setFontHeightInPoints((short) 14);
			this.title = workbook.createCellStyle();
			title.setFont(large);
			title.setWrapText(true);
			title.setVerticalAlignment(VerticalAlignment.CENTER);
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = bordered(workbook);
			header.setFont(bold);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setWrapText(true);
			String[] patterns = { null, "0", "0.00", "0.00%", "yyyy-mm-dd" };
			for (Format format : Format.values()) {
				CellStyle style = bordered(workbook);
				String pattern = patterns[format.ordinal()];
				if (pattern != null) {
					style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
				}
				formats.put(format, style);
			}
			this.wrapped = bordered(workbook);
			wrapped.setWrapText(true);
			// a text a spreadsheet would read as a formula when typed stays text when
			// the cell is edited too (Excel's leading apostrophe, not part of the value)
			this.quoted = bordered(workbook);
			quoted.setQuotePrefixed(true);
			this.quotedWrapped = bordered(workbook);
			quotedWrapped.setQuotePrefixed(true);
			quotedWrapped.setWrapText(true);
		}

		CellStyle of(Format format) {
			return formats.get(format);
		}

		CellStyle text(String text, boolean wrap) {
			char first = text.charAt(0);
			boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
					|| first == '\r';
			if (risky) {
				return wrap ? quotedWrapped : quoted;
			}
			return wrap ? wrapped : formats.get(Format.TEXT);
		}

		private static CellStyle bordered(SXSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			return style;
		}

	}

}
