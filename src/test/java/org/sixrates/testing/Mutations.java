package org.sixrates.testing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Damage done to a valid file, as a fuzzer does it: characters dropped, doubled, swapped
 * or replaced by random bytes, lines dropped, doubled or swapped, the end cut off, the
 * whole re-encoded, and text that parsers find hard (quotes, huge numbers, line breaks)
 * put in.
 */
public final class Mutations {

	private static final List<String> AWKWARD = List.of("\"", "\"\"", ",", "\n", "\r", "\r\n", "\uFEFF", "\u0000",
			"99999999999999999999999", "-1", "1e309", "NaN", "-0", "１２", "是", "否", "\t", "=1+1", " ", "'", ":", "- ",
			"{", "}", "[", "]", "&a", "*a", "!!binary", "~", "null", ".inf", "0x10", "2147483648", "9".repeat(400),
			"提案", "已办结", "县级");

	private Mutations() {
	}

	/** {@code valid} with one to five mutations, or none (a valid file must pass too). */
	public static Arbitrary<byte[]> of(Arbitrary<String> valid) {
		return Combinators.combine(valid, mutation().list().ofMaxSize(5)).as((text, mutations) -> {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			for (Mutation mutation : mutations) {
				bytes = mutation.apply(bytes);
			}
			return bytes;
		});
	}

	private static Arbitrary<Mutation> mutation() {
		return Combinators
			.combine(Arbitraries.of(Kind.class), Arbitraries.doubles().between(0, true, 1, false),
					Arbitraries.doubles().between(0, true, 1, false), Arbitraries.bytes(), Arbitraries.of(AWKWARD))
			.as(Mutation::new);
	}

	enum Kind {

		DROP_CHARACTER, DOUBLE_CHARACTER, SWAP_CHARACTERS, RANDOM_BYTE, INSERT_BYTE, DROP_LINE, DOUBLE_LINE, SWAP_LINES,
		TRUNCATE, INSERT_TEXT, REPLACE_FIELD, GB18030, UTF_16, LATIN_1

	}

	/** Where a mutation strikes is a fraction of the length, so that it fits any file. */
	record Mutation(Kind kind, double at, double other, byte value, String text) {

		byte[] apply(byte[] bytes) {
			int n = bytes.length;
			int i = (int) (at * n);
			return switch (kind) {
				case DROP_CHARACTER -> n == 0 ? bytes : splice(bytes, i, i + 1, new byte[0]);
				case DOUBLE_CHARACTER -> n == 0 ? bytes : splice(bytes, i, i, new byte[] { bytes[i] });
				case SWAP_CHARACTERS -> swap(bytes, i);
				case RANDOM_BYTE -> n == 0 ? bytes : splice(bytes, i, i + 1, new byte[] { value });
				case INSERT_BYTE -> splice(bytes, i, i, new byte[] { value });
				case DROP_LINE, DOUBLE_LINE, SWAP_LINES -> lines(bytes);
				case TRUNCATE -> Arrays.copyOf(bytes, i);
				case INSERT_TEXT -> splice(bytes, i, i, text.getBytes(StandardCharsets.UTF_8));
				case REPLACE_FIELD -> replaceField(bytes, i);
				case GB18030 -> recode(bytes, Charset.forName("GB18030"));
				case UTF_16 -> recode(bytes, StandardCharsets.UTF_16);
				case LATIN_1 -> recode(bytes, StandardCharsets.ISO_8859_1);
			};
		}

		private byte[] lines(byte[] bytes) {
			List<String> lines = new ArrayList<>(
					Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
			int i = (int) (at * lines.size());
			int j = (int) (other * lines.size());
			switch (kind) {
				case DROP_LINE -> lines.remove(i);
				case DOUBLE_LINE -> lines.add(i, lines.get(i));
				default -> {
					String line = lines.get(i);
					lines.set(i, lines.get(j));
					lines.set(j, line);
				}
			}
			return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
		}

		// the text between two separators (comma, colon, space or line break) replaced as
		// a whole
		private byte[] replaceField(byte[] bytes, int i) {
			int from = i;
			while (from > 0 && !separator(bytes[from - 1])) {
				from--;
			}
			int to = i;
			while (to < bytes.length && !separator(bytes[to])) {
				to++;
			}
			return splice(bytes, from, to, text.getBytes(StandardCharsets.UTF_8));
		}

		private static boolean separator(byte b) {
			return b == ',' || b == ':' || b == ' ' || b == '\n';
		}

		private static byte[] swap(byte[] bytes, int i) {
			if (i + 1 >= bytes.length) {
				return bytes;
			}
			byte[] swapped = bytes.clone();
			swapped[i] = bytes[i + 1];
			swapped[i + 1] = bytes[i];
			return swapped;
		}

		private static byte[] recode(byte[] bytes, Charset charset) {
			return new String(bytes, StandardCharsets.UTF_8).getBytes(charset);
		}

		private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
			byte[] result = new byte[bytes.length - (to - from) + insert.length];
			System.arraycopy(bytes, 0, result, 0, from);
			System.arraycopy(insert, 0, result, from, insert.length);
			System.arraycopy(bytes, to, result, from + insert.length, bytes.length - to);
			return result;
		}

	}

}
