package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What every row of a guide part has, whatever else it holds. Every field of a row is
 * text, so anything typed comes back with a message rather than a binding failure.
 */
interface PartRow {

	/** The row's id when it exists already, else empty. */
	String id();

	/** Where the row goes (a number); rows without one keep their place. */
	String order();

	/** {@code true} to delete the row. */
	String remove();

	/** Whether nothing was typed into the row: a spare row left empty. */
	boolean empty();

	default boolean removed() {
		return "true".equals(remove());
	}

	/** Whether the row is one the guide has, rather than a new one. */
	default boolean existing() {
		return !blank(id());
	}

	/** A row for each item, numbered from 1 in the items' order. */
	static <T, R extends PartRow> List<R> numbered(List<T> items, BiFunction<T, String, R> row) {
		List<R> rows = new ArrayList<>();
		for (int n = 0; n < items.size(); n++) {
			rows.add(row.apply(items.get(n), String.valueOf(n + 1)));
		}
		return rows;
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** A column's value as the editor shows it: empty for none. */
	static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	static boolean allBlank(String... values) {
		return Arrays.stream(values).allMatch(PartRow::blank);
	}

}
