package org.sixrates.importing;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.sixrates.input.InputError;
import org.sixrates.vocabulary.Field;

/**
 * A CSV file as a header and data rows: the first non-blank record is the header, every
 * later non-blank record a row with exactly as many fields as the header. A row of
 * another length is reported and not read further: its values are most likely shifted,
 * and reading them would bury the one real error under many false ones.
 */
final class CsvTable {

	private CsvTable() {
	}

	static <F extends Enum<F> & Field> void read(String file, String text, Class<F> type, Consumer<Fields<F>> action,
			List<InputError> errors) {
		HeaderHolder<F> holder = new HeaderHolder<>();
		CsvFile.read(file, text, row -> {
			if (holder.header == null) {
				holder.header = Header.read(file, row, type, errors);
				return;
			}
			Fields<F> fields = new Fields<>(type, file, row, holder.header, errors);
			if (!fields.misshapen()) {
				fields.read(type);
				action.accept(fields);
				fields.sortErrors();
			}
		}, errors);
		if (holder.header == null && errors.isEmpty()) {
			String names = String.join(",", Arrays.stream(type.getEnumConstants()).map(Field::key).toList());
			errors.add(InputError.of(file, 0, 0, null, null, "input.empty", names));
		}
	}

	private static final class HeaderHolder<F extends Enum<F> & Field> {

		private Header<F> header;

	}

}
