package org.sixrates.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.sixrates.testing.TestDatabase;

/**
 * Imports one records file into an existing database, in a process of its own that
 * {@link CrashSafetyTests} may kill. Prints {@code importing} just before the import starts
 * and {@code imported N} once it has committed.
 *
 * <p>Arguments: the records file, then {@link TestDatabase.Address#asArguments()}.
 */
final class ImportProcess {

	static final String STARTED = "importing";

	private ImportProcess() {
	}

	public static void main(String[] args) throws IOException {
		byte[] records = Files.readAllBytes(Path.of(args[0]));
		TestDatabase database = TestDatabase.open(TestDatabase.Address.fromArguments(args, 1));
		Importer importer = new Importer(database.dsl, Clock.systemUTC());
		System.out.println(STARTED);
		System.out.flush();
		ImportResult result = importer.importRecords("records.csv", records, "crash");
		System.out.println("imported " + result.added());
		database.close();
	}

}
