package org.sixrates;

import java.util.Arrays;
import java.util.List;

import org.sixrates.cli.AwardsCommand;
import org.sixrates.cli.GenerateCommand;
import org.sixrates.cli.HashPasswordCommand;
import org.sixrates.cli.RebuildCubeCommand;
import org.sixrates.cli.ScoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * {@code java -jar six-rates.jar score …}, {@code awards …} and {@code generate …} run
 * the command line without the web server, {@code hash-password} prints the BCrypt hash
 * of a password for the user settings, {@code rebuild-cube} makes the kept tally cube of
 * the configured database again from its records; with no command the web application
 * starts.
 */
@SpringBootApplication
public class SixRatesApplication {

	public static void main(String[] args) {
		if (args.length > 0 && (args[0].equals("score") || args[0].equals("awards"))) {
			// before any logger exists: the CSV may go to standard output, so logging
			// goes to standard error
			System.setProperty("logback.configurationFile", "logback-cli.xml");
			List<String> arguments = Arrays.asList(args).subList(1, args.length);
			System.exit(args[0].equals("score") ? ScoreCommand.run(arguments, System.out, System.err)
					: AwardsCommand.run(arguments, System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("generate")) {
			System.setProperty("logback.configurationFile", "logback-cli.xml");
			System.exit(GenerateCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("rebuild-cube")) {
			System.exit(RebuildCubeCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("hash-password")) {
			System.exit(HashPasswordCommand.run(System.in, System.console(), System.out, System.err));
		}
		SpringApplication.run(SixRatesApplication.class, args);
	}

}
