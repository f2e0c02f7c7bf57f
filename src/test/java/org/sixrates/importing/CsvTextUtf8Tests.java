package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The check of a file's bytes alone says UTF-8 exactly when the JDK's strict decoder
 * reads them and none is a NUL, whatever the chunks they are read in: any other file goes
 * to the decoder, which says where it goes wrong.
 */
class CsvTextUtf8Tests {

	@Property(tries = 5000)
	void saysUtf8ExactlyWhenTheStrictDecoderReadsTheBytesAndNoneIsNul(@ForAll("bytes") byte[] bytes,
			@ForAll @IntRange(min = 1, max = 8) int chunk) throws IOException {
		assertThat(CsvText.plainUtf8(() -> new ByteArrayInputStream(bytes), 0, chunk))
			.isEqualTo(decodes(bytes) && !hasNul(bytes));
	}

	@Test
	void refusesTheSequencesRfc3629Forbids() throws IOException {
		List<int[]> refused = List.of(new int[] { 0xC0, 0xAF }, new int[] { 0xC1, 0xBF },
				new int[] { 0xE0, 0x9F, 0xBF }, new int[] { 0xED, 0xA0, 0x80 }, new int[] { 0xF0, 0x8F, 0xBF, 0xBF },
				new int[] { 0xF4, 0x90, 0x80, 0x80 }, new int[] { 0xF5, 0x80, 0x80, 0x80 }, new int[] { 0xE4, 0xB8 },
				new int[] { 0x80 }, new int[] { 'a', 0x00, 'b' });
		for (int[] sequence : refused) {
			byte[] bytes = new byte[sequence.length];
			for (int i = 0; i < sequence.length; i++) {
				bytes[i] = (byte) sequence[i];
			}
			assertThat(CsvText.plainUtf8(() -> new ByteArrayInputStream(bytes), 0, 2)).isFalse();
		}
		byte[] chinese = "id,名称\n1,关于𠀀\uFEFF\n".getBytes(StandardCharsets.UTF_8);
		assertThat(CsvText.plainUtf8(() -> new ByteArrayInputStream(chinese), 0, 3)).isTrue();
	}

	@Provide
	Arbitrary<byte[]> bytes() {
		// pieces of UTF-8 and bytes that break it, so that both kinds of file come up
		Arbitrary<byte[]> piece = Arbitraries.oneOf(
				Arbitraries.strings().ofMaxLength(3).map(text -> text.getBytes(StandardCharsets.UTF_8)),
				Arbitraries.of("中", "𠀀", "é", "\uFFFF", "a").map(text -> text.getBytes(StandardCharsets.UTF_8)),
				Arbitraries.integers().between(0, 255).map(b -> new byte[] { (byte) (int) b }));
		return piece.list().ofMaxSize(12).map(pieces -> {
			int length = pieces.stream().mapToInt(p -> p.length).sum();
			ByteBuffer all = ByteBuffer.allocate(length);
			pieces.forEach(all::put);
			return all.array();
		});
	}

	private static boolean decodes(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException notUtf8) {
			return false;
		}
	}

	private static boolean hasNul(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

}
