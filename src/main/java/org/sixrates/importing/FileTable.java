package org.sixrates.importing;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.sixrates.input.InputError;
import org.sixrates.vocabulary.Field;

/**
 * A file as a header and data rows: the first non-blank row is the header, every later
 * non-blank row a row with exactly as many fields as the header. A row of another length
 * is reported and not read further: its values are most likely shifted, and reading them
 * would bury the one real error under many false ones. A header that names the other kind
 * of file's columns is reported once, as the file put in the wrong place.
 */
final class FileTable {

	private FileTable() {
	}

	static <F extends Enum<F> & Field> void read(RowSource source, ImportContent content, Class<F> type,
			Consumer<Fields<F>> action, List<InputError> errors) {
		HeaderHolder<F> holder = new HeaderHolder<>();
		source.read(row -> {
			if (holder.header == null) {
				holder.header = Header.read(source, row, content, type, errors);
				return;
			}
			if (holder.header.misplaced()) {
				return;
			}
			Fields<F> fields = new Fields<>(type, source, row, holder.header, errors);
			if (!fields.misshapen()) {
				fields.read(type);
				action.accept(fields);
				fields.sortErrors();
			}
		}, errors);
		if (holder.header == null && errors.isEmpty()) {
			String names = String.join(",", Arrays.stream(type.getEnumConstants()).map(Field::key).toList());
			errors.add(source.located(InputError.of(source.file(), 0, 0, null, null, "input.empty", names)));
		}
	}

	private static final class HeaderHolder<F extends Enum<F> & Field> {

		private Header<F> header;

	}

}
