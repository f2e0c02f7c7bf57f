package org.sixrates.system;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A user's file that stops the start, above all a bad rules file
 * ({@code --sixrates.rules}): Spring Boot prints its errors, one a line with file, line,
 * column and what was expected, and what to do, instead of a stack trace a hundred lines
 * long in which they are hard to find.
 */
class BadInputFailureAnalyzer extends AbstractFailureAnalyzer<BadInputException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BadInputException cause) {
		String description = String.join(System.lineSeparator(),
				cause.errors().stream().map(InputError::message).toList());
		String action = "Correct each line above in the file it names and start again. The rules file is the one "
				+ "--sixrates.rules names (rules/six-rates.yaml by default); rules/README.md describes every key "
				+ "and the values it allows.";
		return new FailureAnalysis(description, action, cause);
	}

}
