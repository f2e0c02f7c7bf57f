package org.sixrates.cli;

import java.util.List;
import java.util.SortedSet;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeSource;
import org.sixrates.scoring.Assessment;
import org.sixrates.scoring.Scorer;
import org.sixrates.scoring.YearResult;

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
		Scheme scheme = SchemeSource.load(options.rules());
		FileCube files = FileCube.read(options.committees(), options.records());
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

	/** The result of {@code year}, one of the years scored. */
	YearResult year(int year) {
		return assessment.years().stream().filter(result -> result.year() == year).findFirst().orElseThrow();
	}

}
