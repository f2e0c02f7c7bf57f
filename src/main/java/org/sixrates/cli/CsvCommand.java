package org.sixrates.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;

import org.sixrates.input.BadInputException;
import org.sixrates.input.Cells;

/**
 * What {@code score} and {@code awards} share: the options of {@link ScoreOptions}, the
 * exit codes, and where the CSV goes. Everything is computed before a byte is written, so
 * a bad input leaves no output file at all. A file ({@code --out}) gets UTF-8 behind a
 * byte order mark, the bytes of the HTTP export, so that Excel and WPS open it, moved in
 * place whole; standard output gets the same text without the mark, for pipes and
 * scripts.
 */
final class CsvCommand {

	private CsvCommand() {
	}

	/**
	 * Runs the command {@code name} with the arguments after its name: {@code csv} turns
	 * the options into the CSV text; returns the exit code.
	 */
	static int run(String name, String usage, List<String> args, Function<ScoreOptions, String> csv, PrintStream out,
			PrintStream err) {
		try {
			ScoreOptions options = ScoreOptions.parse(args);
			if (options.help()) {
				out.print(usage);
				return ScoreCommand.OK;
			}
			String text = csv.apply(options);
			if (options.out() == null) {
				// no BOM on a pipe: cut, sort or a script would read it as part of the
				// first header
				out.write(text.getBytes(StandardCharsets.UTF_8));
				out.flush();
			}
			else {
				write(Cells.withBom(text), options.out());
			}
			return ScoreCommand.OK;
		}
		catch (ScoreOptions.UsageException ex) {
			err.println("six-rates " + name + ": " + ex.getMessage());
			err.println("Try: java -jar six-rates.jar " + name + " --help");
			return ScoreCommand.BAD_INPUT;
		}
		catch (BadInputException ex) {
			ex.errors().forEach(error -> err.println(error.message()));
			return ScoreCommand.BAD_INPUT;
		}
		catch (Exception ex) {
			err.println("six-rates " + name + ": failed: " + ex);
			return ScoreCommand.FAILURE;
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
