package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.mljobs.market.AdminRole;
import uk.mljobs.shared.Slugs;

/**
 * The tech stack: tool categories, and in each the tools with why they matter. A tool is
 * named as typed and found in (or added to) the catalogue; a category keeps its anchor.
 */
@Component
class StackPart implements PartEditor<StackPart.Row> {

	/** Empty tool rows a new category offers. */
	private static final int NEW_TOOLS = 3;

	/** Empty tool rows offered under a category's own. */
	private static final int MORE_TOOLS = 2;

	/**
	 * @param nonNegotiable {@code true} when every candidate needs the category
	 */
	record Row(String id, String order, String remove, String category, String nonNegotiable,
			List<ToolRow> tools) implements PartRow {

		Row {
			tools = PartForm.filled(tools, ToolRow::blank);
		}

		static Row blank() {
			return new Row("", "", "", "", "", withBlanks(List.of(), NEW_TOOLS));
		}

		@Override
		public boolean empty() {
			return PartRow.allBlank(this.id, this.category) && this.tools.stream().allMatch(ToolRow::empty);
		}

		public boolean required() {
			return "true".equals(this.nonNegotiable);
		}

	}

	/** A tool in a category, by name, with why it matters. */
	record ToolRow(String name, String why) {

		static ToolRow blank() {
			return new ToolRow("", "");
		}

		public boolean empty() {
			return PartRow.allBlank(this.name, this.why);
		}

	}

	record Form(List<Row> rows, String version, String reason) implements PartForm<Row> {

		Form {
			rows = PartForm.filled(rows, Row::blank);
		}

	}

	private final JdbcTemplate jdbc;

	private final ToolCatalogue catalogue;

	StackPart(JdbcTemplate jdbc, ToolCatalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	@Override
	public GuidePart part() {
		return GuidePart.STACK;
	}

	@Override
	public List<Row> rows(long roleId) {
		Map<Long, List<ToolRow>> tools = new HashMap<>();
		this.jdbc.query("""
				SELECT st.category_id, t.name, st.why FROM stack_tool st JOIN tool t ON t.id = st.tool_id
				JOIN tool_category c ON c.id = st.category_id WHERE c.role_id = ? ORDER BY st.position""",
				(RowCallbackHandler) (rs) -> tools.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
					.add(new ToolRow(rs.getString(2), rs.getString(3))),
				roleId);
		return this.jdbc.query("SELECT id, name, non_negotiable FROM tool_category WHERE role_id = ? ORDER BY position",
				(rs, n) -> new Row(rs.getString(1), String.valueOf(n + 1), "", rs.getString(2),
						String.valueOf(rs.getBoolean(3)),
						withBlanks(tools.getOrDefault(rs.getLong(1), List.of()), MORE_TOOLS)),
				roleId);
	}

	private static List<ToolRow> withBlanks(List<ToolRow> tools, int blanks) {
		List<ToolRow> padded = new ArrayList<>(tools);
		for (int i = 0; i < blanks; i++) {
			padded.add(ToolRow.blank());
		}
		return padded;
	}

	@Override
	public int count(long roleId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM tool_category WHERE role_id = ?", Integer.class, roleId);
	}

	@Override
	public Set<Long> ids(long roleId) {
		return slugs(roleId).keySet();
	}

	@Override
	public Row blank() {
		return Row.blank();
	}

	@Override
	public Class<Form> formType() {
		return Form.class;
	}

	@Override
	public Form form(List<Row> rows, String version, String reason) {
		return new Form(rows, version, reason);
	}

	@Override
	public Runnable check(AdminRole guide, List<Kept<Row>> rows, Errors errors) {
		long roleId = guide.role().id();
		Map<Long, String> slugs = slugs(roleId);
		record Category(String slug, String name, boolean nonNegotiable, List<ToolRow> tools) {
		}
		List<Category> categories = new ArrayList<>();
		Set<String> used = new HashSet<>();
		for (Kept<Row> kept : rows) {
			String name = kept.text(errors, "category", kept.row().category(), 120, "Name the category.");
			String slug = (kept.id() != null) ? slugs.get(kept.id()) : null;
			if (slug != null) {
				used.add(slug);
			}
			List<ToolRow> tools = tools(kept, errors);
			if (tools.isEmpty()) {
				errors.rejectValue(kept.path("category"), "empty", "Add at least one tool to the category.");
			}
			categories.add(new Category(slug, name, kept.row().required(), tools));
		}
		Kept.uniqueness(errors, rows, "category", Row::category, "Two categories have this name.");
		return () -> {
			this.jdbc.update("DELETE FROM tool_category WHERE role_id = ?", roleId);
			for (int position = 0; position < categories.size(); position++) {
				Category category = categories.get(position);
				String slug = (category.slug() != null) ? category.slug()
						: Slugs.unique(Slugs.of(category.name(), 70), "tools", used);
				long id = this.jdbc.queryForObject("""
						INSERT INTO tool_category (role_id, slug, name, non_negotiable, position)
						VALUES (?, ?, ?, ?, ?) RETURNING id""", Long.class, roleId, slug, category.name(),
						category.nonNegotiable(), position);
				for (int t = 0; t < category.tools().size(); t++) {
					ToolRow tool = category.tools().get(t);
					this.jdbc.update("INSERT INTO stack_tool (category_id, tool_id, why, position) VALUES (?, ?, ?, ?)",
							id, this.catalogue.idOf(tool.name()), tool.why(), t);
				}
			}
		};
	}

	/** The category's tools as typed, checked; empty tool rows go. */
	private static List<ToolRow> tools(Kept<Row> kept, Errors errors) {
		List<ToolRow> tools = new ArrayList<>();
		Set<String> names = new HashSet<>();
		List<ToolRow> typed = kept.row().tools();
		for (int t = 0; t < typed.size(); t++) {
			ToolRow tool = typed.get(t);
			if (tool.empty()) {
				continue;
			}
			String field = "tools[" + t + "].";
			String name = kept.text(errors, field + "name", tool.name(), 120, "Name the tool.");
			String why = kept.text(errors, field + "why", tool.why(), 2000, "Say why it matters.");
			if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
				errors.rejectValue(kept.path(field + "name"), "duplicate", "This tool is in the category already.");
			}
			tools.add(new ToolRow(name, why));
		}
		return tools;
	}

	private Map<Long, String> slugs(long roleId) {
		Map<Long, String> slugs = new HashMap<>();
		this.jdbc.query("SELECT id, slug FROM tool_category WHERE role_id = ?",
				(RowCallbackHandler) (rs) -> slugs.put(rs.getLong(1), rs.getString(2)), roleId);
		return slugs;
	}

}
