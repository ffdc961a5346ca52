package uk.mljobs.roleguide;

import java.lang.reflect.RecordComponent;
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

	@Autowired
	private GuideParts parts;

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

		save(id, "levels", "rows[0].title", "Junior AI Engineer", "rows[0].yearsFrom", "0", "rows[0].yearsTo", "2",
				"rows[1].title", "Senior AI Engineer", "rows[1].yearsFrom", "5", "rows[1].yearsTo", "");
		save(id, "sections", "rows[0].topic", "OVERVIEW", "rows[0].heading", "What an AI engineer does", "rows[0].text",
				"Ships features built on foundation models.\n\n- Prompts\n- Retrieval", "rows[1].topic",
				"GETTING_HIRED", "rows[1].heading", "Portfolio", "rows[1].text", "Show a deployed assistant.");
		save(id, "facts", "rows[0].list", "TYPICAL_TASK", "rows[0].fact", "Evaluate model answers", "rows[0].detail",
				"against a labelled set");
		save(id, "stack", "rows[0].category", "Orchestration", "rows[0].nonNegotiable", "true", "rows[0].tools[0].name",
				"LangGraph", "rows[0].tools[0].why", "Agent workflows as graphs.", "rows[0].tools[1].name", "python",
				"rows[0].tools[1].why", "Glue for everything.");
		save(id, "skills", "rows[0].list", "ESSENTIAL", "rows[0].skill", "Python", "rows[1].list", "EMERGING",
				"rows[1].skill", "langgraph");
		save(id, "stages", "rows[0].title", "Junior AI Engineer", "rows[0].yearsFrom", "0", "rows[0].yearsTo", "2",
				"rows[0].payFrom", "£45,000", "rows[0].payTo", "60000", "rows[1].title", "Principal AI Engineer",
				"rows[1].yearsFrom", "8", "rows[1].payFrom", "150000", "rows[1].payTo", "150000", "rows[1].openEnded",
				"true");
		save(id, "faq", "rows[0].question", "Do I need a PhD?", "rows[0].answer", "No: shipped work counts for more.");
		save(id, "companies", "rows[0].company", "arm", "rows[1].company", "monzo", "rows[2].company", "");
		save(id, "locations", "rows[0].place", "Cambridge", "rows[0].why", "Chip designers hire for on-device models.");
		save(id, "sectors", "rows[0].sector", "Consumer finance", "rows[0].headline", "Assistants in banking apps",
				"rows[0].portrait", "Banks put assistants in front of customers.", "rows[0].employers",
				"Monzo\n\nAcme Bank\n");
		save(id, "gaps", "rows[0].skill", "Evaluation design", "rows[0].demand", "64", "rows[0].supply", "21",
				"rows[0].why", "Few candidates have measured a model's answers.");
		save(id, "pay", "rows[0].kind", "SALARY", "rows[0].median", "£82,500", "rows[0].from", "60,000", "rows[0].to",
				"110000", "rows[0].source", "AI Engineer salary survey", "rows[0].year", "2026", "rows[1].kind",
				"DAY_RATE", "rows[1].region", "london", "rows[1].from", "600", "rows[1].to", "900", "rows[1].source",
				"AI Engineer contractor rates", "rows[1].year", "2026");

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
				save(id, part.slug(), params(this.editor.read(this.parts.editor(part), id)));
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
			.perform(part(mlops, "faq", "rows[0].question", "Same?", "rows[0].answer", "One.", "rows[1].question",
					"same?", "rows[1].answer", "Two.", "rows[2].question", "No answer", "rows[2].answer", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This question is asked twice.")))
			.andExpect(content().string(containsString("Write the answer.")));
		assertThat(questions(mlops)).isEqualTo(before);
		this.mvc
			.perform(part(mlops, "gaps", "rows[0].skill", "Odd", "rows[0].demand", "140", "rows[0].supply", "x",
					"rows[0].why", "Why"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a whole number from 0 to 100.")));
		this.mvc
			.perform(part(mlops, "stages", "rows[0].title", "Lead", "rows[0].payFrom", "90000", "rows[0].yearsTo", "3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Give both ends of the pay range, or neither.")))
			.andExpect(content().string(containsString("Give the fewest years too, and make the most larger.")));
		String payBefore = this.jdbc.queryForObject(
				"SELECT string_agg(min_gbp || '-' || max_gbp, ',') FROM day_rate WHERE role_id = ?", String.class,
				mlops);
		this.mvc
			.perform(part(mlops, "pay", "rows[0].kind", "DAY_RATE", "rows[0].from", "900", "rows[0].to", "500",
					"rows[0].source", "Survey", "rows[0].year", "2026", "rows[1].kind", "SALARY", "rows[1].region",
					"atlantis", "rows[1].source", " ", "rows[2].kind", "DAY_RATE", "rows[2].from", "500",
					"rows[2].source", "Survey", "rows[2].year", "2026"))
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
		this.mvc.perform(part(mlops, "nonsense", "rows[0].question", "Lost?")).andExpect(status().isNotFound());
		// Row numbers far beyond any form: refused, never a 500.
		for (String field : List.of("rows[5000].question", "rows[0].tools[9000].name", "rows[121].question")) {
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
			List<String> pairs = List.of(p + "id", text(row.get("id")), p + "title", text(row.get("title")),
					p + "yearsFrom", text(row.get("years_min")), p + "yearsTo", text(row.get("years_max")),
					p + "payFrom", text(row.get("pay_min_gbp")), p + "payTo", text(row.get("pay_max_gbp")),
					p + "openEnded", text(row.get("pay_open_ended")), p + "summary", text(row.get("summary")),
					p + "order", String.valueOf(i + 1));
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
		this.mvc.perform(part(mlops, "facts", "rows[0].list", "TRADE_OFF", "rows[0].fact", "Speed or safety"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/guides/" + mlops + "/facts").with(csrf())
				.session(this.admin)
				.param("version", stale)
				.param("rows[0].list", "TRADE_OFF")
				.param("rows[0].fact", "Cost or latency"))
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
						.param("rows[0].question", "Question from admin " + i + "?")
						.param("rows[0].answer", "An answer."))
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
			.perform(part(mlops, "gaps", "rows[0].id", String.valueOf(otherGap), "rows[0].skill", "Taken?",
					"rows[0].demand", "50", "rows[0].supply", "10", "rows[0].why", "Not yours."))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A row did not belong to this guide")));
	}

	/**
	 * The form's rows as the browser would post them: each field of each row under its
	 * own name, and the fields of rows within rows (a category's tools) likewise.
	 */
	private static String[] params(PartForm<?> form) {
		List<String> params = new ArrayList<>();
		for (int i = 0; i < form.rows().size(); i++) {
			fields((Record) form.rows().get(i), "rows[" + i + "].", params);
		}
		return params.toArray(String[]::new);
	}

	private static void fields(Record row, String prefix, List<String> params) {
		for (RecordComponent field : row.getClass().getRecordComponents()) {
			Object value;
			try {
				field.getAccessor().setAccessible(true);
				value = field.getAccessor().invoke(row);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
			if (value instanceof List<?> rows) {
				for (int i = 0; i < rows.size(); i++) {
					fields((Record) rows.get(i), prefix + field.getName() + "[" + i + "].", params);
				}
			}
			else {
				params.addAll(List.of(prefix + field.getName(), text(value)));
			}
		}
	}

	@Test
	void addMoreRowsKeepsWhatWasTypedAddsFiveEmptyRowsAndSavesNothing() throws Exception {
		long id = role("mlops-engineer");
		List<String> before = questions(id);
		String html = this.mvc
			.perform(part(id, "faq", "rows[0].question", "A question typed but not saved?", "rows[0].answer",
					"Its answer.", "more", "5"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
		assertThat(page.select("input[name=rows[0].question]").attr("value"))
			.isEqualTo("A question typed but not saved?");
		assertThat(page.select("input[name$=.question]")).hasSize(6);
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
