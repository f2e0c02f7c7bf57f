package org.sixrates.system;

import java.util.List;
import java.util.function.Function;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * One statement executed for many rows as JDBC batches of bind values, so that a file of
 * 100 000 rows costs a hundred round trips rather than 100 000.
 */
public final class Batches {

	private static final int SIZE = 1000;

	private Batches() {
	}

	/** A bind value placeholder typed like {@code field}. */
	public static <T> Param<T> slot(Field<T> field) {
		return DSL.param(field.getName(), field.getDataType());
	}

	/**
	 * Runs {@code query} once per item, binding {@code values(item)} in placeholder
	 * order.
	 */
	public static <T> void execute(DSLContext dsl, Query query, List<T> items, Function<T, Object[]> values) {
		for (int from = 0; from < items.size(); from += SIZE) {
			BatchBindStep batch = dsl.batch(query);
			for (T item : items.subList(from, Math.min(items.size(), from + SIZE))) {
				batch = batch.bind(values.apply(item));
			}
			batch.execute();
		}
	}

}
