package org.sixrates.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.SortedSet;

import org.jooq.DSLContext;
import org.sixrates.ranking.RankingCsv;
import org.sixrates.importing.Importer;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.ranking.RankingTable;
import org.sixrates.ranking.AssessmentViews;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeSource;
import org.sixrates.scoring.Scorer;
import org.sixrates.tallies.TallyRepository;

/**
 * {@code score}: imports the files into a private in-memory database with the product's
 * own importer, tallies and scores them, and writes the ranking CSV. Everything is
 * computed before a byte is written, so a bad input leaves no output file at all. A file
 * ({@code --out}) gets the bytes of the HTTP export, UTF-8 behind a byte order mark so
 * that Excel and WPS open it; standard output gets the same text without the mark, for
 * pipes and scripts.
 */
public final class ScoreCommand {

	/** Success. */
	public static final int OK = 0;

	/** Anything that is not the user's fault. */
	public static final int FAILURE = 1;

	/** Bad input: the message names the file, line and column. */
	public static final int BAD_INPUT = 2;

	private static final String USER = "command line";

	private ScoreCommand() {
	}

	/**
	 * Runs {@code score} with the arguments after the command's name; returns the exit
	 * code.
	 */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		try {
			ScoreOptions options = ScoreOptions.parse(args);
			if (options.help()) {
				out.print(ScoreOptions.USAGE);
				return OK;
			}
			List<RankingTable> rankings = score(options);
			boolean chinese = options.lang().equals("zh");
			if (options.out() == null) {
				// no BOM on a pipe: cut, sort or a script would read it as part of the
				// first header
				out.write(RankingCsv.write(rankings, chinese).getBytes(StandardCharsets.UTF_8));
				out.flush();
			}
			else {
				write(RankingCsv.withBom(rankings, chinese), options.out());
			}
			return OK;
		}
		catch (ScoreOptions.UsageException ex) {
			err.println("six-rates score: " + ex.getMessage());
			err.println("Try: java -jar six-rates.jar score --help");
			return BAD_INPUT;
		}
		catch (BadInputException ex) {
			ex.errors().forEach(error -> err.println(error.message()));
			return BAD_INPUT;
		}
		catch (Exception ex) {
			err.println("six-rates score: failed: " + ex);
			return FAILURE;
		}
	}

	static List<RankingTable> score(ScoreOptions options) {
		Scheme scheme = SchemeSource.load(options.rules());
		DSLContext dsl = ScratchDatabase.open();
		Importer importer = new Importer(dsl, Clock.systemUTC());
		importer.importCommittees(options.committees(), read(options.committees()), USER);
		for (String records : options.records()) {
			importer.importRecords(records, read(records), USER);
		}
		TallyRepository tallies = new TallyRepository(dsl);
		SortedSet<Integer> years = tallies.years();
		if (years.isEmpty()) {
			throw new BadInputException(InputError.of(options.committees(), 0, 0, null, null, "input.noCommittees"));
		}
		int last = years.last();
		if (options.year() != null) {
			if (!years.contains(options.year())) {
				throw new BadInputException(InputError.of(options.committees(), 0, 0, "year", options.year().toString(),
						"input.year.ofFile", years.toString()));
			}
			last = options.year();
		}
		AssessmentViews rankings = new AssessmentViews(scheme, new Scorer().score(scheme, tallies.upTo(last)));
		return (options.year() == null) ? rankings.all()
				: List.of(rankings.ranking(options.year(), List.copyOf(years)).orElseThrow());
	}

	private static byte[] read(String file) {
		try {
			return Files.readAllBytes(Path.of(file));
		}
		catch (NoSuchFileException ex) {
			throw new BadInputException(InputError.of(file, 0, 0, null, null, "input.file.missing"));
		}
		catch (IOException ex) {
			throw new BadInputException(
					InputError.of(file, 0, 0, null, null, "input.file.unreadable", ex.getMessage()));
		}
	}

	/**
	 * Writes to a temporary file beside the target and moves it in place, so no half file
	 * is ever seen.
	 */
	private static void write(byte[] bytes, String file) throws IOException {
		Path target = Path.of(file).toAbsolutePath();
		Path temporary = Files.createTempFile(target.getParent(), ".six-rates-", ".csv");
		try {
			Files.write(temporary, bytes);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
