package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One row of a guide part as the editor posts it. Every part uses the fields it needs: a
 * section's topic is {@code kind}, its heading {@code title}, its text {@code body}; a
 * question is {@code title} with its answer in {@code body}; a career stage's years are
 * {@code min} and {@code max}; a gap's demand and supply percentages are {@code min} and
 * {@code max}; a stack category's tools are {@code tools}; a sector's employers are
 * {@code list}, one a line. All text, so anything typed comes back with a message rather
 * than a binding failure.
 *
 * @param id the row's id when it exists already, else empty
 * @param order where the row goes (a number); rows without one keep their place
 * @param remove {@code true} to delete the row
 */
record GuideRow(String id, String order, String remove, String kind, String title, String body, String detail,
		String min, String max, String payMin, String payMax, String flag, String list, List<ToolRow> tools) {

	GuideRow {
		tools = (tools != null)
				? new ArrayList<>(tools.stream().map((tool) -> (tool != null) ? tool : ToolRow.blank()).toList())
				: new ArrayList<>();
	}

	static GuideRow blank(int toolRows) {
		List<ToolRow> tools = new ArrayList<>();
		for (int i = 0; i < toolRows; i++) {
			tools.add(ToolRow.blank());
		}
		return new GuideRow("", "", "", "", "", "", "", "", "", "", "", "", "", tools);
	}

	public boolean removed() {
		return "true".equals(this.remove);
	}

	public boolean flagged() {
		return "true".equals(this.flag);
	}

	/** Whether nothing was typed into the row: a spare row left empty. */
	public boolean empty() {
		return Stream
			.of(this.kind, this.title, this.body, this.detail, this.min, this.max, this.payMin, this.payMax, this.list)
			.allMatch(GuideRow::blank) && this.tools.stream().allMatch(ToolRow::empty)
				&& (this.id == null || this.id.isBlank());
	}

	/** The non-blank lines of {@code list}, trimmed. */
	List<String> lines() {
		return blank(this.list) ? List.of()
				: this.list.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * A tool in a stack category, by name (found in, or added to, the catalogue) with why
	 * it matters.
	 */
	record ToolRow(String name, String why) {

		static ToolRow blank() {
			return new ToolRow("", "");
		}

		boolean empty() {
			return GuideRow.blank(this.name) && GuideRow.blank(this.why);
		}

	}

}
