package org.sixrates.cli;

import java.io.PrintStream;
import java.util.List;

import org.sixrates.awards.AwardList;
import org.sixrates.awards.AwardListCsv;

/**
 * {@code awards --year Y}: scores the files exactly as {@code score} does
 * ({@link FileAssessment}) and writes the award list of the year as CSV,
 * {@code year,award,rank,committee,name,score} (DESIGN §7), to standard output or, with
 * {@code --out}, to a file with a byte order mark ({@link CsvCommand}).
 */
public final class AwardsCommand {

	static final String USAGE = """
			Usage: java -jar six-rates.jar awards --year YEAR --committees FILE --records FILE [--records FILE …]
			                                      [--rules FILE] [--out FILE] [--lang en|zh]

			Scores the committees of the CSV files with a rules file, as the score command does, and
			writes the award list (表彰名单) of the year as CSV:
			year,award,rank,committee,name,score

			  --year YEAR        the assessment year (required); earlier years still count for
			                     consecutive awards
			""" + ScoreOptions.INPUT_OPTIONS + ScoreOptions.OUTPUT_OPTIONS + """

			Awards in rules order, each award's winners in the order of their rank among the award's
			eligible committees (which differs from the rank in the ranking when a committee above is not
			eligible), then by code; ties at the edge of an award's top are all listed. An award
			nobody won has no lines. With --lang zh the award column holds the award's Chinese label.
			""" + ScoreOptions.STATUS;

	private AwardsCommand() {
	}

	/**
	 * Runs {@code awards} with the arguments after the command's name; returns the exit
	 * code.
	 */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		return CsvCommand.run("awards", USAGE, args, options -> {
			int year = options.requireYear();
			FileAssessment scored = FileAssessment.of(options);
			return AwardListCsv.write(AwardList.of(scored.scheme(), scored.year(year)), options.chinese());
		}, out, err);
	}

}
