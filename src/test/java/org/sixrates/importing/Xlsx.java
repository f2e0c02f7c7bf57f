package org.sixrates.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An {@code .xlsx} file written as a user fills one in: rows of typed cells, a
 * {@link LocalDate} as a date cell formatted {@code yyyy-mm-dd}, a number as a number, a
 * {@code Boolean} as a boolean, a text starting with {@code =} as a formula.
 */
final class Xlsx {

	private Xlsx() {
	}

	/** One sheet named {@code sheet} with {@code rows} from row 1. */
	static byte[] of(String sheet, Object[]... rows) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		fill(workbook, workbook.createSheet(sheet), 0, rows);
		return bytes(workbook, true);
	}

	/** Writes {@code rows} into {@code sheet} from the 0-based row {@code first}. */
	static void fill(Workbook workbook, Sheet sheet, int first, Object[]... rows) {
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(first + r);
			for (int c = 0; c < rows[r].length; c++) {
				Object value = rows[r][c];
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(c);
				if (value instanceof LocalDate day) {
					cell.setCellValue(day);
					cell.setCellStyle(date);
				}
				else if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof Boolean yes) {
					cell.setCellValue(yes);
				}
				else if (((String) value).startsWith("=")) {
					cell.setCellFormula(((String) value).substring(1));
				}
				else {
					cell.setCellValue((String) value);
				}
			}
		}
	}

	/**
	 * The file's bytes; with {@code calculated}, every formula's result saved as Excel
	 * saves it.
	 */
	static byte[] bytes(Workbook workbook, boolean calculated) {
		if (calculated) {
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		}
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException inMemory) {
			throw new UncheckedIOException(inMemory);
		}
	}

}
