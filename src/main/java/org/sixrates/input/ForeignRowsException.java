package org.sixrates.input;

import java.util.List;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;

/**
 * A clerk's file with rows of another committee: refused whole, each such row listed.
 * HTTP maps it to 403 rather than 400, because the file may be right and the user is not
 * allowed.
 */
public class ForeignRowsException extends BadInputException {

	public ForeignRowsException(List<InputError> errors) {
		super(errors);
	}

}
