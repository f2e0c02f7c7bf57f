package org.sixrates.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The message bundles ({@code messages.properties}, Chinese, and
 * {@code messages_en.properties}) read without Spring, so that the plain-Java core, the
 * command line and the pages all speak the same words. Patterns follow Spring's rule: one
 * without arguments is taken as written, one with arguments is a {@link MessageFormat}.
 * Numbers are written plainly (2024, not 2,024).
 */
public final class Messages {

	/**
	 * The language of the city office, and of every page unless the reader asks for
	 * English.
	 */
	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final Locale ENGLISH = Locale.ENGLISH;

	/** The two languages the product speaks. */
	public static final List<Locale> LANGUAGES = List.of(CHINESE, ENGLISH);

	private static final String BASE_NAME = "messages";

	// never the server's own language: the base bundle is Chinese
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private Messages() {
	}

	/** Whether {@code locale} reads English; anything else reads Chinese. */
	public static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	/** The text of {@code key} in {@code locale}'s language, its arguments filled in. */
	public static String text(Locale locale, String key, Object... arguments) {
		String pattern = pattern(locale, key);
		if (arguments.length == 0) {
			return pattern;
		}
		Object[] written = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			written[i] = written(arguments[i], locale);
		}
		return new MessageFormat(pattern, locale).format(written);
	}

	/** Whether the bundles define {@code key}. */
	public static boolean has(String key) {
		return bundle(CHINESE).containsKey(key);
	}

	/**
	 * Every key the file of {@code locale}'s language defines itself
	 * ({@code messages_en.properties} or {@code messages.properties}), not counting what
	 * English would borrow from the Chinese base: for the tests of the bundles.
	 */
	public static Set<String> keys(Locale locale) {
		String file = BASE_NAME + (english(locale) ? "_en" : "") + ".properties";
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(file);
				Reader reader = new InputStreamReader(Objects.requireNonNull(in, file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Collections.unmodifiableSet(new TreeSet<>(properties.stringPropertyNames()));
	}

	/**
	 * The items in the reader's language, joined as a list: {@code 提案、建议案} or
	 * {@code a, b}.
	 */
	public static Localizable list(List<? extends Localizable> items) {
		return locale -> String.join(english(locale) ? ", " : "、",
				items.stream().map(item -> item.in(locale)).toList());
	}

	/** Several sentences in one: joined by {@code ；} or {@code ; }. */
	public static Localizable sentences(List<? extends Localizable> items) {
		return locale -> String.join(english(locale) ? "; " : "；",
				items.stream().map(item -> item.in(locale)).toList());
	}

	private static String pattern(Locale locale, String key) {
		try {
			return bundle(locale).getString(key);
		}
		catch (MissingResourceException missing) {
			throw new IllegalArgumentException("No message " + key + " in " + BASE_NAME + " for " + locale, missing);
		}
	}

	private static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(BASE_NAME, english(locale) ? ENGLISH : CHINESE, NO_FALLBACK);
	}

	private static Object written(Object argument, Locale locale) {
		if (argument instanceof Localizable localizable) {
			return localizable.in(locale);
		}
		if (argument instanceof Double || argument instanceof Float) {
			return Decimals.plain(((Number) argument).doubleValue());
		}
		if (argument instanceof Number number) {
			return number.toString();
		}
		return String.valueOf(argument);
	}

}
