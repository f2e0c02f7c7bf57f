package org.sixrates.rules;

import java.util.Arrays;

/**
 * A scheme file's name and exact bytes: what a snapshot keeps so that its results can be
 * recomputed with the very rules that made them.
 */
public record SchemeFile(String name, byte[] bytes) {

	public SchemeFile {
		bytes = bytes.clone();
	}

	@Override
	public byte[] bytes() {
		return bytes.clone();
	}

	/** The scheme the file holds, checked as at start. */
	public Scheme scheme() {
		return SchemeLoader.parse(name, bytes);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SchemeFile file && file.name.equals(name) && Arrays.equals(file.bytes, bytes);
	}

	@Override
	public int hashCode() {
		return 31 * name.hashCode() + Arrays.hashCode(bytes);
	}

	@Override
	public String toString() {
		return "SchemeFile[" + name + ", " + bytes.length + " bytes]";
	}

}
