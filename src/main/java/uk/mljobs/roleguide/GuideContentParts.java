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

import uk.mljobs.shared.Slugs;

/**
 * Checks and writes the guide's own text parts: sections, facts, the tech stack and
 * skills (adding new tools to the catalogue), career stages, questions and skills gaps.
 * Each method checks the rows into {@code errors} and returns the write to run once the
 * whole form passed; the editor runs it in its transaction.
 */
@Component
class GuideContentParts {

	private final JdbcTemplate jdbc;

	GuideContentParts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Runnable sections(long roleId, List<Kept> rows, Errors errors) {
		Map<Long, String> slugs = slugs("SELECT id, slug FROM guide_section WHERE role_id = ?", roleId);
		record Section(String slug, GuideTopic topic, String heading, String body) {
		}
		List<Section> sections = new ArrayList<>();
		Set<String> used = new HashSet<>();
		for (Kept kept : rows) {
			GuideTopic topic = kept.choice(errors, "kind", GuideTopic.class, "Choose where on the page it goes.");
			String heading = kept.text(errors, "title", kept.row().title(), 200, "Enter a heading.");
			String body = kept.text(errors, "body", kept.row().body(), 20_000, "Write the section's text.");
			Long id = kept.id(errors, slugs.keySet());
			// A section keeps its anchor (links point at it); a new one takes its
			// heading's.
			String slug = (id != null) ? slugs.get(id) : null;
			if (slug != null) {
				used.add(slug);
			}
			sections.add(new Section(slug, topic, heading, body));
		}
		return () -> {
			this.jdbc.update("DELETE FROM guide_section WHERE role_id = ?", roleId);
			for (int position = 0; position < sections.size(); position++) {
				Section section = sections.get(position);
				String slug = (section.slug() != null) ? section.slug()
						: unique(Slugs.of(section.heading(), 70), "section", used);
				this.jdbc.update("""
						INSERT INTO guide_section (role_id, slug, topic, heading, body, position)
						VALUES (?, ?, ?, ?, ?, ?)""", roleId, slug, section.topic().name(), section.heading(),
						section.body(), position);
			}
		};
	}

	Runnable facts(long roleId, List<Kept> rows, Errors errors) {
		Set<Long> own = ids("SELECT id FROM role_fact WHERE role_id = ?", roleId);
		List<Object[]> facts = new ArrayList<>();
		for (Kept kept : rows) {
			RoleFact.Kind kind = kept.choice(errors, "kind", RoleFact.Kind.class, "Choose which list it belongs to.");
			String text = kept.text(errors, "title", kept.row().title(), 500, "Enter the fact.");
			String detail = kept.optional(errors, "detail", kept.row().detail(), 1000);
			kept.id(errors, own);
			facts.add(new Object[] { (kind != null) ? kind.name() : null, text, detail });
		}
		return () -> {
			this.jdbc.update("DELETE FROM role_fact WHERE role_id = ?", roleId);
			Map<Object, Integer> positions = new HashMap<>();
			for (Object[] fact : facts) {
				int position = positions.merge(fact[0], 1, Integer::sum) - 1;
				this.jdbc.update("INSERT INTO role_fact (role_id, kind, text, detail, position) VALUES (?, ?, ?, ?, ?)",
						roleId, fact[0], fact[1], fact[2], position);
			}
		};
	}

	Runnable stack(long roleId, List<Kept> rows, Errors errors) {
		Map<Long, String> slugs = slugs("SELECT id, slug FROM tool_category WHERE role_id = ?", roleId);
		record Category(String slug, String name, boolean nonNegotiable, List<String[]> tools) {
		}
		List<Category> categories = new ArrayList<>();
		Set<String> used = new HashSet<>();
		for (Kept kept : rows) {
			String name = kept.text(errors, "title", kept.row().title(), 120, "Name the category.");
			Long id = kept.id(errors, slugs.keySet());
			String slug = (id != null) ? slugs.get(id) : null;
			if (slug != null) {
				used.add(slug);
			}
			List<String[]> tools = new ArrayList<>();
			Set<String> names = new HashSet<>();
			List<GuideRow.ToolRow> all = kept.row().tools();
			for (int t = 0; t < all.size(); t++) {
				GuideRow.ToolRow tool = all.get(t);
				if (tool.empty()) {
					continue;
				}
				String field = "tools[" + t + "].";
				String toolName = kept.text(errors, field + "name", tool.name(), 120, "Name the tool.");
				String why = kept.text(errors, field + "why", tool.why(), 2000, "Say why it matters.");
				if (toolName != null && !names.add(toolName.toLowerCase(Locale.ROOT))) {
					errors.rejectValue(kept.path(field + "name"), "duplicate", "This tool is in the category already.");
				}
				tools.add(new String[] { toolName, why });
			}
			if (tools.isEmpty()) {
				errors.rejectValue(kept.path("title"), "empty", "Add at least one tool to the category.");
			}
			categories.add(new Category(slug, name, kept.row().flagged(), tools));
		}
		Kept.uniqueness(errors, rows, "title", (kept) -> kept.row().title(), "Two categories have this name.");
		return () -> {
			this.jdbc.update("DELETE FROM tool_category WHERE role_id = ?", roleId);
			for (int position = 0; position < categories.size(); position++) {
				Category category = categories.get(position);
				String slug = (category.slug() != null) ? category.slug()
						: unique(Slugs.of(category.name(), 70), "tools", used);
				long id = this.jdbc.queryForObject("""
						INSERT INTO tool_category (role_id, slug, name, non_negotiable, position)
						VALUES (?, ?, ?, ?, ?) RETURNING id""", Long.class, roleId, slug, category.name(),
						category.nonNegotiable(), position);
				for (int t = 0; t < category.tools().size(); t++) {
					String[] tool = category.tools().get(t);
					this.jdbc.update("INSERT INTO stack_tool (category_id, tool_id, why, position) VALUES (?, ?, ?, ?)",
							id, tool(tool[0]), tool[1], t);
				}
			}
		};
	}

	Runnable skills(long roleId, List<Kept> rows, Errors errors) {
		List<String[]> skills = new ArrayList<>();
		for (Kept kept : rows) {
			RoleSkill.Kind kind = kept.choice(errors, "kind", RoleSkill.Kind.class, "Choose essential or emerging.");
			String name = kept.text(errors, "title", kept.row().title(), 120, "Name the skill or tool.");
			skills.add(new String[] { (kind != null) ? kind.name() : null, name });
		}
		Kept.uniqueness(errors, rows, "title", (kept) -> kept.row().kind() + " " + kept.row().title(),
				"This skill is in that list already.");
		return () -> {
			this.jdbc.update("DELETE FROM role_skill WHERE role_id = ?", roleId);
			Map<String, Integer> positions = new HashMap<>();
			for (String[] skill : skills) {
				int position = positions.merge(skill[0], 1, Integer::sum) - 1;
				this.jdbc.update("INSERT INTO role_skill (role_id, tool_id, kind, position) VALUES (?, ?, ?, ?)",
						roleId, tool(skill[1]), skill[0], position);
			}
		};
	}

	Runnable stages(long roleId, List<Kept> rows, Errors errors) {
		Set<Long> own = ids("SELECT id FROM career_stage WHERE role_id = ?", roleId);
		List<Object[]> stages = new ArrayList<>();
		for (Kept kept : rows) {
			GuideRow row = kept.row();
			String title = kept.text(errors, "title", row.title(), 160, "Name the stage.");
			Integer min = kept.number(errors, "min", row.min(), 0, 60);
			Integer max = kept.number(errors, "max", row.max(), 1, 61);
			if (max != null && (min == null || max <= min)) {
				errors.rejectValue(kept.path("max"), "range", "Give the fewest years too, and make the most larger.");
			}
			Integer payMin = kept.pounds(errors, "payMin", row.payMin());
			Integer payMax = kept.pounds(errors, "payMax", row.payMax());
			if ((payMin == null) != (payMax == null) && !errors.hasFieldErrors(kept.path("payMin"))
					&& !errors.hasFieldErrors(kept.path("payMax"))) {
				errors.rejectValue(kept.path("payMax"), "pair", "Give both ends of the pay range, or neither.");
			}
			else if (payMin != null && payMax != null && payMin > payMax) {
				errors.rejectValue(kept.path("payMax"), "range", "The top of the range must not be below the bottom.");
			}
			if (row.flagged() && payMin == null) {
				errors.rejectValue(kept.path("flag"), "pay", "An open-ended top needs a pay range.");
			}
			String summary = kept.optional(errors, "body", row.body(), 2000);
			kept.id(errors, own);
			stages.add(new Object[] { title, min, max, payMin, payMax, row.flagged(), summary });
		}
		return () -> {
			this.jdbc.update("DELETE FROM career_stage WHERE role_id = ?", roleId);
			for (int position = 0; position < stages.size(); position++) {
				Object[] s = stages.get(position);
				this.jdbc.update("""
						INSERT INTO career_stage (role_id, position, title, years_min, years_max, pay_min_gbp,
						                          pay_max_gbp, pay_open_ended, summary)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", roleId, position, s[0], s[1], s[2], s[3], s[4], s[5],
						s[6]);
			}
		};
	}

	Runnable questions(long roleId, List<Kept> rows, Errors errors) {
		Set<Long> own = ids("SELECT id FROM faq WHERE role_id = ?", roleId);
		List<String[]> questions = new ArrayList<>();
		for (Kept kept : rows) {
			String question = kept.text(errors, "title", kept.row().title(), 300, "Enter the question.");
			String answer = kept.text(errors, "body", kept.row().body(), 10_000, "Write the answer.");
			kept.id(errors, own);
			questions.add(new String[] { question, answer });
		}
		Kept.uniqueness(errors, rows, "title", (kept) -> kept.row().title(), "This question is asked twice.");
		return () -> {
			this.jdbc.update("DELETE FROM faq WHERE role_id = ?", roleId);
			for (int position = 0; position < questions.size(); position++) {
				this.jdbc.update("INSERT INTO faq (role_id, position, question, answer) VALUES (?, ?, ?, ?)", roleId,
						position, questions.get(position)[0], questions.get(position)[1]);
			}
		};
	}

	Runnable gaps(long roleId, List<Kept> rows, Errors errors) {
		Set<Long> own = ids("SELECT id FROM skill_gap WHERE role_id = ?", roleId);
		List<Object[]> gaps = new ArrayList<>();
		for (Kept kept : rows) {
			String skill = kept.text(errors, "title", kept.row().title(), 200, "Name the skill.");
			Integer demand = kept.number(errors, "min", kept.row().min(), 0, 100);
			Integer supply = kept.number(errors, "max", kept.row().max(), 0, 100);
			if (demand == null && !errors.hasFieldErrors(kept.path("min"))) {
				errors.rejectValue(kept.path("min"), "required", "Give employer demand in percent, 0 to 100.");
			}
			if (supply == null && !errors.hasFieldErrors(kept.path("max"))) {
				errors.rejectValue(kept.path("max"), "required", "Give candidate supply in percent, 0 to 100.");
			}
			String why = kept.text(errors, "body", kept.row().body(), 4000, "Say what lies behind the gap.");
			kept.id(errors, own);
			gaps.add(new Object[] { skill, demand, supply, why });
		}
		Kept.uniqueness(errors, rows, "title", (kept) -> kept.row().title(), "This skill is listed twice.");
		return () -> {
			this.jdbc.update("DELETE FROM skill_gap WHERE role_id = ?", roleId);
			for (int position = 0; position < gaps.size(); position++) {
				Object[] gap = gaps.get(position);
				this.jdbc.update("""
						INSERT INTO skill_gap (role_id, position, skill, demand_pct, supply_pct, why)
						VALUES (?, ?, ?, ?, ?, ?)""", roleId, position, gap[0], gap[1], gap[2], gap[3]);
			}
		};
	}

	/** The catalogue's tool of this name (compared case-blind), added if it is new. */
	private long tool(String name) {
		List<Long> found = this.jdbc.queryForList("SELECT id FROM tool WHERE lower(name) = lower(?)", Long.class, name);
		if (!found.isEmpty()) {
			return found.get(0);
		}
		Set<String> taken = new HashSet<>(this.jdbc.queryForList("SELECT slug FROM tool WHERE slug LIKE ?",
				String.class, Slugs.of(name, 70) + "%"));
		return this.jdbc.queryForObject("INSERT INTO tool (slug, name) VALUES (?, ?) RETURNING id", Long.class,
				unique(Slugs.of(name, 70), "tool", taken), name);
	}

	private static String unique(String base, String fallback, Set<String> taken) {
		String start = base.isEmpty() ? fallback : base;
		String slug = start;
		for (int n = 2; taken.contains(slug); n++) {
			slug = start + "-" + n;
		}
		taken.add(slug);
		return slug;
	}

	private Map<Long, String> slugs(String sql, long roleId) {
		Map<Long, String> slugs = new HashMap<>();
		this.jdbc.query(sql, (RowCallbackHandler) (rs) -> slugs.put(rs.getLong(1), rs.getString(2)), roleId);
		return slugs;
	}

	private Set<Long> ids(String sql, long roleId) {
		return new HashSet<>(this.jdbc.queryForList(sql, Long.class, roleId));
	}

}
