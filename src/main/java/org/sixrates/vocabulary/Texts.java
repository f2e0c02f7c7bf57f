package org.sixrates.vocabulary;

/** Text helpers shared by the writers of labels into columns of a fixed length. */
public final class Texts {

	private Texts() {
	}

	/**
	 * The start of {@code text} that fits {@code length} characters: a file name or a
	 * user name too long for its column is a label, not data, and is cut rather than
	 * refused.
	 */
	public static String cut(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

}
