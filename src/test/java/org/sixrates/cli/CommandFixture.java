package org.sixrates.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

/**
 * A command of the command line run on files in a temporary folder, with what it printed
 * to standard output and standard error.
 */
abstract class CommandFixture {

	@TempDir
	Path folder;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs the command with the arguments after its name; returns the exit code. */
	abstract int command(List<String> args, PrintStream out, PrintStream err);

	int run(String... args) {
		return command(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	void write(String name, String text) throws IOException {
		Files.writeString(folder.resolve(name), text);
	}

	String file(String name) {
		return folder.resolve(name).toString();
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** The lines with CRLF line ends, as a CSV file has them. */
	static String csv(String lines) {
		return lines.replace("\n", "\r\n");
	}

}
