package org.sixrates.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;

/**
 * What kind of file an upload is, told by its bytes and never by its name: a ZIP holding
 * an Excel workbook is read as {@code .xlsx}, any other file as CSV text. A legacy
 * {@code .xls}, a workbook with a password (an OLE2 container holding an
 * {@code EncryptedPackage}), another kind of ZIP (an OpenDocument spreadsheet, a Word
 * document) and a damaged workbook are refused, each with what to do instead. So that a
 * small file cannot unpack into the whole heap, a workbook whose parts unpack to more
 * than {@link #MAX_UNPACKED} bytes is refused before it is parsed; POI's own zip bomb
 * checks ({@code ZipSecureFile}) stay on besides. A spooled upload's workbook is opened
 * from its file, whose ZIP directory lets POI unpack one part at a time: of the workbook
 * only its shared strings are held, its sheet is streamed ({@link WorksheetRows}).
 */
final class Workbooks {

	/**
	 * About the rows of a CSV file at the upload limit (20 MB): a sheet's XML takes four
	 * to six times the bytes of the same rows as CSV.
	 */
	static final long MAX_UNPACKED = 128L * 1024 * 1024;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] EMPTY_ZIP = { 'P', 'K', 5, 6 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
			XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
			XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

	private Workbooks() {
	}

	/**
	 * The extension a file of this content has: {@code xlsx}, {@code xls} or {@code csv}.
	 */
	static String extension(byte[] content) {
		if (startsWith(content, ZIP) || startsWith(content, EMPTY_ZIP)) {
			return "xlsx";
		}
		return startsWith(content, OLE2) ? "xls" : "csv";
	}

	/**
	 * The rows of {@code content}: the first worksheet of a workbook, or the CSV text of
	 * any other file; a {@link BadInputException} when it is neither.
	 */
	static RowSource rows(String file, byte[] content) {
		return rows(file, Upload.of(file, content));
	}

	/**
	 * The rows of an upload, read from it each time they are read: the first worksheet of
	 * a workbook, or the CSV text of any other file, whose encoding is found here; a
	 * {@link BadInputException} when it is neither.
	 */
	static RowSource rows(String file, Upload upload) {
		byte[] head = upload.head();
		if (startsWith(head, OLE2)) {
			throw refused(file, encrypted(upload) ? "input.xlsx.encrypted" : "input.xls");
		}
		if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
			return worksheet(file, upload);
		}
		try {
			return new CsvStream(file, upload::open, CsvText.encoding(file, upload::open, CsvText.CHUNK));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The workbook of an upload, read only: from its file, whose ZIP directory POI reads
	 * to unpack one part at a time, or from its bytes in memory.
	 */
	static OPCPackage open(Upload upload) throws IOException, InvalidFormatException {
		Optional<Path> file = upload.file();
		if (file.isPresent()) {
			return OPCPackage.open(file.get().toFile(), PackageAccess.READ);
		}
		try (InputStream content = upload.open()) {
			return OPCPackage.open(content);
		}
	}

	private static RowSource worksheet(String file, Upload upload) {
		checkZip(file, upload);
		try (OPCPackage workbook = open(upload)) {
			try {
				if (workbook.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).size() > 0) {
					throw refused(file, "input.xlsx.strict");
				}
				PackageRelationship document = workbook.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
					.getRelationship(0);
				PackagePart main = (document != null) ? workbook.getPart(document) : null;
				if (main == null || !WORKBOOK_TYPES.contains(main.getContentType())) {
					throw refused(file, "input.xlsx.notWorkbook");
				}
				XSSFReader.SheetIterator sheets = new XSSFReader(workbook).getSheetIterator();
				if (!sheets.hasNext()) {
					throw refused(file, "input.xlsx.noSheet");
				}
				sheets.next().close();
				return new WorksheetRows(file, upload, sheets.getSheetName());
			}
			finally {
				workbook.revert();
			}
		}
		catch (BadInputException ex) {
			throw ex;
		}
		catch (IOException | OpenXML4JException | RuntimeException damaged) {
			throw refused(file, "input.xlsx.damaged");
		}
	}

	/**
	 * Unpacks every entry once without keeping it, refusing a damaged ZIP, a ZIP that
	 * holds no Office document (an OpenDocument spreadsheet is named) and one too large
	 * unpacked.
	 */
	private static void checkZip(String file, Upload upload) {
		Set<String> names = new HashSet<>();
		long unpacked = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream content = upload.open(); ZipInputStream zip = new ZipInputStream(content)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
				for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
					unpacked += read;
					if (unpacked > MAX_UNPACKED) {
						throw refused(file, "input.xlsx.tooLarge", MAX_UNPACKED / 1024 / 1024);
					}
				}
			}
		}
		catch (IOException | RuntimeException damaged) {
			if (damaged instanceof BadInputException refusal) {
				throw refusal;
			}
			throw refused(file, "input.xlsx.damaged");
		}
		if (!names.contains("[Content_Types].xml")) {
			throw refused(file, names.contains("mimetype") && names.contains("content.xml") ? "input.xlsx.openDocument"
					: names.isEmpty() ? "input.xlsx.damaged" : "input.xlsx.notWorkbook");
		}
	}

	/** Whether an OLE2 container holds an encrypted OOXML package: a password. */
	private static boolean encrypted(Upload upload) {
		try (POIFSFileSystem container = container(upload)) {
			return container.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
		}
		catch (IOException | RuntimeException damaged) {
			return false;
		}
	}

	private static POIFSFileSystem container(Upload upload) throws IOException {
		Optional<Path> file = upload.file();
		if (file.isPresent()) {
			return new POIFSFileSystem(file.get().toFile(), true);
		}
		try (InputStream content = upload.open()) {
			return new POIFSFileSystem(content);
		}
	}

	private static BadInputException refused(String file, String key, Object... arguments) {
		return new BadInputException(InputError.of(file, 0, 0, null, null, key, arguments));
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
