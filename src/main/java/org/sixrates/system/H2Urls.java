package org.sixrates.system;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The settings every H2 database of Six Rates is opened with, written once and added to
 * whatever H2 URL is given: the application's {@code spring.datasource.url}, the command
 * line's scratch database and the tests' databases. So {@code jdbc:h2:file:/some/path} is
 * enough, and a URL that already has some of them, or settings of its own, keeps them.
 *
 * <ul>
 * <li>Required, because the migrations and queries are written for them:
 * {@code MODE=PostgreSQL} and {@code DATABASE_TO_LOWER=TRUE} (H2 and PostgreSQL agree on
 * names), {@code DEFAULT_NULL_ORDERING=HIGH} (nulls sort as on PostgreSQL) and
 * {@code YEAR} among the {@code NON_KEYWORDS} (a column is called {@code year}). A URL
 * that sets one of the first three to another value is refused: the application would not
 * run correctly on it, and silently overriding what the user wrote would hide that.
 * Further {@code NON_KEYWORDS} of the user's are kept, {@code YEAR} is added to them.
 * <li>Defaults the URL may change: {@code LOCK_TIMEOUT=60000}, so that an import waits
 * for another that holds its committees rather than failing after H2's default of two
 * seconds, and for an in-memory database {@code DB_CLOSE_DELAY=-1}, so that it lives as
 * long as the JVM and not only as long as one connection.
 * </ul>
 *
 * Setting names are matched without regard to case, as H2 does; the user's settings keep
 * their order and spelling, missing ones are appended.
 */
public final class H2Urls {

	private static final String PREFIX = "jdbc:h2:";

	/** Settings with the one value the schema allows, in the order they are appended. */
	private static final List<Setting> REQUIRED = List.of(new Setting("MODE", "PostgreSQL"),
			new Setting("DATABASE_TO_LOWER", "TRUE"), new Setting("DEFAULT_NULL_ORDERING", "HIGH"));

	private static final String NON_KEYWORDS = "NON_KEYWORDS";

	private static final String NON_KEYWORD = "YEAR";

	private H2Urls() {
	}

	/** Whether {@code url} is a JDBC URL of H2. */
	public static boolean isH2(String url) {
		return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
	}

	/**
	 * {@code url} with the settings Six Rates needs; applying it again changes nothing.
	 * @param url an H2 JDBC URL, with or without settings
	 * @return the URL with every required setting and default
	 * @throws IllegalArgumentException if {@code url} is not an H2 URL, or sets a
	 * required setting to another value
	 */
	public static String withRequiredSettings(String url) {
		if (!isH2(url)) {
			throw new IllegalArgumentException("Not an H2 JDBC URL (jdbc:h2:…)");
		}
		List<String> parts = split(url);
		StringBuilder result = new StringBuilder(parts.get(0));
		Set<String> present = new HashSet<>();
		for (String setting : parts.subList(1, parts.size())) {
			if (setting.isEmpty()) {
				continue;
			}
			String key = key(setting);
			String value = setting.substring(setting.indexOf('=') + 1);
			present.add(key);
			for (Setting required : REQUIRED) {
				if (required.key().equals(key) && !required.allows(value)) {
					// the setting alone: the rest of the URL may hold a password
					throw new IllegalArgumentException("The H2 URL sets " + setting + ", but Six Rates needs "
							+ required + ": leave the setting out of the URL or give that value");
				}
			}
			if (key.equals(NON_KEYWORDS) && !listsYear(value)) {
				setting = setting + "," + NON_KEYWORD;
			}
			result.append(';').append(setting);
		}
		for (Setting required : REQUIRED) {
			appendIfMissing(result, present, required.key(), required.value());
		}
		appendIfMissing(result, present, NON_KEYWORDS, NON_KEYWORD);
		appendIfMissing(result, present, "LOCK_TIMEOUT", "60000");
		if (parts.get(0).regionMatches(true, PREFIX.length(), "mem:", 0, 4)) {
			appendIfMissing(result, present, "DB_CLOSE_DELAY", "-1");
		}
		return result.toString();
	}

	/**
	 * The database part and the settings, split at each {@code ;} that is not escaped by
	 * a backslash (as in {@code INIT=…\;…}); each part keeps its escapes.
	 */
	private static List<String> split(String url) {
		List<String> parts = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == ';') {
				parts.add(url.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(url.substring(start));
		return parts;
	}

	private static String key(String setting) {
		int equals = setting.indexOf('=');
		return (equals < 0 ? setting : setting.substring(0, equals)).toUpperCase(Locale.ROOT);
	}

	private static boolean listsYear(String nonKeywords) {
		for (String word : nonKeywords.split(",")) {
			if (word.trim().equalsIgnoreCase(NON_KEYWORD)) {
				return true;
			}
		}
		return false;
	}

	private record Setting(String key, String value) {

		/** Whether H2 reads {@code given} as this setting's value. */
		boolean allows(String given) {
			if (value.equals("TRUE")) {
				// H2's spellings of true
				return Set.of("TRUE", "T", "YES", "Y", "1").contains(given.toUpperCase(Locale.ROOT));
			}
			return given.equalsIgnoreCase(value);
		}

		@Override
		public String toString() {
			return key + "=" + value;
		}

	}

	private static void appendIfMissing(StringBuilder url, Set<String> present, String key, String value) {
		if (!present.contains(key)) {
			url.append(';').append(key).append('=').append(value);
		}
	}

}
