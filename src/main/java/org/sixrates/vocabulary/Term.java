package org.sixrates.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A value of a closed vocabulary (a kind, a level, a status …). Its code is the enum
 * constant; its labels are in the message bundles under {@link #labelKey()}, and every
 * spelling a page shows is one a file may write: the code in any case, the Chinese label,
 * or the English label in any case.
 */
public interface Term extends Localizable {

	String name();

	/** The key of the term's label in the message bundles, e.g. {@code kind.PROPOSAL}. */
	String labelKey();

	@Override
	default String in(Locale locale) {
		return Messages.text(locale, labelKey());
	}

	/**
	 * The term named by {@code text}, surrounding spaces ignored: its code in any case,
	 * or its label in either language (English in any case).
	 */
	static <E extends Enum<E> & Term> Optional<E> parse(Class<E> type, String text) {
		if (text == null) {
			return Optional.empty();
		}
		// a file writes the code or a label as it is far more often than in another case:
		// found as written, it need not be stripped and lowered
		E exact = Spellings.exact(type).get(text);
		if (exact != null) {
			return Optional.of(exact);
		}
		return Optional.ofNullable(Spellings.of(type).get(text.strip().toLowerCase(Locale.ROOT)));
	}

	/**
	 * The accepted values for a message: {@code PROPOSAL (提案), …} in English,
	 * {@code 提案（PROPOSAL）、…} in Chinese.
	 */
	static <E extends Enum<E> & Term> Localizable describe(Class<E> type) {
		return Messages.list(Arrays.stream(type.getEnumConstants()).map(Term::described).toList());
	}

	/** One term for a message: {@code DISTRICT (区)} or {@code 区（DISTRICT）}. */
	static Localizable described(Term term) {
		return locale -> Messages.english(locale) ? term.name() + " (" + term.in(Messages.CHINESE) + ")"
				: term.in(locale) + "（" + term.name() + "）";
	}

	/** Every accepted spelling of a vocabulary, lower case, read once. */
	final class Spellings {

		private static final Map<Class<?>, Map<String, ?>> CACHE = new ConcurrentHashMap<>();

		private Spellings() {
		}

		@SuppressWarnings("unchecked")
		static <E extends Enum<E> & Term> Map<String, E> of(Class<E> type) {
			return (Map<String, E>) CACHE.computeIfAbsent(type, key -> {
				Map<String, E> spellings = new HashMap<>();
				for (E term : type.getEnumConstants()) {
					spellings.put(term.name().toLowerCase(Locale.ROOT), term);
					for (Locale language : Messages.LANGUAGES) {
						E earlier = spellings.putIfAbsent(term.in(language).strip().toLowerCase(Locale.ROOT), term);
						if (earlier != null && earlier != term) {
							throw new IllegalStateException(type.getSimpleName() + ": " + term + " and " + earlier
									+ " share the label " + term.in(language));
						}
					}
				}
				return Map.copyOf(spellings);
			});
		}

		private static final Map<Class<?>, Map<String, ?>> EXACT = new ConcurrentHashMap<>();

		/**
		 * The codes and labels as they are written, each to the term its lower case
		 * spelling names, so that a text found here is read as {@link #of} reads it.
		 */
		@SuppressWarnings("unchecked")
		static <E extends Enum<E> & Term> Map<String, E> exact(Class<E> type) {
			return (Map<String, E>) EXACT.computeIfAbsent(type, key -> {
				Map<String, E> lower = of(type);
				Map<String, E> exact = new HashMap<>();
				for (E term : type.getEnumConstants()) {
					List<String> written = new ArrayList<>();
					written.add(term.name());
					for (Locale language : Messages.LANGUAGES) {
						written.add(term.in(language).strip());
					}
					written.forEach(text -> exact.put(text, lower.get(text.toLowerCase(Locale.ROOT))));
				}
				return Map.copyOf(exact);
			});
		}

	}

}
