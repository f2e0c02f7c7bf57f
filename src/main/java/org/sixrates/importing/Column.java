package org.sixrates.importing;

import java.util.List;

/** A column a file may have, known by its English name or one of its Chinese names. */
interface Column {

	/** The names accepted in a header, lower case; the first is the English one. */
	List<String> names();

	boolean required();

	/** {@code code (代码, 单位代码)}, for messages. */
	default String describe() {
		List<String> names = names();
		return names.get(0) + " (" + String.join(", ", names.subList(1, names.size())) + ")";
	}

}
