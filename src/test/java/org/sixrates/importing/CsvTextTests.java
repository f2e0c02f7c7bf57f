package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;

class CsvTextTests {

	private static final Charset GB18030 = Charset.forName("GB18030");

	@Test
	void aUtf8BomIsDropped() {
		byte[] bytes = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i', 'd' };

		CsvText text = CsvText.decode("f.csv", bytes);

		assertThat(text.text()).isEqualTo("id");
		assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void utf8WithoutABomIsReadAsUtf8() {
		CsvText text = CsvText.decode("f.csv", "单位代码,名称".getBytes(StandardCharsets.UTF_8));

		assertThat(text.text()).isEqualTo("单位代码,名称");
		assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void bytesThatAreNotUtf8AreReadAsGb18030() {
		// 单位 in GB18030 is B5 A5 CE BB: B5 A5 is not a valid UTF-8 sequence
		byte[] bytes = { (byte) 0xB5, (byte) 0xA5, (byte) 0xCE, (byte) 0xBB };

		CsvText text = CsvText.decode("f.csv", bytes);

		assertThat(text.text()).isEqualTo("单位");
		assertThat(text.charset()).isEqualTo(GB18030);
	}

	@Test
	void theGb18030TestFileIsRecognised() {
		CsvText text = CsvText.decode("f.csv", ImportingFixture.resource("records-gb18030.csv"));

		assertThat(text.charset()).isEqualTo(GB18030);
		assertThat(text.text()).startsWith("编号,单位,考核年度,类别");
	}

	@Test
	void aNulCharacterIsRefusedWhereItIs() {
		// line 2 is "c,d\0e": the NUL is its fourth character
		byte[] bytes = "a,b\nc,d\u0000e\n".getBytes(StandardCharsets.UTF_8);

		BadInputException refused = catchThrowableOfType(BadInputException.class, () -> CsvText.decode("f.csv", bytes));

		assertThat(refused.errors()).extracting(InputError::file, InputError::line, InputError::column)
			.containsExactly(tuple("f.csv", 2, 4));
		assertThat(refused.errors().get(0).expected()).startsWith("text without NUL characters");
	}

	@Test
	void bytesOfNeitherEncodingAreRefusedWhereTheyAre() {
		// line 2 is "P1,a" then FF FE, which neither UTF-8 nor GB18030 can read
		byte[] bytes = concat("id,title\nP1,a".getBytes(StandardCharsets.UTF_8),
				new byte[] { (byte) 0xFF, (byte) 0xFE }, "\n".getBytes(StandardCharsets.UTF_8));

		BadInputException refused = catchThrowableOfType(BadInputException.class, () -> CsvText.decode("f.csv", bytes));

		assertThat(refused.errors()).extracting(InputError::line, InputError::column, InputError::value)
			.containsExactly(tuple(2, 5, "0xFF"));
		assertThat(refused.errors().get(0).expected()).startsWith("text in one encoding, UTF-8 or GB18030");
	}

	@Test
	void aUtf8LineInAGb18030FileIsRefusedByItsLine() {
		// the title of line 2 is GB18030, that of line 3 UTF-8: GB18030 reads every byte
		// of
		// the file, line 3 as 涓枃鏍囬
		byte[] bytes = concat("id,title\n".getBytes(StandardCharsets.UTF_8), "P1,澜东区政协\n".getBytes(GB18030),
				"P2,中文标题\n".getBytes(StandardCharsets.UTF_8));

		BadInputException refused = catchThrowableOfType(BadInputException.class, () -> CsvText.decode("f.csv", bytes));

		assertThat(refused.errors()).extracting(InputError::line).containsExactly(3);
		assertThat(refused.errors().get(0).expected()).startsWith("one encoding for the whole file");
	}

	@Test
	void aUtf8LineThatGb18030CannotReadIsRefusedWhereItFails() {
		// 澜东区政协调研报告 in UTF-8 is no GB18030 either: its 0x8A after 0xE6 is refused
		byte[] bytes = concat("id,title\n".getBytes(StandardCharsets.UTF_8), "P1,澜东区政协\n".getBytes(GB18030),
				"P2,澜东区政协调研报告\n".getBytes(StandardCharsets.UTF_8));

		BadInputException refused = catchThrowableOfType(BadInputException.class, () -> CsvText.decode("f.csv", bytes));

		assertThat(refused.errors()).extracting(InputError::line).containsExactly(3);
		assertThat(refused.errors().get(0).expected()).startsWith("text in one encoding, UTF-8 or GB18030");
	}

	@Test
	void aGb18030FileWhoseShortWordsHappenToBeUtf8IsStillGb18030() {
		// 是 is CA C7 in GB18030, a valid two-byte UTF-8 sequence: one word proves nothing
		byte[] bytes = concat("id,converted,title\n".getBytes(StandardCharsets.UTF_8),
				"P1,是,x\nP2,否,澜东区政协\n".getBytes(GB18030));

		CsvText text = CsvText.decode("f.csv", bytes);

		assertThat(text.charset()).isEqualTo(GB18030);
		assertThat(text.text()).contains("P1,是,x", "P2,否,澜东区政协");
	}

	@Test
	void aFileWithAUtf8BomAndBytesThatAreNotUtf8IsRefused() {
		byte[] bytes = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"id\n".getBytes(StandardCharsets.UTF_8), "单位".getBytes(GB18030));

		BadInputException refused = catchThrowableOfType(BadInputException.class, () -> CsvText.decode("f.csv", bytes));

		assertThat(refused.errors()).extracting(InputError::line, InputError::column).containsExactly(tuple(2, 1));
	}

	@Test
	void theEncodingAndItsErrorsDoNotDependOnHowTheBytesAreReadInChunks() throws IOException {
		// the cases above, read as a file on disk is, a few bytes at a time: a sequence,
		// a run of high bytes or a CRLF cut between two chunks changes nothing
		byte[] gb18030 = ImportingFixture.resource("records-gb18030.csv");
		byte[] neither = concat("id,title\nP1,a".getBytes(StandardCharsets.UTF_8),
				new byte[] { (byte) 0xFF, (byte) 0xFE }, "\n".getBytes(StandardCharsets.UTF_8));
		byte[] mixed = concat("id,title\r\n".getBytes(StandardCharsets.UTF_8), "P1,澜东区政协\r\n".getBytes(GB18030),
				"P2,中文标题\r\n".getBytes(StandardCharsets.UTF_8));
		byte[] nul = "a,b\r\nc,d\u0000e\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] bomThenGb18030 = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"id\n".getBytes(StandardCharsets.UTF_8), "单位".getBytes(GB18030));
		for (int chunk : new int[] { 1, 2, 3, 5, 7 }) {
			assertThat(CsvText.encoding("f.csv", () -> new ByteArrayInputStream(gb18030), chunk))
				.isEqualTo(new CsvText.Encoding(GB18030, 0));
			assertThat(refused(neither, chunk)).containsExactly(tuple(2, 5, "0xFF"));
			assertThat(refused(mixed, chunk)).containsExactly(tuple(3, 0, null));
			assertThat(refused(nul, chunk)).containsExactly(tuple(2, 4, null));
			assertThat(refused(bomThenGb18030, chunk)).containsExactly(tuple(2, 1, "0xB5"));
		}
	}

	private static List<Tuple> refused(byte[] bytes, int chunk) {
		BadInputException refused = catchThrowableOfType(BadInputException.class,
				() -> CsvText.encoding("f.csv", () -> new ByteArrayInputStream(bytes), chunk));
		return refused.errors().stream().map(error -> tuple(error.line(), error.column(), error.value())).toList();
	}

	private static byte[] concat(byte[]... parts) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
