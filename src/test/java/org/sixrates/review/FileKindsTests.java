package org.sixrates.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.vocabulary.Messages;

class FileKindsTests {

	private static final FileKinds KINDS = new FileKinds(1024);

	@Test
	void eachOfTheFourKindsIsKnownByItsBytes() {
		assertThat(KINDS.check("批示件.pdf", EvidenceSamples.pdf()).kind()).isEqualTo(FileKind.PDF);
		assertThat(KINDS.check("批示件.ofd", EvidenceSamples.ofd()).kind()).isEqualTo(FileKind.OFD);
		assertThat(KINDS.check("现场.jpg", EvidenceSamples.jpeg()).kind()).isEqualTo(FileKind.JPEG);
		assertThat(KINDS.check("现场.JPEG", EvidenceSamples.jpeg()).kind()).isEqualTo(FileKind.JPEG);
		assertThat(KINDS.check("截图.png", EvidenceSamples.png()).kind()).isEqualTo(FileKind.PNG);
		assertThat(Arrays.stream(FileKind.values()).map(FileKind::mediaType)).containsExactly("application/pdf",
				"application/ofd", "image/jpeg", "image/png");
	}

	@Test
	void aNameWithoutAnExtensionIsTakenAsTheBytesSay() {
		FileKinds.Checked checked = KINDS.check("扫描件", EvidenceSamples.pdf());
		assertThat(checked.kind()).isEqualTo(FileKind.PDF);
		assertThat(checked.fileName()).isEqualTo("扫描件");
		// a dot followed by a version number or Chinese text declares no extension
		assertThat(KINDS.check("决议v1.5", EvidenceSamples.pdf()).kind()).isEqualTo(FileKind.PDF);
		assertThat(KINDS.check("关于养老.第二稿", EvidenceSamples.png()).kind()).isEqualTo(FileKind.PNG);
	}

	@Test
	void aFileOfExactlyTheLimitIsTaken() {
		byte[] bytes = Arrays.copyOf(EvidenceSamples.pdf(), 1024);
		assertThat(KINDS.check("a.pdf", bytes).bytes()).hasSize(1024);
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(refusal("a.pdf", new byte[0])).containsExactly("a.pdf: a file with content; this one has 0 bytes");
	}

	@Test
	void aFileOverTheLimitIsRefusedNamingTheLimit() {
		byte[] bytes = Arrays.copyOf(EvidenceSamples.pdf(), 1025);
		assertThat(refusal("a.pdf", bytes)).containsExactly("a.pdf: a file of at most 1KB; this one has 1.1KB");
		assertThat(new FileKinds(10L * 1024 * 1024).maxSize()).isEqualTo(10_485_760);
		assertThat(FileKinds.size(10L * 1024 * 1024)).isEqualTo("10MB");
		assertThat(FileKinds.size(10L * 1024 * 1024 + 1)).isEqualTo("10.1MB");
		assertThat(FileKinds.size(1536)).isEqualTo("1.5KB");
		assertThat(FileKinds.size(12)).isEqualTo("12B");
	}

	@Test
	void aProgramNamedPdfIsRefusedAsAProgram() {
		assertThat(refusal("invoice.pdf", EvidenceSamples.exe())).containsExactly(
				"invoice.pdf: a PDF, OFD, JPEG or PNG file, as its contents show (its name does not count); this file is a program");
		assertThat(refusal("scan.pdf", EvidenceSamples.elf())).singleElement()
			.asString()
			.endsWith("this file is a program");
	}

	@Test
	void htmlAndSvgAreRefusedWhateverTheirName() {
		for (byte[] markup : List.of(EvidenceSamples.html(), EvidenceSamples.svg(),
				EvidenceSamples.svgWithDeclaration())) {
			for (String name : List.of("page.pdf", "logo.svg", "logo.png", "page")) {
				assertThat(refusal(name, markup)).singleElement()
					.asString()
					.startsWith(name + ": a PDF, OFD, JPEG or PNG file")
					.endsWith("this file is HTML, XML or SVG text");
			}
		}
	}

	@Test
	void aZipWithoutOfdXmlAtItsRootIsNotAnOfd() {
		assertThat(refusal("doc.ofd", EvidenceSamples.zipWithoutOfdXml())).singleElement()
			.asString()
			.startsWith(
					"doc.ofd: an OFD file, a ZIP archive with OFD.xml at its root; this ZIP archive has no OFD.xml");
		assertThat(refusal("doc.ofd", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })).singleElement()
			.asString()
			.contains("has no OFD.xml");
	}

	@Test
	void anExtensionThatDisagreesWithTheBytesIsRefused() {
		assertThat(refusal("x.png", EvidenceSamples.pdf())).containsExactly(
				"x.png: \".png\" — an extension that matches the contents: this is a PDF file, so its name should end in .pdf, not .png");
		assertThat(refusal("photo.pdf", EvidenceSamples.png())).singleElement().asString().contains("a PNG file");
		assertThat(refusal("doc.pdf", EvidenceSamples.ofd())).singleElement().asString().contains("end in .ofd");
		assertThat(refusal("report.exe", EvidenceSamples.pdf())).singleElement().asString().contains("not .exe");
	}

	@ParameterizedTest
	@ValueSource(strings = { "../../x.pdf", "a/b.pdf", "/etc/x.pdf", "C:\\x.pdf", "..\\x.pdf", "C:x.pdf",
			"x.pdf:stream", ".", ".." })
	void aNameWithAPathIsRefusedNotStripped(String name) {
		assertThat(refusal(name, EvidenceSamples.pdf())).anySatisfy(message -> assertThat(message)
			.isEqualTo(name + ": a file name without a folder: no /, \\ or :, and not . or .. "
					+ "(the name is kept as given, never rewritten)"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000.pdf", "a\n.pdf", "a\r\n.pdf", "a\t.pdf", "\u007f.pdf", "a\u0085.pdf",
			"gpj\u202e.pdf", "a\u2028.pdf", "a\u2066.pdf" })
	void aNameWithAControlCharacterIsRefusedAndShownWithItsCode(String name) {
		List<String> refusal = refusal(name, EvidenceSamples.pdf());
		assertThat(refusal).singleElement()
			.asString()
			.endsWith(": a file name without control characters or text direction marks")
			.contains("\\u")
			.doesNotContain("\n", "\u0000", "\u202e");
	}

	@Test
	void aNameOfMoreThan255CharactersIsRefused() {
		String longest = "批".repeat(251) + ".pdf";
		assertThat(KINDS.check(longest, EvidenceSamples.pdf()).fileName()).hasSize(255);
		assertThat(refusal("批".repeat(252) + ".pdf", EvidenceSamples.pdf())).singleElement()
			.asString()
			.endsWith(": a file name of at most 255 characters (found 256)");
	}

	@Test
	void anUploadWithoutANameIsRefused() {
		assertThat(refusal("", EvidenceSamples.pdf()))
			.containsExactly("file: a file with a name; this upload has none");
		assertThat(refusal(null, EvidenceSamples.pdf())).hasSize(1);
	}

	@Test
	void everythingWrongIsSaidAtOnceAndInChinese() {
		BadInputException refused = catchThrowableOfType(BadInputException.class,
				() -> KINDS.check("../x.pdf", new byte[0]));
		assertThat(refused.errors()).hasSize(2);
		assertThat(refused.errors().get(1).message(Messages.CHINESE)).isEqualTo("../x.pdf：应为有内容的文件：此文件为 0 字节");
	}

	@Test
	void anOfdXmlAfterOtherEntriesIsFound() {
		assertThat(FileKinds
			.sniff(EvidenceSamples.zip("Doc_0/Document.xml", "<x/>", "mimetype", "ofd", "OFD.xml", "<ofd:OFD/>")))
			.contains(FileKind.OFD);
	}

	@Test
	void aZipThatInflatesBeyondItsBoundIsNotReadToTheEnd() {
		String megabyte = "0".repeat(1024 * 1024);
		int parts = (int) (FileKinds.ZIP_INFLATED / megabyte.length()) + 1;
		String[] entries = new String[2 * parts + 2];
		for (int i = 0; i < parts; i++) {
			entries[2 * i] = "part" + i;
			entries[2 * i + 1] = megabyte;
		}
		entries[2 * parts] = "OFD.xml";
		entries[2 * parts + 1] = "<ofd:OFD/>";
		byte[] bomb = EvidenceSamples.zip(entries);
		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertThat(FileKinds.sniff(bomb)).isEmpty();
	}

	private static List<String> refusal(String name, byte[] bytes) {
		BadInputException refused = catchThrowableOfType(BadInputException.class, () -> KINDS.check(name, bytes));
		assertThat(refused).as("%s is refused", name).isNotNull();
		return refused.errors().stream().map(InputError::message).toList();
	}

}
