package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A whole part of a guide as its editor posts it: its rows, the guide version the page
 * was based on, and an optional note for the admin log. Each part has its own form
 * record, so its rows bind as that part's own {@link PartRow}.
 */
interface PartForm<R extends PartRow> {

	/** The most rows one part may hold; enough for any guide, small enough to bind. */
	int MOST_ROWS = 120;

	/** The longest note for the admin log. */
	int LONGEST_REASON = 500;

	List<R> rows();

	String version();

	String reason();

	/**
	 * The rows as bound, with the gaps filled: rows the browser skipped ({@code rows[0]}
	 * and {@code rows[2]} but no {@code rows[1]}) bind as {@code null}.
	 */
	static <R> List<R> filled(List<R> rows, Supplier<R> blank) {
		return (rows != null) ? new ArrayList<>(rows.stream().map((row) -> (row != null) ? row : blank.get()).toList())
				: new ArrayList<>();
	}

}
