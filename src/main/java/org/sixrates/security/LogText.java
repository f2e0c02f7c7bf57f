package org.sixrates.security;

/**
 * Text a client chose (a user name tried, a token's name), made safe to log and store: no
 * control characters, which could forge lines of the log, and bounded in length.
 */
final class LogText {

	private LogText() {
	}

	static String cut(String text, int length) {
		StringBuilder out = new StringBuilder(Math.min(text.length(), length));
		int i = 0;
		while (i < text.length()) {
			int c = text.codePointAt(i);
			if (out.length() + Character.charCount(c) > length) {
				break;
			}
			out.appendCodePoint(Character.isISOControl(c) ? '?' : c);
			i += Character.charCount(c);
		}
		return out.toString();
	}

}
