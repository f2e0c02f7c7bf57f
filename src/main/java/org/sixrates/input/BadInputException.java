package org.sixrates.input;

import java.util.List;

/**
 * A file the user gave us is wrong; every error found is listed, and nothing was changed.
 * The command line maps it to exit code 2, HTTP to a 400 problem detail.
 */
public class BadInputException extends RuntimeException {

	private final List<InputError> errors;

	public BadInputException(List<InputError> errors) {
		super(summary(errors));
		this.errors = List.copyOf(errors);
	}

	public BadInputException(InputError error) {
		this(List.of(error));
	}

	public List<InputError> errors() {
		return errors;
	}

	private static String summary(List<InputError> errors) {
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("a bad input needs at least one error");
		}
		return String.join(System.lineSeparator(), errors.stream().map(InputError::message).toList());
	}

}
