package org.sixrates.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.sixrates.testing.TestDatabase;

/**
 * Imports one records file into an existing database, in a process of its own that
 * {@link CrashSafetyTests} may kill. Prints {@value #STARTED} just before the import
 * starts, {@value #WRITING} when it sends its first record to the database, and
 * {@code imported N} once it has committed.
 *
 * <p>
 * Arguments: the records file, then {@link TestDatabase.Address#asArguments()}.
 */
final class ImportProcess {

	static final String STARTED = "importing";

	static final String WRITING = "writing";

	private ImportProcess() {
	}

	public static void main(String[] args) throws IOException {
		byte[] records = Files.readAllBytes(Path.of(args[0]));
		TestDatabase database = TestDatabase.open(TestDatabase.Address.fromArguments(args, 1));
		AtomicBoolean writing = new AtomicBoolean();
		DSLContext dsl = database.dsl.configuration().deriveAppending(ExecuteListener.onExecuteStart(statement -> {
			if (statement.sql().startsWith("insert into \"activity_record\"") && writing.compareAndSet(false, true)) {
				System.out.println(WRITING);
				System.out.flush();
			}
		})).dsl();
		Importer importer = new Importer(dsl, Clock.systemUTC());
		System.out.println(STARTED);
		System.out.flush();
		ImportResult result = importer.importRecords("records.csv", records, "crash");
		System.out.println("imported " + result.added());
		database.close();
	}

}
