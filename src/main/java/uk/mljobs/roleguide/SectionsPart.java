package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.mljobs.market.AdminRole;
import uk.mljobs.shared.Slugs;

/**
 * The guide's prose, each section under the topic where it appears on the page. A section
 * keeps its anchor, which links point at; a new one takes its heading's.
 */
@Component
class SectionsPart implements PartEditor<SectionsPart.Row> {

	/**
	 * @param topic the {@link GuideTopic} it appears under, by name
	 */
	record Row(String id, String order, String remove, String topic, String heading, String text) implements PartRow {

		static Row blank() {
			return new Row("", "", "", "", "", "");
		}

		@Override
		public boolean empty() {
			return PartRow.allBlank(this.id, this.topic, this.heading, this.text);
		}

	}

	record Form(List<Row> rows, String version, String reason) implements PartForm<Row> {

		Form {
			rows = PartForm.filled(rows, Row::blank);
		}

	}

	private final JdbcTemplate jdbc;

	SectionsPart(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public GuidePart part() {
		return GuidePart.SECTIONS;
	}

	@Override
	public List<Row> rows(long roleId) {
		return this.jdbc.query("SELECT id, topic, heading, body FROM guide_section WHERE role_id = ? ORDER BY position",
				(rs, n) -> new Row(rs.getString(1), String.valueOf(n + 1), "", rs.getString(2), rs.getString(3),
						rs.getString(4)),
				roleId);
	}

	@Override
	public int count(long roleId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM guide_section WHERE role_id = ?", Integer.class, roleId);
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
	public Map<String, Object> choices() {
		return Map.of("topics", GuideTopic.values());
	}

	@Override
	public Runnable check(AdminRole guide, List<Kept<Row>> rows, Errors errors) {
		long roleId = guide.role().id();
		Map<Long, String> slugs = slugs(roleId);
		record Section(String slug, GuideTopic topic, String heading, String text) {
		}
		List<Section> sections = new ArrayList<>();
		Set<String> used = new HashSet<>();
		for (Kept<Row> kept : rows) {
			GuideTopic topic = kept.choice(errors, "topic", kept.row().topic(), GuideTopic.class,
					"Choose where on the page it goes.");
			String heading = kept.text(errors, "heading", kept.row().heading(), 200, "Enter a heading.");
			String text = kept.text(errors, "text", kept.row().text(), 20_000, "Write the section's text.");
			String slug = (kept.id() != null) ? slugs.get(kept.id()) : null;
			if (slug != null) {
				used.add(slug);
			}
			sections.add(new Section(slug, topic, heading, text));
		}
		return () -> {
			this.jdbc.update("DELETE FROM guide_section WHERE role_id = ?", roleId);
			for (int position = 0; position < sections.size(); position++) {
				Section section = sections.get(position);
				String slug = (section.slug() != null) ? section.slug()
						: Slugs.unique(Slugs.of(section.heading(), 70), "section", used);
				this.jdbc.update("""
						INSERT INTO guide_section (role_id, slug, topic, heading, body, position)
						VALUES (?, ?, ?, ?, ?, ?)""", roleId, slug, section.topic().name(), section.heading(),
						section.text(), position);
			}
		};
	}

	private Map<Long, String> slugs(long roleId) {
		Map<Long, String> slugs = new HashMap<>();
		this.jdbc.query("SELECT id, slug FROM guide_section WHERE role_id = ?",
				(RowCallbackHandler) (rs) -> slugs.put(rs.getLong(1), rs.getString(2)), roleId);
		return slugs;
	}

}
