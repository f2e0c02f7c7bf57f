package org.sixrates.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.sixrates.input.InputError;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A worksheet's XML ({@code <row>}, {@code <c r="D17" t="…" s="…"><f/><v/></c>}) read
 * into rows of text, each cell as a CSV file would write it: text as it is, a number in
 * plain decimals ({@code 85.5}, {@code 120}, never {@code 120.0}), a number formatted as
 * a date as its ISO date ({@code 2024-03-05}, with the time when it has one), a boolean
 * {@code true}/{@code false}, a formula its saved result. A cell showing an error
 * ({@code #DIV/0!}) or a formula never calculated is refused at its cell.
 */
final class SheetCells extends DefaultHandler {

	/**
	 * The date formats of a Chinese Excel that a file names by number alone (年月日, 年月,
	 * 月日): POI's built-in table does not have them.
	 */
	private static final Set<Integer> CHINESE_DATES = Set.of(27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58);

	private static final int MAX_COLUMNS = 16_384;

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private final WorksheetRows source;

	private final ReadOnlySharedStringsTable strings;

	private final StylesTable styles;

	private final boolean date1904;

	private final Consumer<RawRow> action;

	private final Map<Integer, Boolean> dateStyles = new HashMap<>();

	private int width = -1;

	private int row;

	private List<String> values;

	private List<InputError> refused;

	private int column;

	private String type;

	private int style;

	private boolean formula;

	private boolean hasValue;

	private boolean inValue;

	private boolean inText;

	private boolean inPhonetic;

	private final StringBuilder text = new StringBuilder();

	SheetCells(WorksheetRows source, ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904,
			Consumer<RawRow> action) {
		this.source = source;
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
		this.action = action;
	}

	/** Whether a workbook counts its dates from 1904 (old Mac Excel) rather than 1900. */
	static boolean date1904(InputStream workbook) throws IOException, SAXException, ParserConfigurationException {
		boolean[] from1904 = { false };
		try (workbook) {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if (name(localName, qName).equals("workbookPr")) {
						String value = attributes.getValue("date1904");
						from1904[0] = "1".equals(value) || "true".equals(value);
					}
				}
			});
			parser.parse(new InputSource(workbook));
		}
		return from1904[0];
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (name(localName, qName)) {
			case "row" -> {
				String number = attributes.getValue("r");
				row = (number != null) ? Integer.parseInt(number) : row + 1;
				values = new ArrayList<>();
				refused = new ArrayList<>();
				column = 0;
			}
			case "c" -> {
				String reference = attributes.getValue("r");
				column = (reference != null) ? columnOf(reference) : column + 1;
				if (column > MAX_COLUMNS) {
					throw new IllegalArgumentException("no such column");
				}
				type = attributes.getValue("t");
				String styleIndex = attributes.getValue("s");
				style = (styleIndex != null) ? Integer.parseInt(styleIndex) : 0;
				formula = false;
				hasValue = false;
				text.setLength(0);
			}
			case "f" -> formula = true;
			case "v" -> {
				inValue = true;
				hasValue = true;
			}
			case "rPh" -> inPhonetic = true;
			case "t" -> {
				inText = !inPhonetic;
				hasValue |= inText;
			}
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] characters, int start, int length) {
		if (inValue || inText) {
			text.append(characters, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (name(localName, qName)) {
			case "v" -> inValue = false;
			case "t" -> inText = false;
			case "rPh" -> inPhonetic = false;
			case "c" -> cell();
			case "row" -> endRow();
			default -> {
			}
		}
	}

	private void cell() {
		String value;
		if (!hasValue) {
			if (!formula) {
				return;
			}
			refused.add(error("input.xlsx.notCalculated", null));
			value = "";
		}
		else if ("e".equals(type)) {
			refused.add(error("input.xlsx.errorCell", text.toString()));
			value = "";
		}
		else {
			value = value(text.toString());
		}
		while (values.size() < column - 1) {
			values.add("");
		}
		values.add(value);
	}

	private String value(String written) {
		if (type == null || type.equals("n")) {
			return number(written);
		}
		return switch (type) {
			case "s" -> strings.getItemAt(Integer.parseInt(written.strip())).getString();
			case "b" -> String.valueOf("1".equals(written.strip()) || "true".equals(written.strip()));
			case "d" -> dateTime(LocalDateTime.parse(written.strip().replaceFirst("Z$", "")));
			default -> written;
		};
	}

	private String number(String written) {
		BigDecimal number;
		try {
			number = new BigDecimal(written.strip());
		}
		catch (NumberFormatException notANumber) {
			return written;
		}
		if (isDate(style) && DateUtil.isValidExcelDate(number.doubleValue())) {
			return dateTime(DateUtil.getLocalDateTime(number.doubleValue(), date1904, true));
		}
		return (number.signum() == 0) ? "0" : number.stripTrailingZeros().toPlainString();
	}

	private static String dateTime(LocalDateTime value) {
		return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
				: value.format(DATE_TIME);
	}

	private boolean isDate(int index) {
		return dateStyles.computeIfAbsent(index, key -> {
			if (styles == null || key < 0 || key >= styles.getNumCellStyles()) {
				return false;
			}
			XSSFCellStyle cellStyle = styles.getStyleAt(key);
			int format = cellStyle.getDataFormat();
			String pattern = cellStyle.getDataFormatString();
			return CHINESE_DATES.contains(format) || (pattern != null && DateUtil.isADateFormat(format, pattern));
		});
	}

	/**
	 * Hands on a row that has a value, cut to the header's width: what lies beyond is
	 * refused at its first cell, as a CSV row with more fields than its header is.
	 */
	private void endRow() {
		int last = values.size();
		while (last > 0 && values.get(last - 1).isBlank()) {
			last--;
		}
		List<String> kept = new ArrayList<>(values.subList(0, last));
		if (width < 0) {
			if (kept.isEmpty() && refused.isEmpty()) {
				return;
			}
			width = kept.size();
		}
		if (kept.size() > width) {
			int beyond = width;
			while (kept.get(beyond).isBlank()) {
				beyond++;
			}
			column = beyond + 1;
			refused.add(error("input.xlsx.beyondHeader", kept.get(beyond)));
			kept = new ArrayList<>(kept.subList(0, width));
		}
		while (kept.size() < width) {
			kept.add("");
		}
		RawRow raw = new RawRow(row, kept, List.copyOf(refused));
		if (!raw.blank()) {
			action.accept(raw);
		}
	}

	private InputError error(String key, String value) {
		return source.located(InputError.of(source.file(), row, column, null, value, key));
	}

	/** The 1-based column of a cell reference such as {@code D17}. */
	static int columnOf(String reference) {
		int number = 0;
		for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			number = number * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
		}
		return number;
	}

	private static String name(String localName, String qName) {
		return (localName != null && !localName.isEmpty()) ? localName : qName.substring(qName.indexOf(':') + 1);
	}

}
