package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A whole part of a guide as the editor posts it: its rows, the guide version the page
 * was based on, and an optional note for the admin log.
 */
record GuidePartForm(List<GuideRow> rows, String version,
		@Size(max = 500, message = "Use at most 500 characters.") String reason) {

	/** The most rows one part may hold; enough for any guide, small enough to bind. */
	static final int MOST_ROWS = 120;

	GuidePartForm {
		// Rows the browser skipped (rows[0] and rows[2] but no rows[1]) bind as gaps:
		// fill them.
		rows = (rows != null)
				? new ArrayList<>(rows.stream().map((row) -> (row != null) ? row : GuideRow.blank(0)).toList())
				: new ArrayList<>();
	}

	/** The same rows with {@code count} empty ones added for new entries. */
	GuidePartForm withBlankRows(int count, int toolRows) {
		List<GuideRow> padded = new ArrayList<>(this.rows);
		for (int i = 0; i < count; i++) {
			padded.add(GuideRow.blank(toolRows));
		}
		return new GuidePartForm(padded, this.version, this.reason);
	}

	GuidePartForm atVersion(int current) {
		return new GuidePartForm(this.rows, String.valueOf(current), this.reason);
	}

}
