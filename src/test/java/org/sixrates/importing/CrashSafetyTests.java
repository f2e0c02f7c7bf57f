package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sixrates.db.Tables.ACTIVITY_RECORD;
import static org.sixrates.db.Tables.IMPORT_LOG;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sixrates.testing.TestDatabase;

/**
 * A records file of 100 000 rows imported by another process that is killed (SIGKILL)
 * while it writes them: the database still opens and migrates afterwards, and holds
 * either the whole file and its log entry or neither. On the PostgreSQL run the database
 * is a PostgreSQL schema, else H2 files in a temporary folder.
 */
class CrashSafetyTests {

	private static final int COMMITTEES = 20;

	private static final int RECORDS = 100_000;

	private static final int KILLS = 4;

	@TempDir
	static Path folder;

	private static Path records;

	@BeforeAll
	static void writeTheRecordsFile() throws IOException {
		records = folder.resolve("records.csv");
		Files.writeString(records, LargeCity.records(RECORDS, COMMITTEES), StandardCharsets.UTF_8);
	}

	@Test
	void aKilledImportLeavesTheWholeFileOrNoneOfIt() throws Exception {
		// an import left alone, to show the file imports at all and how long its writing
		// takes
		TestDatabase.Address address = databaseWithCommittees("completed");
		Process child = startImport(address);
		BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		awaitLine(output, ImportProcess.STARTED);
		long started = System.nanoTime();
		awaitLine(output, ImportProcess.WRITING);
		long writing = System.nanoTime();
		assertThat(awaitLine(output, "imported ")).as("the import committed").isEqualTo("imported " + RECORDS);
		long writeMillis = Math.max(1, (System.nanoTime() - writing) / 1_000_000);
		assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("the import process ended").isTrue();
		assertThat(child.exitValue()).isZero();
		assertThat(imported(address)).containsExactly(RECORDS, 1);
		System.out.printf("CrashSafetyTests: %d records read in %d ms, written and committed in %d ms%n", RECORDS,
				(writing - started) / 1_000_000, writeMillis);

		long seed = System.nanoTime();
		Random random = new Random(seed);
		List<List<Integer>> outcomes = new ArrayList<>();
		for (int kill = 0; kill < KILLS; kill++) {
			// while the rows go to the database: after the first insert, before the
			// commit
			long delay = (long) (writeMillis * 0.8 * random.nextDouble());
			address = databaseWithCommittees("killed-" + kill);
			child = startImport(address);
			output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			awaitLine(output, ImportProcess.WRITING);
			drain(output);
			Thread.sleep(delay);
			child.destroyForcibly();
			assertThat(child.waitFor(1, TimeUnit.MINUTES)).as("the killed process ended").isTrue();

			List<Integer> outcome = imported(address);
			outcomes.add(outcome);
			assertThat(outcome).as("records and log entries after a kill %d ms into the writing (seed %d)", delay, seed)
				.isIn(List.of(0, 0), List.of(RECORDS, 1));
		}
		System.out.println("CrashSafetyTests: records and log entries after each kill: " + outcomes);
	}

	private static TestDatabase.Address databaseWithCommittees(String name) throws IOException {
		TestDatabase database = TestDatabase.migratedFile(Files.createDirectories(folder.resolve(name)));
		new Importer(database.dsl, Clock.systemUTC()).importCommittees("committees.csv",
				LargeCity.committees(COMMITTEES).getBytes(StandardCharsets.UTF_8), "crash");
		database.close();
		return database.address();
	}

	private static Process startImport(TestDatabase.Address address) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), ImportProcess.class.getName(), records.toString()));
		command.addAll(address.asArguments());
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	/** The first line of the child's output that starts with {@code prefix}. */
	private static String awaitLine(BufferedReader output, String prefix) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			if (line.startsWith(prefix)) {
				return line;
			}
			lines.add(line);
		}
		throw new AssertionError(
				"The import process ended before it printed " + prefix + ":\n" + String.join("\n", lines));
	}

	// so that a full pipe never stalls the child
	private static void drain(BufferedReader output) {
		Thread drain = new Thread(() -> output.lines().forEach(rest -> {
		}));
		drain.setDaemon(true);
		drain.start();
	}

	/**
	 * The records in the database and the records files in its log, read by a fresh
	 * connection after Flyway.
	 */
	private static List<Integer> imported(TestDatabase.Address address) {
		TestDatabase database = TestDatabase.open(address);
		try {
			return List.of(database.dsl.fetchCount(ACTIVITY_RECORD),
					database.dsl.fetchCount(IMPORT_LOG, IMPORT_LOG.CONTENT.eq(ImportContent.RECORDS.name())));
		}
		finally {
			database.shutdown();
		}
	}

}
