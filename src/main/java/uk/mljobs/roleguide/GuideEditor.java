package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.mljobs.company.GuideCompanies;
import uk.mljobs.market.AdminRole;
import uk.mljobs.market.LevelDetails;
import uk.mljobs.market.Market;
import uk.mljobs.market.RoleDetails;
import uk.mljobs.moderation.DecisionAction;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.shared.CuratedContentChanged;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.Slugs;

/**
 * How admins write role guides: create a draft guide, edit its head and each of its parts
 * (levels, sections, fact lists, stack, skills, career stages, questions, skills gaps),
 * and publish it. A part is saved whole: its rows are checked together and replace the
 * old ones in one transaction, or nothing is written. Every save starts by moving the
 * guide's version on from the one the page was based on, so a save over someone else's is
 * refused with {@link GuideConflictException}; every save goes into the admin log.
 */
@Service
@Transactional
public class GuideEditor {

	private final Market market;

	private final JdbcTemplate jdbc;

	private final GuideCompanies companies;

	private final ModerationLog log;

	private final ApplicationEventPublisher events;

	GuideEditor(Market market, JdbcTemplate jdbc, GuideCompanies companies, ModerationLog log,
			ApplicationEventPublisher events) {
		this.market = market;
		this.jdbc = jdbc;
		this.companies = companies;
		this.log = log;
		this.events = events;
	}

	/** The guide moved on since the page was shown. */
	public static class GuideConflictException extends RuntimeException {

		GuideConflictException(long roleId) {
			super("Guide " + roleId + " changed since the form was shown");
		}

	}

	@Transactional(readOnly = true)
	public List<AdminRole> guides() {
		return this.market.allRoles();
	}

	@Transactional(readOnly = true)
	public AdminRole guide(long id) {
		return this.market.adminRole(id).orElseThrow(() -> NotFoundException.of("role guide", String.valueOf(id)));
	}

	/** Counts of what each part of the guide holds, for the guide's admin page. */
	@Transactional(readOnly = true)
	public Map<GuidePart, Integer> sizes(long roleId) {
		Map<GuidePart, Integer> sizes = new java.util.EnumMap<>(GuidePart.class);
		sizes.put(GuidePart.LEVELS, count("SELECT count(*) FROM level WHERE role_id = ?", roleId));
		sizes.put(GuidePart.SECTIONS, count("SELECT count(*) FROM guide_section WHERE role_id = ?", roleId));
		sizes.put(GuidePart.FACTS, count("SELECT count(*) FROM role_fact WHERE role_id = ?", roleId));
		sizes.put(GuidePart.STACK, count("SELECT count(*) FROM tool_category WHERE role_id = ?", roleId));
		sizes.put(GuidePart.SKILLS, count("SELECT count(*) FROM role_skill WHERE role_id = ?", roleId));
		sizes.put(GuidePart.STAGES, count("SELECT count(*) FROM career_stage WHERE role_id = ?", roleId));
		sizes.put(GuidePart.FAQ, count("SELECT count(*) FROM faq WHERE role_id = ?", roleId));
		sizes.put(GuidePart.GAPS, count("SELECT count(*) FROM skill_gap WHERE role_id = ?", roleId));
		sizes.put(GuidePart.LOCATIONS, this.companies.locationIds(roleId).size());
		sizes.put(GuidePart.SECTORS, this.companies.profileIds(roleId).size());
		sizes.put(GuidePart.COMPANIES, this.companies.hiring(roleId).size());
		sizes.put(GuidePart.PAY, count("SELECT (SELECT count(*) FROM market_salary WHERE role_id = ?) "
				+ "+ (SELECT count(*) FROM day_rate WHERE role_id = ?)", roleId, roleId));
		return sizes;
	}

	// The head of the guide

	/** Creates a draft guide, or records why not in {@code errors} and returns empty. */
	public Optional<Long> create(GuideBasicsForm form, Errors errors, long adminId) {
		String slug = GuideRow.blank(form.slug()) ? Slugs.of(form.title(), 80) : form.slug().strip();
		if (!errors.hasFieldErrors("slug") && (slug.isEmpty() || this.market.roleSlugTaken(slug))) {
			errors.rejectValue("slug", "taken", "Another guide has this address: choose another.");
		}
		RoleDetails details = details(form, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		long id = this.market.createRole(slug, details);
		this.log.record(DecisionSubject.GUIDE, id, details.title(), DecisionAction.CREATE, blankToNull(form.reason()),
				adminId);
		changed(id);
		return Optional.of(id);
	}

	/**
	 * Saves the guide's head; false with {@code errors} filled in when the form has
	 * problems. The guide's address never changes.
	 * @throws GuideConflictException when the guide was saved since the form was shown
	 */
	public boolean reviseBasics(long id, GuideBasicsForm form, Errors errors, long adminId) {
		guide(id);
		RoleDetails details = details(form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		claim(id, form.version());
		this.market.reviseRole(id, details);
		this.log.record(DecisionSubject.GUIDE, id, details.title() + ": title and summary", DecisionAction.EDIT,
				blankToNull(form.reason()), adminId);
		changed(id);
		return true;
	}

	/** Makes a draft guide public. */
	public void publish(long id, String version, long adminId) {
		AdminRole guide = guide(id);
		claim(id, version);
		this.market.publishRole(id);
		this.log.record(DecisionSubject.GUIDE, id, guide.role().title() + ": published", DecisionAction.APPROVE, null,
				adminId);
		changed(id);
	}

	// The parts of the guide

	/** The part's rows as the editor shows them, at the guide's current version. */
	@Transactional(readOnly = true)
	public GuidePartForm read(GuidePart part, long roleId) {
		AdminRole guide = guide(roleId);
		List<GuideRow> rows = switch (part) {
			case LEVELS ->
				this.jdbc.query(
						"""
								SELECT id, title, experience_min_years, experience_max_years FROM level
								WHERE role_id = ? ORDER BY position""", (rs, n) -> row(rs.getLong(1), n, "",
								rs.getString(2), "", "", text(rs.getObject(3)), text(rs.getObject(4)), "", "", ""),
						roleId);
			case SECTIONS -> this.jdbc.query("""
					SELECT id, topic, heading, body FROM guide_section WHERE role_id = ? ORDER BY position""",
					(rs, n) -> row(rs.getLong(1), n, rs.getString(2), rs.getString(3), rs.getString(4), "", "", "", "",
							"", ""),
					roleId);
			case FACTS -> this.jdbc.query("""
					SELECT id, kind, text, detail FROM role_fact WHERE role_id = ? ORDER BY kind, position""",
					(rs, n) -> row(rs.getLong(1), n, rs.getString(2), rs.getString(3), "", text(rs.getString(4)), "",
							"", "", "", ""),
					roleId);
			case STACK -> stackRows(roleId);
			case SKILLS -> this.jdbc.query("""
					SELECT s.tool_id, s.kind, t.name FROM role_skill s JOIN tool t ON t.id = s.tool_id
					WHERE s.role_id = ? ORDER BY s.kind, s.position""",
					(rs, n) -> row(rs.getLong(1), n, rs.getString(2), rs.getString(3), "", "", "", "", "", "", ""),
					roleId);
			case STAGES -> this.jdbc.query("""
					SELECT id, title, years_min, years_max, pay_min_gbp, pay_max_gbp, pay_open_ended, summary
					FROM career_stage WHERE role_id = ? ORDER BY position""",
					(rs, n) -> row(rs.getLong(1), n, "", rs.getString(2), text(rs.getString(8)), "",
							text(rs.getObject(3)), text(rs.getObject(4)), text(rs.getObject(5)), text(rs.getObject(6)),
							String.valueOf(rs.getBoolean(7))),
					roleId);
			case FAQ -> this.jdbc.query("SELECT id, question, answer FROM faq WHERE role_id = ? ORDER BY position",
					(rs, n) -> row(rs.getLong(1), n, "", rs.getString(2), rs.getString(3), "", "", "", "", "", ""),
					roleId);
			case GAPS -> this.jdbc.query("""
					SELECT id, skill, demand_pct, supply_pct, why FROM skill_gap WHERE role_id = ? ORDER BY position""",
					(rs, n) -> row(rs.getLong(1), n, "", rs.getString(2), rs.getString(5), "", text(rs.getObject(3)),
							text(rs.getObject(4)), "", "", ""),
					roleId);
			case LOCATIONS -> numbered(this.companies.locations(roleId), (location, n) -> row(location.id(), n, "",
					location.name(), location.why(), "", "", "", "", "", ""));
			case SECTORS -> numbered(this.companies.profiles(roleId),
					(profile, n) -> new GuideRow(String.valueOf(profile.id()), String.valueOf(n + 1), "", "",
							profile.name(), profile.body(), profile.headline(), "", "", "", "", "",
							String.join("\n", profile.employers()), List.of()));
			case COMPANIES -> numbered(this.companies.hiring(roleId), (slug, n) -> new GuideRow("",
					String.valueOf(n + 1), "", slug, "", "", "", "", "", "", "", "", "", List.of()));
			case PAY -> this.jdbc.query("""
					SELECT 'SALARY' AS kind, s.id, r.slug, s.range_min_gbp, s.range_max_gbp, s.median_gbp, s.source,
					       s.as_of_year
					FROM market_salary s LEFT JOIN region r ON r.id = s.region_id WHERE s.role_id = ?
					UNION ALL
					SELECT 'DAY_RATE', d.id, r.slug, d.min_gbp, d.max_gbp, d.median_gbp, d.source, d.as_of_year
					FROM day_rate d LEFT JOIN region r ON r.id = d.region_id WHERE d.role_id = ?
					ORDER BY 1 DESC, 3 NULLS FIRST""",
					(rs, n) -> row(rs.getLong(2), n, rs.getString(1), text(rs.getString(3)), "", rs.getString(7),
							text(rs.getObject(4)), text(rs.getObject(5)), text(rs.getObject(6)), text(rs.getObject(8)),
							""),
					roleId, roleId);
		};
		return new GuidePartForm(rows, String.valueOf(guide.version()), "");
	}

	/**
	 * Replaces the part with the form's rows (in their order, without the removed and the
	 * empty ones); false with {@code errors} filled in when any row has a problem, and
	 * then nothing is written.
	 * @throws GuideConflictException when the guide was saved since the form was shown
	 */
	public boolean save(GuidePart part, long roleId, GuidePartForm form, Errors errors, long adminId) {
		AdminRole guide = guide(roleId);
		if (form.rows().size() > GuidePartForm.MOST_ROWS) {
			errors.reject("rows", "Save at most " + GuidePartForm.MOST_ROWS + " rows at a time.");
			return false;
		}
		List<Kept> rows = kept(form, errors);
		Runnable write = switch (part) {
			case LEVELS -> levels(guide, rows, errors);
			case SECTIONS -> sections(roleId, rows, errors);
			case FACTS -> facts(roleId, rows, errors);
			case STACK -> stack(roleId, rows, errors);
			case SKILLS -> skills(roleId, rows, errors);
			case STAGES -> stages(roleId, rows, errors);
			case FAQ -> questions(roleId, rows, errors);
			case GAPS -> gaps(roleId, rows, errors);
			case LOCATIONS -> locations(roleId, rows, errors);
			case SECTORS -> profiles(roleId, rows, errors);
			case COMPANIES -> hiring(roleId, rows, errors);
			case PAY -> pay(roleId, rows, errors);
		};
		if (errors.hasErrors()) {
			return false;
		}
		claim(roleId, form.version());
		write.run();
		this.log.record(DecisionSubject.GUIDE, roleId,
				guide.role().title() + ": " + part.label().toLowerCase(Locale.UK), DecisionAction.EDIT,
				blankToNull(form.reason()), adminId);
		changed(roleId);
		return true;
	}

	private Runnable levels(AdminRole guide, List<Kept> rows, Errors errors) {
		long roleId = guide.role().id();
		Set<Long> own = new HashSet<>(
				this.jdbc.queryForList("SELECT id FROM level WHERE role_id = ?", Long.class, roleId));
		List<LevelDetails> levels = new ArrayList<>();
		for (Kept kept : rows) {
			String title = kept.text(errors, "title", kept.row().title(), 120, "Enter the level's title.");
			Integer min = kept.number(errors, "min", kept.row().min(), 0, 60);
			Integer max = kept.number(errors, "max", kept.row().max(), 1, 61);
			if (max != null && (min == null || max <= min)) {
				errors.rejectValue(kept.path("max"), "range", "Give the fewest years too, and make the most larger.");
			}
			Long id = kept.id(errors, own);
			levels.add(new LevelDetails(id, title, min, max));
		}
		if (levels.isEmpty()) {
			errors.reject("rows", "A guide needs at least one level: salary bands and postings name one.");
		}
		uniqueness(errors, rows, "title", (kept) -> kept.row().title(), "Two levels have this title.");
		List<Long> keep = levels.stream().map(LevelDetails::id).filter(java.util.Objects::nonNull).toList();
		List<String> inUse = this.market.levelsInUse(roleId, keep);
		if (!inUse.isEmpty()) {
			errors.reject("rows", "Salary bands or postings use " + String.join(", ", inUse)
					+ ", so it cannot be removed; retire its bands and wait for its postings to end first.");
		}
		return () -> this.market.saveLevels(roleId, guide.role().title(), levels);
	}

	private Runnable sections(long roleId, List<Kept> rows, Errors errors) {
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

	private Runnable facts(long roleId, List<Kept> rows, Errors errors) {
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

	private Runnable stack(long roleId, List<Kept> rows, Errors errors) {
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
		uniqueness(errors, rows, "title", (kept) -> kept.row().title(), "Two categories have this name.");
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

	private Runnable skills(long roleId, List<Kept> rows, Errors errors) {
		List<String[]> skills = new ArrayList<>();
		for (Kept kept : rows) {
			RoleSkill.Kind kind = kept.choice(errors, "kind", RoleSkill.Kind.class, "Choose essential or emerging.");
			String name = kept.text(errors, "title", kept.row().title(), 120, "Name the skill or tool.");
			skills.add(new String[] { (kind != null) ? kind.name() : null, name });
		}
		uniqueness(errors, rows, "title", (kept) -> kept.row().kind() + " " + kept.row().title(),
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

	private Runnable stages(long roleId, List<Kept> rows, Errors errors) {
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

	private Runnable questions(long roleId, List<Kept> rows, Errors errors) {
		Set<Long> own = ids("SELECT id FROM faq WHERE role_id = ?", roleId);
		List<String[]> questions = new ArrayList<>();
		for (Kept kept : rows) {
			String question = kept.text(errors, "title", kept.row().title(), 300, "Enter the question.");
			String answer = kept.text(errors, "body", kept.row().body(), 10_000, "Write the answer.");
			kept.id(errors, own);
			questions.add(new String[] { question, answer });
		}
		uniqueness(errors, rows, "title", (kept) -> kept.row().title(), "This question is asked twice.");
		return () -> {
			this.jdbc.update("DELETE FROM faq WHERE role_id = ?", roleId);
			for (int position = 0; position < questions.size(); position++) {
				this.jdbc.update("INSERT INTO faq (role_id, position, question, answer) VALUES (?, ?, ?, ?)", roleId,
						position, questions.get(position)[0], questions.get(position)[1]);
			}
		};
	}

	/**
	 * Market salaries and day rates: {@code kind} says which, {@code title} is the
	 * region's slug (empty for UK-wide), {@code min} and {@code max} the range,
	 * {@code payMin} the median, {@code detail} the source and {@code payMax} its year.
	 * Rows are replaced whole, so ids are not checked against the tables.
	 */
	private Runnable pay(long roleId, List<Kept> rows, Errors errors) {
		Map<String, Long> regions = new HashMap<>();
		this.jdbc.query("SELECT slug, id FROM region",
				(RowCallbackHandler) (rs) -> regions.put(rs.getString(1), rs.getLong(2)));
		List<Object[]> salaries = new ArrayList<>();
		List<Object[]> rates = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Kept kept : rows) {
			boolean day = "DAY_RATE".equals(kept.row().kind());
			if (!day && !"SALARY".equals(kept.row().kind())) {
				errors.rejectValue(kept.path("kind"), "choice", "Choose a market salary or a contract day rate.");
				continue;
			}
			String region = GuideRow.blank(kept.row().title()) ? null : kept.row().title().strip();
			if (region != null && !regions.containsKey(region)) {
				errors.rejectValue(kept.path("title"), "choice", "Choose a region from the list, or UK-wide.");
			}
			int floor = day ? 50 : 1000;
			int ceiling = day ? 10_000 : 10_000_000;
			Integer min = kept.pounds(errors, "min", kept.row().min(), floor, ceiling);
			Integer max = kept.pounds(errors, "max", kept.row().max(), floor, ceiling);
			Integer median = kept.pounds(errors, "payMin", kept.row().payMin(), floor, ceiling);
			if ((min == null) != (max == null)) {
				errors.rejectValue(kept.path((min == null) ? "min" : "max"), "range",
						"Give both ends of the range, or neither.");
			}
			else if (min != null && min > max) {
				errors.rejectValue(kept.path("max"), "range", "The top of the range must not be below its bottom.");
			}
			else if (median != null && min != null && (median < min || median > max)) {
				errors.rejectValue(kept.path("payMin"), "range", "The median must lie within the range.");
			}
			if (median == null && (!day || min == null) && !errors.hasFieldErrors(kept.path("payMin"))) {
				errors.rejectValue(kept.path("payMin"), "required",
						day ? "Give a range or a median day rate." : "Give the median salary.");
			}
			String source = kept.text(errors, "detail", kept.row().detail(), 300, "Name the source of the figures.");
			Integer year = kept.number(errors, "payMax", kept.row().payMax(), 2000, 2100);
			if (year == null && !errors.hasFieldErrors(kept.path("payMax"))) {
				errors.rejectValue(kept.path("payMax"), "required", "Give the year the figures are for.");
			}
			if (!seen.add(kept.row().kind() + ":" + region)) {
				errors.rejectValue(kept.path("title"), "duplicate",
						"There is already a " + (day ? "day rate" : "market salary") + " for this region.");
			}
			Object[] figures = { (region != null) ? regions.get(region) : null, min, max, median, source, year };
			(day ? rates : salaries).add(figures);
		}
		return () -> {
			this.jdbc.update("DELETE FROM market_salary WHERE role_id = ?", roleId);
			this.jdbc.update("DELETE FROM day_rate WHERE role_id = ?", roleId);
			for (Object[] f : salaries) {
				this.jdbc.update("""
						INSERT INTO market_salary (role_id, region_id, range_min_gbp, range_max_gbp, median_gbp, source,
						                           as_of_year) VALUES (?, ?, ?, ?, ?, ?, ?)""", roleId, f[0], f[1],
						f[2], f[3], f[4], f[5]);
			}
			for (Object[] f : rates) {
				this.jdbc.update("""
						INSERT INTO day_rate (role_id, region_id, min_gbp, max_gbp, median_gbp, source, as_of_year)
						VALUES (?, ?, ?, ?, ?, ?, ?)""", roleId, f[0], f[1], f[2], f[3], f[4], f[5]);
			}
		};
	}

	private Runnable gaps(long roleId, List<Kept> rows, Errors errors) {
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
		uniqueness(errors, rows, "title", (kept) -> kept.row().title(), "This skill is listed twice.");
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

	private Runnable locations(long roleId, List<Kept> rows, Errors errors) {
		Set<Long> own = this.companies.locationIds(roleId);
		List<GuideCompanies.Location> locations = new ArrayList<>();
		for (Kept kept : rows) {
			String name = kept.text(errors, "title", kept.row().title(), 120, "Name the place.");
			String why = kept.text(errors, "body", kept.row().body(), 4000, "Say why the jobs are there.");
			locations.add(new GuideCompanies.Location(kept.id(errors, own), name, why));
		}
		uniqueness(errors, rows, "title", (kept) -> kept.row().title(), "This place is listed twice.");
		return () -> this.companies.saveLocations(roleId, locations);
	}

	private Runnable profiles(long roleId, List<Kept> rows, Errors errors) {
		Set<Long> own = this.companies.profileIds(roleId);
		List<GuideCompanies.Profile> profiles = new ArrayList<>();
		for (Kept kept : rows) {
			String name = kept.text(errors, "title", kept.row().title(), 120, "Name the sector.");
			String headline = kept.text(errors, "detail", kept.row().detail(), 200, "Give the sector a headline.");
			String body = kept.text(errors, "body", kept.row().body(), 20_000, "Write the sector's portrait.");
			List<String> employers = kept.row().lines();
			if (employers.size() > 30 || employers.stream().anyMatch((employer) -> employer.length() > 120)) {
				errors.rejectValue(kept.path("list"), "size",
						"Name at most 30 employers, one a line, each up to 120 characters.");
			}
			else if (employers.stream()
				.map((employer) -> employer.toLowerCase(Locale.ROOT))
				.distinct()
				.count() < employers.size()) {
				errors.rejectValue(kept.path("list"), "duplicate", "An employer is named twice.");
			}
			profiles.add(new GuideCompanies.Profile(kept.id(errors, own), name, headline, body, employers));
		}
		uniqueness(errors, rows, "title", (kept) -> kept.row().title(), "This sector is listed twice.");
		return () -> this.companies.saveProfiles(roleId, profiles);
	}

	private Runnable hiring(long roleId, List<Kept> rows, Errors errors) {
		Map<String, Long> known = this.companies.companyIds();
		List<Long> chosen = new ArrayList<>();
		for (Kept kept : rows) {
			Long id = known.get(kept.row().kind());
			if (id == null) {
				errors.rejectValue(kept.path("kind"), "choice", "Choose a listed company.");
			}
			else {
				chosen.add(id);
			}
		}
		uniqueness(errors, rows, "kind", (kept) -> kept.row().kind(), "This company is named twice.");
		return () -> this.companies.saveHiring(roleId, chosen);
	}

	// Helpers

	private static <T> List<GuideRow> numbered(List<T> items, java.util.function.BiFunction<T, Integer, GuideRow> row) {
		List<GuideRow> rows = new ArrayList<>();
		for (int n = 0; n < items.size(); n++) {
			rows.add(row.apply(items.get(n), n));
		}
		return rows;
	}

	/** The rows to keep, in the order asked for; empty spare rows and removed rows go. */
	private static List<Kept> kept(GuidePartForm form, Errors errors) {
		List<Kept> kept = new ArrayList<>();
		for (int i = 0; i < form.rows().size(); i++) {
			GuideRow row = form.rows().get(i);
			if (row == null || row.removed() || row.empty()) {
				continue;
			}
			Kept entry = new Kept(i, row);
			Integer order = entry.number(errors, "order", row.order(), 0, 10_000);
			kept.add(new Kept(i, row, (order != null) ? order * 2.0 : i * 2.0 + 1));
		}
		kept.sort(Comparator.comparingDouble(Kept::rank).thenComparingInt(Kept::index));
		return kept;
	}

	private static void uniqueness(Errors errors, List<Kept> rows, String field,
			java.util.function.Function<Kept, String> key, String message) {
		Set<String> seen = new HashSet<>();
		for (Kept kept : rows) {
			String value = key.apply(kept);
			if (value != null && !value.isBlank() && !seen.add(value.strip().toLowerCase(Locale.ROOT))
					&& !errors.hasFieldErrors(kept.path(field))) {
				errors.rejectValue(kept.path(field), "duplicate", message);
			}
		}
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

	private List<GuideRow> stackRows(long roleId) {
		Map<Long, List<GuideRow.ToolRow>> tools = new HashMap<>();
		this.jdbc.query("""
				SELECT st.category_id, t.name, st.why FROM stack_tool st JOIN tool t ON t.id = st.tool_id
				JOIN tool_category c ON c.id = st.category_id WHERE c.role_id = ? ORDER BY st.position""", (rs) -> {
			tools.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
				.add(new GuideRow.ToolRow(rs.getString(2), rs.getString(3)));
		}, roleId);
		return this.jdbc.query("SELECT id, name, non_negotiable FROM tool_category WHERE role_id = ? ORDER BY position",
				(rs, n) -> {
					List<GuideRow.ToolRow> own = new ArrayList<>(tools.getOrDefault(rs.getLong(1), List.of()));
					own.add(GuideRow.ToolRow.blank());
					own.add(GuideRow.ToolRow.blank());
					return new GuideRow(String.valueOf(rs.getLong(1)), String.valueOf(n + 1), "", "", rs.getString(2),
							"", "", "", "", "", "", String.valueOf(rs.getBoolean(3)), "", own);
				}, roleId);
	}

	private static GuideRow row(long id, int n, String kind, String title, String body, String detail, String min,
			String max, String payMin, String payMax, String flag) {
		return new GuideRow(String.valueOf(id), String.valueOf(n + 1), "", kind, title, body, detail, min, max, payMin,
				payMax, flag, "", List.of());
	}

	private RoleDetails details(GuideBasicsForm form, Errors errors) {
		Integer tenure = null;
		if (!GuideRow.blank(form.tenureMonths()) && !errors.hasFieldErrors("tenureMonths")) {
			tenure = Integer.parseInt(form.tenureMonths().strip());
			if (tenure < 1 || tenure > 600) {
				errors.rejectValue("tenureMonths", "range",
						"Enter a number of months from 1 to 600, or leave it empty.");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new RoleDetails(form.title().strip(), form.tagline().strip(), form.summary().strip(),
				form.sourceTitle().strip(), form.sourceUpdated().strip(), tenure);
	}

	private void claim(long roleId, String version) {
		if (version == null || !version.strip().matches("\\d{1,9}")
				|| !this.market.claimRole(roleId, Integer.parseInt(version.strip()))) {
			throw new GuideConflictException(roleId);
		}
	}

	private void changed(long roleId) {
		this.events.publishEvent(new CuratedContentChanged("guide " + roleId));
	}

	private int count(String sql, Object... roleId) {
		return this.jdbc.queryForObject(sql, Integer.class, roleId);
	}

	private Map<Long, String> slugs(String sql, long roleId) {
		Map<Long, String> slugs = new HashMap<>();
		this.jdbc.query(sql, (RowCallbackHandler) (rs) -> slugs.put(rs.getLong(1), rs.getString(2)), roleId);
		return slugs;
	}

	private Set<Long> ids(String sql, long roleId) {
		return new HashSet<>(this.jdbc.queryForList(sql, Long.class, roleId));
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static String blankToNull(String value) {
		return GuideRow.blank(value) ? null : value.strip();
	}

	/**
	 * A row that stays, with its index in the form (for field messages) and its place.
	 */
	private record Kept(int index, GuideRow row, double rank) {

		Kept(int index, GuideRow row) {
			this(index, row, index);
		}

		String path(String field) {
			return "rows[" + this.index + "]." + field;
		}

		String text(Errors errors, String field, String value, int max, String missing) {
			if (GuideRow.blank(value)) {
				errors.rejectValue(path(field), "required", missing);
				return null;
			}
			return optional(errors, field, value, max);
		}

		String optional(Errors errors, String field, String value, int max) {
			if (GuideRow.blank(value)) {
				return null;
			}
			String clean = value.strip();
			if (clean.length() > max) {
				errors.rejectValue(path(field), "size",
						"Use at most " + String.format(Locale.UK, "%,d", max) + " characters.");
			}
			return clean;
		}

		Integer number(Errors errors, String field, String value, int min, int max) {
			if (GuideRow.blank(value)) {
				return null;
			}
			String clean = value.strip();
			if (!clean.matches("\\d{1,6}") || Integer.parseInt(clean) < min || Integer.parseInt(clean) > max) {
				errors.rejectValue(path(field), "number", "Enter a whole number from " + min + " to " + max + ".");
				return null;
			}
			return Integer.parseInt(clean);
		}

		Integer pounds(Errors errors, String field, String value) {
			return pounds(errors, field, value, 1000, 10_000_000);
		}

		/**
		 * Whole pounds as typed ("£65,000" or "65000"), from {@code min} to {@code max}.
		 */
		Integer pounds(Errors errors, String field, String value, int min, int max) {
			if (GuideRow.blank(value)) {
				return null;
			}
			String clean = value.strip().replace("£", "").replace(",", "").replace(" ", "");
			if (!clean.matches("\\d{1,8}") || Integer.parseInt(clean) < min || Integer.parseInt(clean) > max) {
				errors.rejectValue(path(field), "pounds", "Enter whole pounds from £"
						+ String.format(Locale.UK, "%,d", min) + " to £" + String.format(Locale.UK, "%,d", max) + ".");
				return null;
			}
			return Integer.parseInt(clean);
		}

		<E extends Enum<E>> E choice(Errors errors, String field, Class<E> type, String missing) {
			String value = this.row.kind();
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value)) {
					return constant;
				}
			}
			errors.rejectValue(path(field), "choice", missing);
			return null;
		}

		/**
		 * The row's id when it names one of the part's own rows; a foreign id is refused.
		 */
		Long id(Errors errors, Set<Long> own) {
			String value = this.row.id();
			if (GuideRow.blank(value)) {
				return null;
			}
			if (!value.strip().matches("\\d{1,18}") || !own.contains(Long.parseLong(value.strip()))) {
				errors.reject("rows", "A row did not belong to this guide: reload the page and try again.");
				return null;
			}
			return Long.parseLong(value.strip());
		}

	}

}
