package org.sixrates.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.sixrates.input.InputError;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The rows of a workbook's first worksheet, streamed from its XML (only the shared
 * strings are held, never the whole sheet): each cell as the same text a CSV file would
 * have, read by {@link SheetCells}. Every error names the sheet, and the row and column
 * as Excel numbers them. Where the header ends, so do the rows: a value in a column
 * without a header is refused at its cell.
 */
final class WorksheetRows implements RowSource {

	private final String file;

	private final Upload upload;

	private final String sheet;

	/**
	 * @param sheet the name of the first worksheet, which {@link Workbooks} found there
	 */
	WorksheetRows(String file, Upload upload, String sheet) {
		this.file = file;
		this.upload = upload;
		this.sheet = sheet;
	}

	@Override
	public String file() {
		return file;
	}

	/** The worksheet read. */
	String sheet() {
		return sheet;
	}

	@Override
	public InputError located(InputError error) {
		return error.inSheet(sheet);
	}

	@Override
	public void read(Consumer<RawRow> action, List<InputError> errors) {
		try (OPCPackage workbook = Workbooks.open(upload)) {
			try {
				XSSFReader reader = new XSSFReader(workbook);
				ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
				boolean date1904 = SheetCells.date1904(reader.getWorkbookData());
				SheetCells cells = new SheetCells(this, strings, reader.getStylesTable(), date1904, action);
				try (InputStream first = reader.getSheetsData().next()) {
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(cells);
					parser.parse(new InputSource(first));
				}
			}
			finally {
				workbook.revert();
			}
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
				| RuntimeException damaged) {
			errors.add(InputError.of(file, 0, 0, null, null, "input.xlsx.damaged"));
		}
	}

}
