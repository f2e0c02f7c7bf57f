package org.sixrates.cli;

import java.util.List;
import java.util.Locale;

import org.sixrates.demo.DemoCity;
import org.sixrates.demo.GeneratedCity;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Messages;

/**
 * The arguments of {@code generate}:
 * {@code --committees N --records M --out DIR [--years K] [--last-year Y] [--seed S]
 * [--force] [--lang zh|en]}, each also as {@code --name=value}. A mistake is told in the
 * language of {@code --lang} ({@link #language}), Chinese unless it says {@code en}.
 */
record GenerateOptions(int committees, long records, int years, int lastYear, long seed, String out, boolean force,
		boolean help) {

	static final int DEFAULT_YEARS = 3;

	static GenerateOptions parse(List<String> args) {
		String lang = null;
		Integer committees = null;
		Long records = null;
		int years = DEFAULT_YEARS;
		int lastYear = GeneratedCity.DEFAULT_LAST_YEAR;
		long seed = DemoCity.SEED;
		String out = null;
		boolean force = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--help") || arg.equals("-h")) {
				return new GenerateOptions(0, 0, years, lastYear, seed, null, false, true);
			}
			if (arg.equals("--force")) {
				force = true;
				continue;
			}
			if (!arg.startsWith("--")) {
				throw new Mistake(Message.of("input.generate.unexpected", arg));
			}
			String name = arg;
			String value;
			int equals = arg.indexOf('=');
			if (equals > 0) {
				name = arg.substring(0, equals);
				value = arg.substring(equals + 1);
			}
			else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
				value = args.get(++i);
			}
			else {
				throw new Mistake(known(name) ? Message.of("input.generate.value", name)
						: Message.of("input.generate.unknown", name));
			}
			switch (name) {
				case "--committees" -> committees = (int) whole(name, value, 1, GeneratedCity.MAX_COMMITTEES);
				case "--records" -> records = whole(name, value, 0, GeneratedCity.MAX_RECORDS);
				case "--years" -> years = (int) whole(name, value, 1, GeneratedCity.MAX_YEARS);
				case "--last-year" ->
					lastYear = (int) whole(name, value, GeneratedCity.EARLIEST_YEAR, GeneratedCity.LATEST_YEAR);
				case "--seed" -> seed = seed(value);
				case "--out" -> out = value;
				case "--lang" -> lang = value;
				default -> throw new Mistake(Message.of("input.generate.unknown", name));
			}
		}
		if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
			throw new Mistake(Message.of("input.generate.option", "--lang", lang, Message.of("input.generate.lang")));
		}
		String missing = (committees == null) ? "--committees"
				: (records == null) ? "--records" : (out == null) ? "--out" : null;
		if (missing != null) {
			throw new Mistake(Message.of("input.generate.required", missing));
		}
		int firstYear = lastYear - years + 1;
		if (firstYear < GeneratedCity.EARLIEST_YEAR) {
			throw new Mistake(Message.of("input.generate.option", "--years", years,
					Message.of("input.generate.firstYear", lastYear, years, firstYear)));
		}
		return new GenerateOptions(committees, records, years, lastYear, seed, out, force, false);
	}

	/**
	 * The language of the messages, looked for before anything else is read, so that
	 * every message is in it: English for {@code --lang en}, Chinese otherwise.
	 */
	static Locale language(List<String> args) {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--lang=en")
					|| (arg.equals("--lang") && i + 1 < args.size() && args.get(i + 1).equals("en"))) {
				return Messages.ENGLISH;
			}
		}
		return Messages.CHINESE;
	}

	private static boolean known(String name) {
		return List.of("--committees", "--records", "--years", "--last-year", "--seed", "--out", "--lang")
			.contains(name);
	}

	private static long whole(String name, String value, long min, long max) {
		try {
			long number = Long.parseLong(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// told below, as a number out of range is
		}
		throw new Mistake(Message.of("input.generate.option", name, value, Message.of("input.whole.range", min, max)));
	}

	private static long seed(String value) {
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Mistake(Message.of("input.generate.option", "--seed", value, Message.of("input.generate.seed")));
		}
	}

	/** A command line that cannot be understood: exit code 2. */
	static class Mistake extends RuntimeException {

		private final transient Message message;

		Mistake(Message message) {
			super(message.english());
			this.message = message;
		}

		Message message() {
			return message;
		}

	}

}
