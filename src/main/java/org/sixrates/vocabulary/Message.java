package org.sixrates.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A sentence for a user, kept as its key in the message bundles and its arguments until
 * it is shown, so that one error reads in Chinese on a Chinese page and in English on an
 * English one. An argument that is itself {@link Localizable} (a field, a term, another
 * message) is written in the same language.
 *
 * @param key the key in {@code messages.properties} and {@code messages_en.properties}
 * @param arguments {@code {0}}, {@code {1}}, … of the pattern
 */
public record Message(String key, List<Object> arguments) implements Localizable {

	public Message {
		arguments = List.copyOf(arguments);
	}

	public static Message of(String key, Object... arguments) {
		return new Message(key, Arrays.asList(arguments));
	}

	@Override
	public String in(Locale locale) {
		return Messages.text(locale, key, arguments.toArray());
	}

	@Override
	public String toString() {
		return english();
	}

}
