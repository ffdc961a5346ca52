package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.mljobs.support.AllAtOnce;
import uk.mljobs.support.OwnDatabase;
import uk.mljobs.support.PageText;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins write role guides from the admin pages alone, on a database of their own (the
 * shared one keeps the documents' two guides exactly as published).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ GuideEditingTests.Database.class, TestClock.Configuration.class })
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuideEditingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private MockHttpSession admin;

	@Autowired
	private GuideEditor editor;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = TestAccounts.admin(this.mvc);
	}

	@Test
	void anAiEngineerGuideIsWrittenAndPublishedFromTheAdminPagesAlone() throws Exception {
		this.mvc
			.perform(post("/admin/guides").with(csrf())
				.session(this.admin)
				.param("title", "AI Engineer")
				.param("slug", "")
				.param("tagline", "Builds products on large language models.")
				.param("summary", "Wires models, retrieval and evaluation into products people use.")
				.param("sourceTitle", "Our own survey of postings")
				.param("sourceUpdated", "November 2026")
				.param("tenureMonths", "30"))
			.andExpect(redirectedUrlPattern("/admin/guides/*"));
		long id = this.jdbc.queryForObject("SELECT id FROM role WHERE slug = 'ai-engineer'", Long.class);

		this.mvc.perform(get("/admin/guides/" + id).session(this.admin))
			.andExpect(content().string(containsString("Draft: only admins see it")))
			.andExpect(content().string(not(containsString("name=\"slug\""))));
		// A draft: admins preview it, nobody else sees it anywhere.
		this.mvc.perform(get("/roles/ai-engineer")).andExpect(status().isNotFound());
		this.mvc.perform(get("/roles")).andExpect(content().string(not(containsString("AI Engineer"))));
		this.mvc.perform(get("/jobs").param("role", "ai-engineer")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/guides/" + id + "/preview").session(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Preview of a draft")))
			.andExpect(content().string(containsString("Builds products on large language models.")));

		save(id, "levels", "rows[0].title", "Junior AI Engineer", "rows[0].min", "0", "rows[0].max", "2",
				"rows[1].title", "Senior AI Engineer", "rows[1].min", "5", "rows[1].max", "");
		save(id, "sections", "rows[0].kind", "OVERVIEW", "rows[0].title", "What an AI engineer does", "rows[0].body",
				"Ships features built on foundation models.\n\n- Prompts\n- Retrieval", "rows[1].kind", "GETTING_HIRED",
				"rows[1].title", "Portfolio", "rows[1].body", "Show a deployed assistant.");
		save(id, "facts", "rows[0].kind", "TYPICAL_TASK", "rows[0].title", "Evaluate model answers", "rows[0].detail",
				"against a labelled set");
		save(id, "stack", "rows[0].title", "Orchestration", "rows[0].flag", "true", "rows[0].tools[0].name",
				"LangGraph", "rows[0].tools[0].why", "Agent workflows as graphs.", "rows[0].tools[1].name", "python",
				"rows[0].tools[1].why", "Glue for everything.");
		save(id, "skills", "rows[0].kind", "ESSENTIAL", "rows[0].title", "Python", "rows[1].kind", "EMERGING",
				"rows[1].title", "langgraph");
		save(id, "stages", "rows[0].title", "Junior AI Engineer", "rows[0].min", "0", "rows[0].max", "2",
				"rows[0].payMin", "£45,000", "rows[0].payMax", "60000", "rows[1].title", "Principal AI Engineer",
				"rows[1].min", "8", "rows[1].payMin", "150000", "rows[1].payMax", "150000", "rows[1].flag", "true");
		save(id, "faq", "rows[0].title", "Do I need a PhD?", "rows[0].body", "No: shipped work counts for more.");
		save(id, "companies", "rows[0].kind", "arm", "rows[1].kind", "monzo", "rows[2].kind", "");
		save(id, "locations", "rows[0].title", "Cambridge", "rows[0].body",
				"Chip designers hire for on-device models.");
		save(id, "sectors", "rows[0].title", "Consumer finance", "rows[0].detail", "Assistants in banking apps",
				"rows[0].body", "Banks put assistants in front of customers.", "rows[0].list", "Monzo\n\nAcme Bank\n");
		save(id, "gaps", "rows[0].title", "Evaluation design", "rows[0].min", "64", "rows[0].max", "21", "rows[0].body",
				"Few candidates have measured a model's answers.");
		save(id, "pay", "rows[0].kind", "SALARY", "rows[0].payMin", "£82,500", "rows[0].min", "60,000", "rows[0].max",
				"110000", "rows[0].detail", "AI Engineer salary survey", "rows[0].payMax", "2026", "rows[1].kind",
				"DAY_RATE", "rows[1].title", "london", "rows[1].min", "600", "rows[1].max", "900", "rows[1].detail",
				"AI Engineer contractor rates", "rows[1].payMax", "2026");

		assertThat(
				this.jdbc.queryForList("SELECT slug FROM level WHERE role_id = ? ORDER BY position", String.class, id))
			.containsExactly("junior", "senior");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM tool WHERE lower(name) IN ('python', 'langgraph')",
				Integer.class))
			.as("known tools are reused, new ones added once")
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT gap_points FROM skill_gap WHERE role_id = ?", Integer.class, id))
			.isEqualTo(43);

		this.mvc
			.perform(post("/admin/guides/" + id + "/publish").with(csrf())
				.session(this.admin)
				.param("version", version(id))
				.param("confirm", "yes"))
			.andExpect(redirectedUrl("/admin/guides/" + id));
		String page = PageText.of(this.mvc.perform(get("/roles/ai-engineer"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page).contains("AI Engineer", "What an AI engineer does",
				"Ships features built on foundation models.", "Evaluate model answers", "Orchestration",
				"Non-negotiable", "LangGraph", "Agent workflows as graphs.", "Junior AI Engineer", "£45,000–£60,000",
				"£150,000+", "Do I need a PhD?", "Evaluation design", "Portfolio", "£82,500", "£60,000–£110,000",
				"AI Engineer salary survey", "£600–£900", "AI Engineer contractor rates");
		this.mvc.perform(get("/roles")).andExpect(content().string(containsString("AI Engineer")));
		this.mvc.perform(get("/jobs").param("role", "ai-engineer").param("level", "senior")).andExpect(status().isOk());
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM moderation_decision WHERE subject = 'GUIDE' AND subject_id = ? ORDER BY id",
				String.class, id))
			.containsExactly("CREATE", "EDIT", "EDIT", "EDIT", "EDIT", "EDIT", "EDIT", "EDIT", "EDIT", "EDIT", "EDIT",
					"EDIT", "EDIT", "APPROVE");
	}

	@Test
	void savingEveryPartAsTheEditorShowsItLeavesBothGuidesExactlyAsTheyWere() throws Exception {
		for (String slug : List.of("mlops-engineer", "machine-learning-engineer")) {
			long id = role(slug);
			String before = this.mvc.perform(get("/roles/" + slug)).andReturn().getResponse().getContentAsString();
			for (GuidePart part : GuidePart.values()) {
				GuidePartForm form = this.editor.read(part, id);
				save(id, part.slug(), params(form));
			}
			String after = this.mvc.perform(get("/roles/" + slug)).andReturn().getResponse().getContentAsString();
			assertThat(after).as(slug).isEqualTo(before);
		}
	}

	@Test
	void badRowsComeBackWithMessagesAndNothingIsWritten() throws Exception {
		long mlops = role("mlops-engineer");
		List<String> before = questions(mlops);
		this.mvc
			.perform(part(mlops, "faq", "rows[0].title", "Same?", "rows[0].body", "One.", "rows[1].title", "same?",
					"rows[1].body", "Two.", "rows[2].title", "No answer", "rows[2].body", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This question is asked twice.")))
			.andExpect(content().string(containsString("Write the answer.")));
		assertThat(questions(mlops)).isEqualTo(before);
		this.mvc
			.perform(part(mlops, "gaps", "rows[0].title", "Odd", "rows[0].min", "140", "rows[0].max", "x",
					"rows[0].body", "Why"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a whole number from 0 to 100.")));
		this.mvc.perform(part(mlops, "stages", "rows[0].title", "Lead", "rows[0].payMin", "90000", "rows[0].max", "3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Give both ends of the pay range, or neither.")))
			.andExpect(content().string(containsString("Give the fewest years too, and make the most larger.")));
		String payBefore = this.jdbc.queryForObject(
				"SELECT string_agg(min_gbp || '-' || max_gbp, ',') FROM day_rate WHERE role_id = ?", String.class,
				mlops);
		this.mvc
			.perform(part(mlops, "pay", "rows[0].kind", "DAY_RATE", "rows[0].min", "900", "rows[0].max", "500",
					"rows[0].detail", "Survey", "rows[0].payMax", "2026", "rows[1].kind", "SALARY", "rows[1].title",
					"atlantis", "rows[1].detail", " ", "rows[2].kind", "DAY_RATE", "rows[2].min", "500",
					"rows[2].detail", "Survey", "rows[2].payMax", "2026"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The top of the range must not be below its bottom.")))
			.andExpect(content().string(containsString("Choose a region from the list, or UK-wide.")))
			.andExpect(content().string(containsString("Give the median salary.")))
			.andExpect(content().string(containsString("Name the source of the figures.")))
			.andExpect(content().string(containsString("Give the year the figures are for.")))
			.andExpect(content().string(containsString("Give both ends of the range, or neither.")))
			.andExpect(content().string(containsString("There is already a day rate for this region.")));
		assertThat(this.jdbc.queryForObject(
				"SELECT string_agg(min_gbp || '-' || max_gbp, ',') FROM day_rate WHERE role_id = ?", String.class,
				mlops))
			.isEqualTo(payBefore);
		this.mvc.perform(get("/admin/guides/" + mlops + "/nonsense").session(this.admin))
			.andExpect(status().isNotFound());
		// Row numbers far beyond any form: refused, never a 500.
		for (String field : List.of("rows[5000].title", "rows[0].tools[9000].name", "rows[121].title")) {
			int code = this.mvc.perform(part(mlops, "faq", field, "x")).andReturn().getResponse().getStatus();
			assertThat(code).as(field).isEqualTo(400);
		}
		assertThat(questions(mlops)).isEqualTo(before);
	}

	@Test
	void anEditReordersAndRemovesRowsAndTheGuideShowsThem() throws Exception {
		long ml = role("machine-learning-engineer");
		List<java.util.Map<String, Object>> rows = this.jdbc.queryForList("""
				SELECT id, title, years_min, years_max, pay_min_gbp, pay_max_gbp, pay_open_ended, summary
				FROM career_stage WHERE role_id = ? ORDER BY position""", ml);
		assertThat(rows).hasSizeGreaterThan(2);
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			java.util.Map<String, Object> row = rows.get(i);
			String p = "rows[" + i + "].";
			List<String> pairs = List.of(p + "id", text(row.get("id")), p + "title", text(row.get("title")), p + "min",
					text(row.get("years_min")), p + "max", text(row.get("years_max")), p + "payMin",
					text(row.get("pay_min_gbp")), p + "payMax", text(row.get("pay_max_gbp")), p + "flag",
					text(row.get("pay_open_ended")), p + "body", text(row.get("summary")), p + "order",
					String.valueOf(i + 1));
			for (int k = 0; k < pairs.size(); k += 2) {
				params.put(pairs.get(k), pairs.get(k + 1));
			}
		}
		// The last stage first, the first one removed.
		params.put("rows[" + (rows.size() - 1) + "].order", "0");
		params.put("rows[0].remove", "true");
		this.mvc
			.perform(part(ml, "stages",
					params.entrySet()
						.stream()
						.flatMap((e) -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
						.toArray(String[]::new)))
			.andExpect(redirectedUrl("/admin/guides/" + ml + "/stages"));
		List<java.util.Map<String, Object>> after = this.jdbc.queryForList("""
				SELECT title, years_min, years_max, pay_min_gbp, pay_max_gbp, pay_open_ended, summary
				FROM career_stage WHERE role_id = ? ORDER BY position""", ml);
		assertThat(after).hasSize(rows.size() - 1);
		java.util.Map<String, Object> moved = new java.util.HashMap<>(rows.get(rows.size() - 1));
		moved.remove("id");
		assertThat(after.get(0)).as("every figure of the moved stage kept").isEqualTo(moved);
		assertThat(after).extracting((row) -> row.get("title")).doesNotContain(rows.get(0).get("title"));
		String page = PageText.of(this.mvc.perform(get("/roles/machine-learning-engineer"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page).contains((String) rows.get(1).get("title")).doesNotContain((String) rows.get(0).get("title"));
	}

	@Test
	void aStaleSaveGets409WithTheAdminsRowsKeptAndOfConcurrentSavesOneWins() throws Exception {
		long mlops = role("mlops-engineer");
		String stale = version(mlops);
		this.mvc.perform(part(mlops, "facts", "rows[0].kind", "TRADE_OFF", "rows[0].title", "Speed or safety"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/guides/" + mlops + "/facts").with(csrf())
				.session(this.admin)
				.param("version", stale)
				.param("rows[0].kind", "TRADE_OFF")
				.param("rows[0].title", "Cost or latency"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved this guide")))
			.andExpect(content().string(containsString("value=\"Cost or latency\"")))
			.andExpect(content().string(containsString("Speed or safety")));
		assertThat(this.jdbc.queryForList("SELECT text FROM role_fact WHERE role_id = ?", String.class, mlops))
			.containsExactly("Speed or safety");

		String current = version(mlops);
		List<Integer> statuses = AllAtOnce.run(4,
				(i) -> () -> this.mvc
					.perform(post("/admin/guides/" + mlops + "/faq").with(csrf())
						.session(this.admin)
						.param("version", current)
						.param("rows[0].title", "Question from admin " + i + "?")
						.param("rows[0].body", "An answer."))
					.andReturn()
					.getResponse()
					.getStatus());
		assertThat(statuses).containsOnly(302, 409).filteredOn((code) -> code == 302).hasSize(1);
		assertThat(questions(mlops)).hasSize(1);
		assertThat(version(mlops)).isEqualTo(String.valueOf(Integer.parseInt(current) + 1));
	}

	@Test
	void aLevelThatBandsUseCannotBeRemovedAndARowOfAnotherGuideIsRefused() throws Exception {
		long mlops = role("mlops-engineer");
		List<java.util.Map<String, Object>> levels = this.jdbc
			.queryForList("SELECT id, title FROM level WHERE role_id = ? ORDER BY position", mlops);
		this.mvc
			.perform(part(mlops, "levels", "rows[0].id", levels.get(0).get("id").toString(), "rows[0].title",
					levels.get(0).get("title").toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("cannot be removed")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM level WHERE role_id = ?", Integer.class, mlops))
			.isEqualTo(levels.size());
		long otherGap = this.jdbc.queryForObject(
				"SELECT min(g.id) FROM skill_gap g JOIN role r ON r.id = g.role_id WHERE r.slug = 'machine-learning-engineer'",
				Long.class);
		this.mvc
			.perform(part(mlops, "gaps", "rows[0].id", String.valueOf(otherGap), "rows[0].title", "Taken?",
					"rows[0].min", "50", "rows[0].max", "10", "rows[0].body", "Not yours."))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A row did not belong to this guide")));
	}

	/** The form's rows as the browser would post them. */
	private static String[] params(GuidePartForm form) {
		List<String> params = new ArrayList<>();
		for (int i = 0; i < form.rows().size(); i++) {
			GuideRow row = form.rows().get(i);
			String p = "rows[" + i + "].";
			params.addAll(List.of(p + "id", row.id(), p + "order", row.order(), p + "kind", row.kind(), p + "title",
					row.title(), p + "body", row.body(), p + "detail", row.detail(), p + "min", row.min(), p + "max",
					row.max(), p + "payMin", row.payMin(), p + "payMax", row.payMax(), p + "list", row.list()));
			if (row.flagged()) {
				params.addAll(List.of(p + "flag", "true"));
			}
			for (int t = 0; t < row.tools().size(); t++) {
				params.addAll(List.of(p + "tools[" + t + "].name", row.tools().get(t).name(),
						p + "tools[" + t + "].why", row.tools().get(t).why()));
			}
		}
		return params.toArray(String[]::new);
	}

	@Test
	void addMoreRowsKeepsWhatWasTypedAddsFiveEmptyRowsAndSavesNothing() throws Exception {
		long id = role("mlops-engineer");
		List<String> before = questions(id);
		String html = this.mvc
			.perform(part(id, "faq", "rows[0].title", "A question typed but not saved?", "rows[0].body", "Its answer.",
					"more", "5"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
		assertThat(page.select("input[name=rows[0].title]").attr("value")).isEqualTo("A question typed but not saved?");
		assertThat(page.select("input[name$=.title]")).hasSize(6);
		assertThat(questions(id)).isEqualTo(before);
	}

	private void save(long id, String part, String... params) throws Exception {
		this.mvc.perform(part(id, part, params)).andExpect(redirectedUrl("/admin/guides/" + id + "/" + part));
	}

	private MockHttpServletRequestBuilder part(long id, String part, String... params) {
		MockHttpServletRequestBuilder request = post("/admin/guides/" + id + "/" + part).with(csrf())
			.session(this.admin)
			.param("version", version(id));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	private String version(long id) {
		return String.valueOf(this.jdbc.queryForObject("SELECT version FROM role WHERE id = ?", Integer.class, id));
	}

	private long role(String slug) {
		return this.jdbc.queryForObject("SELECT id FROM role WHERE slug = ?", Long.class, slug);
	}

	private List<String> questions(long roleId) {
		return this.jdbc.queryForList("SELECT question FROM faq WHERE role_id = ? ORDER BY position", String.class,
				roleId);
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Database extends OwnDatabase {

		@Override
		protected String prefix() {
			return "mljobs_guides";
		}

	}

}
