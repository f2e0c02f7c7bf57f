package org.sixrates.cli;

import java.util.ArrayList;
import java.util.List;

import org.sixrates.rules.SchemeSource;

/**
 * The arguments of {@code score} and {@code awards}:
 * {@code --committees F --records F… [--rules F] [--year Y]
 * [--out F] [--lang en|zh]}, each also as {@code --name=value}.
 */
record ScoreOptions(String committees, List<String> records, String rules, Integer year, String out, String lang,
		boolean help) {

	/** The options that name the input, for the usage texts of the commands. */
	static final String INPUT_OPTIONS = """
			  --committees FILE  committees.csv: code,name,type,year,members (one row per committee and year)
			  --records FILE     records.csv (DESIGN §2); may be given more than once, later files
			                     update earlier ones by committee and id
			  --rules FILE       the scheme (default rules/six-rates.yaml, or the copy in the jar)
			""";

	/** The options that say where the output goes and how, for the usage texts. */
	static final String OUTPUT_OPTIONS = """
			  --out FILE         write the CSV to FILE (UTF-8 with a BOM, as Excel and WPS want it)
			                     instead of standard output (UTF-8 without BOM); nothing is
			                     written when the input is bad
			  --lang en|zh       header in English ids (default) or Chinese labels
			  --help             this text
			""";

	/** The encodings read and the exit codes, the end of the usage texts. */
	static final String STATUS = """
			Files may be UTF-8 (with or without BOM) or GB18030.
			Exit status: 0 success, 2 bad input (the message names file, line and column), 1 other failure.
			""";

	static final String USAGE = """
			Usage: java -jar six-rates.jar score --committees FILE --records FILE [--records FILE …]
			                                     [--rules FILE] [--year YEAR] [--out FILE] [--lang en|zh]

			Scores the committees of the CSV files with a rules file and writes the ranking as CSV:
			year,rank,committee,name,<rate ids in rules order>,score,grade,awards

			""" + INPUT_OPTIONS + """
			  --year YEAR        only this assessment year (earlier years still count for consecutive
			                     awards); default every year of the committees file
			""" + OUTPUT_OPTIONS + """

			Rates are in percent and the score has 2 decimals (half up); an excluded rate is an empty
			cell; awards are joined by ';'.
			""" + STATUS;

	static ScoreOptions parse(List<String> args) {
		String committees = null;
		List<String> records = new ArrayList<>();
		String rules = SchemeSource.DEFAULT;
		Integer year = null;
		String out = null;
		String lang = "en";
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--help") || arg.equals("-h")) {
				return new ScoreOptions(null, List.of(), rules, null, null, lang, true);
			}
			String name = arg;
			String value;
			int equals = arg.indexOf('=');
			if (arg.startsWith("--") && equals > 0) {
				name = arg.substring(0, equals);
				value = arg.substring(equals + 1);
			}
			else if (i + 1 < args.size()) {
				value = args.get(++i);
			}
			else {
				throw new UsageException(arg.startsWith("--") ? arg + " needs a value" : "unexpected argument " + arg);
			}
			switch (name) {
				case "--committees" -> committees = value;
				case "--records" -> records.add(value);
				case "--rules" -> rules = value;
				case "--year" -> year = year(value);
				case "--out" -> out = value;
				case "--lang" -> lang = lang(value);
				default -> throw new UsageException("unknown option " + name);
			}
		}
		if (committees == null) {
			throw new UsageException("--committees is required");
		}
		if (records.isEmpty()) {
			throw new UsageException("--records is required");
		}
		return new ScoreOptions(committees, List.copyOf(records), rules, year, out, lang, false);
	}

	/** Whether the header is Chinese and the labels replace the ids. */
	boolean chinese() {
		return lang.equals("zh");
	}

	/** The year, for a command that needs one. */
	int requireYear() {
		if (year == null) {
			throw new UsageException("--year is required");
		}
		return year;
	}

	private static Integer year(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--year expects a year such as 2025, not \"" + value + "\"");
		}
	}

	private static String lang(String value) {
		if (!value.equals("en") && !value.equals("zh")) {
			throw new UsageException("--lang expects en or zh, not \"" + value + "\"");
		}
		return value;
	}

	/** A command line that cannot be understood; exit code 2 like any bad input. */
	static class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
