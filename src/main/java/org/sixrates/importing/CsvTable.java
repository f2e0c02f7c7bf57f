package org.sixrates.importing;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.sixrates.input.InputError;

/**
 * A CSV file as a header and data rows: the first non-blank record is the header, every
 * later non-blank record a row with exactly as many fields as the header. A row of
 * another length is reported and not read further: its values are most likely shifted,
 * and reading them would bury the one real error under many false ones.
 */
final class CsvTable {

	private CsvTable() {
	}

	static <C extends Enum<C> & Column> void read(String file, String text, Class<C> columns,
			Consumer<Fields<C>> action, List<InputError> errors) {
		HeaderHolder<C> holder = new HeaderHolder<>();
		CsvFile.read(file, text, row -> {
			if (holder.header == null) {
				holder.header = Header.read(file, row, columns, errors);
				return;
			}
			Fields<C> fields = new Fields<>(file, row, holder.header, errors);
			if (!fields.misshapen()) {
				action.accept(fields);
			}
		}, errors);
		if (holder.header == null && errors.isEmpty()) {
			String names = String.join(",",
					Arrays.stream(columns.getEnumConstants()).map(column -> column.names().get(0)).toList());
			errors
				.add(new InputError(file, 0, 0, null, null, "a header line such as " + names + "; the file is empty"));
		}
	}

	private static final class HeaderHolder<C extends Enum<C> & Column> {

		private Header<C> header;

	}

}
