package org.sixrates.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.SortedSet;

import org.jooq.DSLContext;
import org.sixrates.importing.Importer;
import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeSource;
import org.sixrates.scoring.Assessment;
import org.sixrates.scoring.Scorer;
import org.sixrates.scoring.YearResult;
import org.sixrates.tallies.TallyRepository;

/**
 * The files of the command line scored: imported into a private in-memory database with
 * the product's own importer, tallied by the web application's query and scored with the
 * scheme, every year up to {@code --year} (earlier years decide consecutive awards) or up
 * to the last.
 *
 * @param years every year of the committees file, ascending
 */
record FileAssessment(Scheme scheme, Assessment assessment, List<Integer> years) {

	private static final String USER = "command line";

	static FileAssessment of(ScoreOptions options) {
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
		return new FileAssessment(scheme, new Scorer().score(scheme, tallies.upTo(last)), List.copyOf(years));
	}

	/** The result of {@code year}, one of the years scored. */
	YearResult year(int year) {
		return assessment.years().stream().filter(result -> result.year() == year).findFirst().orElseThrow();
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

}
