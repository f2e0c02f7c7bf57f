package org.sixrates.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import org.sixrates.demo.GeneratedCity;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Messages;

/**
 * {@code generate}: writes the {@code committees.csv} and {@code records.csv} of an
 * invented city of any size ({@link GeneratedCity}, DESIGN §11) into a folder, streaming,
 * for trials and benchmarks. Both files are written beside their targets and moved in
 * place once complete, so no half file is ever seen; an existing one that is not empty is
 * kept unless {@code --force}. Messages are Chinese unless {@code --lang en}.
 */
public final class GenerateCommand {

	static final String COMMITTEES_FILE = "committees.csv";

	static final String RECORDS_FILE = "records.csv";

	private static final int BUFFER = 1 << 16;

	private GenerateCommand() {
	}

	/**
	 * Runs {@code generate} with the arguments after the command's name; returns the exit
	 * code.
	 */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		Locale locale = GenerateOptions.language(args);
		try {
			GenerateOptions options = GenerateOptions.parse(args);
			if (options.help()) {
				out.println(Messages.text(locale, "generate.usage"));
				return ScoreCommand.OK;
			}
			GeneratedCity city = new GeneratedCity(options.committees(), options.records(), options.years(),
					options.lastYear(), options.seed());
			Path folder = Path.of(options.out()).toAbsolutePath();
			Path committees = folder.resolve(COMMITTEES_FILE);
			Path records = folder.resolve(RECORDS_FILE);
			checkTargets(options, folder, List.of(committees, records));
			Path committeesPart = temporary(folder, COMMITTEES_FILE);
			Path recordsPart = temporary(folder, RECORDS_FILE);
			try {
				try (Writer committeesCsv = writer(committeesPart); Writer recordsCsv = writer(recordsPart)) {
					city.write(committeesCsv, recordsCsv);
				}
				Files.move(committeesPart, committees, StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
				Files.move(recordsPart, records, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(committeesPart);
				Files.deleteIfExists(recordsPart);
			}
			out.println(Messages.text(locale, "generate.done", folder, options.committees(), city.firstYear(),
					options.lastYear(), options.years(), options.records()));
			return ScoreCommand.OK;
		}
		catch (GenerateOptions.Mistake ex) {
			err.println("six-rates generate: " + ex.message().in(locale));
			err.println(Messages.text(locale, "generate.try"));
			return ScoreCommand.BAD_INPUT;
		}
		catch (Exception ex) {
			err.println("six-rates generate: " + Messages.text(locale, "generate.failed", ex));
			return ScoreCommand.FAILURE;
		}
	}

	/**
	 * The folder is one (or will be made), and holds no file of the same name with
	 * something in it, unless {@code --force}.
	 */
	private static void checkTargets(GenerateOptions options, Path folder, List<Path> targets) {
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new GenerateOptions.Mistake(Message.of("input.generate.option", "--out", options.out(),
					Message.of("input.generate.notFolder", folder)));
		}
		for (Path target : targets) {
			if (Files.isDirectory(target) || (!options.force() && size(target) > 0)) {
				throw new GenerateOptions.Mistake(Message.of("input.generate.exists", target));
			}
		}
	}

	private static long size(Path file) {
		try {
			return Files.exists(file) ? Files.size(file) : 0;
		}
		catch (IOException ex) {
			throw new GenerateOptions.Mistake(Message.of("input.generate.unwritable", file, ex.getMessage()));
		}
	}

	/**
	 * An empty file beside {@code name} in the folder, made with the folder if need be.
	 */
	private static Path temporary(Path folder, String name) {
		try {
			Files.createDirectories(folder);
			// made as any file of the user's is, not private as a temporary file would be
			return Files.createFile(folder.resolve("." + name + "." + ProcessHandle.current().pid() + ".part"));
		}
		catch (IOException ex) {
			throw new GenerateOptions.Mistake(Message.of("input.generate.unwritable", folder, ex.toString()));
		}
	}

	private static Writer writer(Path file) throws IOException {
		return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
	}

}
