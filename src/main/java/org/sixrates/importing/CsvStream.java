package org.sixrates.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;

import org.sixrates.input.InputError;

/**
 * A CSV text parsed as its bytes are read, never held whole, in the encoding a first pass
 * over them found ({@link CsvText#encoding}): an upload's, from its spooled file or its
 * bytes in memory alike.
 */
record CsvStream(String file, CsvText.Bytes bytes, CsvText.Encoding encoding) implements RowSource {

	@Override
	public void read(Consumer<RawRow> action, List<InputError> errors) {
		try (InputStream in = bytes.open(); Reader text = encoding.reader(in)) {
			CsvFile.read(file, text, action, errors);
		}
		catch (IOException ex) {
			errors.add(InputError.of(file, 0, 0, null, null, "input.file.unreadable", ex.getMessage()));
		}
	}

}
