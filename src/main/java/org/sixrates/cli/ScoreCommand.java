package org.sixrates.cli;

import java.io.PrintStream;
import java.util.List;

import org.sixrates.ranking.AssessmentViews;
import org.sixrates.ranking.RankingCsv;
import org.sixrates.ranking.RankingTable;

/**
 * {@code score}: reads the files into a cube in memory with the importer's own checks,
 * with no database, and scores it ({@link FileAssessment}), and writes the ranking CSV,
 * to standard output or, with {@code --out}, to a file with the bytes of the HTTP export
 * ({@link CsvCommand}).
 */
public final class ScoreCommand {

	/** Success. */
	public static final int OK = 0;

	/** Anything that is not the user's fault. */
	public static final int FAILURE = 1;

	/** Bad input: the message names the file, line and column. */
	public static final int BAD_INPUT = 2;

	private ScoreCommand() {
	}

	/**
	 * Runs {@code score} with the arguments after the command's name; returns the exit
	 * code.
	 */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		return CsvCommand.run("score", ScoreOptions.USAGE, args,
				options -> RankingCsv.write(score(options), options.chinese()), out, err);
	}

	static List<RankingTable> score(ScoreOptions options) {
		FileAssessment scored = FileAssessment.of(options);
		AssessmentViews rankings = new AssessmentViews(scored.scheme(), scored.assessment());
		return (options.year() == null) ? rankings.all()
				: List.of(rankings.ranking(options.year(), scored.years()).orElseThrow());
	}

}
