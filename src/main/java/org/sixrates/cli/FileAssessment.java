package org.sixrates.cli;

import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.FutureTask;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeSource;
import org.sixrates.scoring.Assessment;
import org.sixrates.scoring.Scorer;
import org.sixrates.scoring.YearResult;
import org.sixrates.system.Futures;

/**
 * The files of the command line scored: read into a cube in memory with the importer's
 * own checks and the application's own cell counting ({@link FileCube}), with no
 * database, and scored with the scheme, every year up to {@code --year} (earlier years
 * decide consecutive awards) or up to the last.
 *
 * @param years every year of the committees file, ascending
 */
record FileAssessment(Scheme scheme, Assessment assessment, List<Integer> years) {

	static FileAssessment of(ScoreOptions options) {
		// the scheme is read while the files are, as neither needs the other; a wrong
		// scheme is still the error told, as when it was read first
		FutureTask<Scheme> reading = new FutureTask<>(() -> SchemeSource.load(options.rules()));
		Thread reader = new Thread(reading, "six-rates-scheme");
		reader.setDaemon(true);
		reader.start();
		FileCube files;
		try {
			files = FileCube.read(options.committees(), options.records());
		}
		catch (RuntimeException | Error wrongFiles) {
			scheme(reading);
			throw wrongFiles;
		}
		Scheme scheme = scheme(reading);
		SortedSet<Integer> years = files.years();
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
		return new FileAssessment(scheme, new Scorer().score(scheme, files.upTo(last)), List.copyOf(years));
	}

	/** The scheme read, or what its reading threw. */
	private static Scheme scheme(FutureTask<Scheme> reading) {
		return Futures.get(reading, "the scheme was read");
	}

	/** The result of {@code year}, one of the years scored. */
	YearResult year(int year) {
		return assessment.years().stream().filter(result -> result.year() == year).findFirst().orElseThrow();
	}

}
