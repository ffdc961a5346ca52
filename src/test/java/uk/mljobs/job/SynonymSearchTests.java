package uk.mljobs.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.search.SearchIndexing;
import uk.mljobs.search.Synonyms;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;
import uk.mljobs.system.ChangedElsewhere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seeded synonym list finds, for every one of its groups, a posting that uses only
 * another of the group's phrases; admins edit the list and the next search uses it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SynonymSearchTests {

	private final String marker = "zs" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JobSearch search;

	@Autowired
	private Synonyms synonyms;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private SearchIndexing indexing;

	private MockHttpSession admin;

	/**
	 * For each seeded group: the phrase searched, and the posting with only the other.
	 */
	private final Map<String, String> families = new LinkedHashMap<>();

	private final Map<String, String> postingFor = new LinkedHashMap<>();

	@BeforeAll
	void postings() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		this.admin = TestAccounts.admin(this.mvc);
		int n = 0;
		for (String line : this.synonyms.current().list().lines()) {
			String[] pair = pair(line);
			String title = "Family " + (char) ('a' + n / 26) + (char) ('a' + n % 26) + " role";
			n++;
			Map<String, String> form = TestPostings.validForm();
			form.put("tags", "");
			form.put("tools", "");
			form.put("title", title);
			form.put("description", "We use " + pair[1] + " every day. Marker " + this.marker
					+ ". More words to pass the fifty character minimum.");
			TestPostings.published(this.mvc, recruiter, this.admin, form);
			this.families.put(line, pair[0]);
			this.postingFor.put(line, title);
		}
		this.indexing.awaitCurrent();
	}

	/**
	 * The phrase to search and the phrase the posting has: a pair of the group whose
	 * searched phrase has a word the posting's lacks, so only the synonym can find it.
	 */
	private static String[] pair(String line) {
		String[] sides = line.split("=>");
		List<String> from = phrases(sides[0]);
		List<String> to = (sides.length > 1) ? phrases(sides[1]) : from;
		String[] best = null;
		int bestScore = -1;
		for (String a : from) {
			for (String b : to) {
				if (a.equals(b)) {
					continue;
				}
				Set<String> missing = new HashSet<>(words(a));
				missing.removeAll(words(b));
				if (missing.size() > bestScore) {
					bestScore = missing.size();
					best = new String[] { a, b };
				}
			}
		}
		return best;
	}

	private static List<String> phrases(String side) {
		return Arrays.stream(side.split(",")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

	private static List<String> words(String phrase) {
		return Arrays.asList(phrase.toLowerCase(java.util.Locale.ROOT).split("[\\s\\-/&]+"));
	}

	@Test
	void everySeededGroupFindsPostingsThatUseAnotherOfItsPhrases() {
		assertThat(this.families).hasSizeGreaterThanOrEqualTo(50);
		List<String> missed = new ArrayList<>();
		this.families.forEach((line, searched) -> {
			List<String> titles = titles(this.marker + " " + searched);
			if (!titles.contains(this.postingFor.get(line))) {
				missed.add("“" + searched + "” (" + line + ") found " + titles);
			}
		});
		assertThat(missed).isEmpty();
	}

	@Test
	void theExamplesSeekersTypedNowFindJobs() {
		for (String typed : List.of("k8s", "MLE", "genai", "LLMs", "ml ops", "ml-ops", "torch", "tf", "wandb", "w&b",
				"gcp", "sre", "cloud ml")) {
			assertThat(titles(this.marker + " " + typed)).as(typed).isNotEmpty();
		}
	}

	@Test
	void adminsEditTheListAndTheNextSearchUsesIt() throws Exception {
		String word = "qvx" + this.marker.substring(2, 8);
		String line = this.families.keySet().iterator().next();
		String target = this.postingFor.get(line);
		String posted = pair(line)[1];
		assertThat(titles(this.marker + " " + word)).isEmpty();
		String page = this.mvc.perform(get("/admin/search/synonyms").session(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String version = org.jsoup.Jsoup.parse(page).selectFirst("input[name=version]").val();
		String lines = String.join("\n", this.synonyms.current().list().lines());
		try {
			this.mvc
				.perform(post("/admin/search/synonyms").session(this.admin)
					.with(csrf())
					.param("version", version)
					.param("lines", lines + "\n" + word + ", " + posted))
				.andExpect(status().is3xxRedirection());
			assertThat(titles(this.marker + " " + word)).contains(target);
			// The preview says what a word matches.
			this.mvc.perform(get("/admin/search/synonyms").param("try", word).session(this.admin))
				.andExpect(content().string(containsString("also matches")));
			// An edit from the old version is refused, and the text comes back.
			this.mvc
				.perform(post("/admin/search/synonyms").session(this.admin)
					.with(csrf())
					.param("version", version)
					.param("lines", lines + "\nmine, yours"))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("mine, yours")))
				.andExpect(content().string(containsString("Someone saved the list")));
			// A line that cannot be read is named; nothing is saved.
			String current = this.synonyms.current().version();
			this.mvc
				.perform(post("/admin/search/synonyms").session(this.admin)
					.with(csrf())
					.param("version", current)
					.param("lines", lines + "\nlonely"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("(“lonely”)")));
			assertThat(this.synonyms.current().version()).isEqualTo(current);
		}
		finally {
			this.jdbc.update("DELETE FROM search_synonym WHERE line LIKE ?", word + "%");
			this.events.publishEvent(new ChangedElsewhere("search-synonyms"));
		}
		// Another instance's save reaches this one as an announcement.
		assertThat(titles(this.marker + " " + word)).isEmpty();
	}

	@Test
	void onlyAdminsSeeOrEditTheList() throws Exception {
		this.mvc.perform(get("/admin/search/synonyms")).andExpect(status().is3xxRedirection());
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		this.mvc.perform(get("/admin/search/synonyms").session(recruiter)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/search/synonyms").session(recruiter)
				.with(csrf())
				.param("version", "x")
				.param("lines", "a, b"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/search/synonyms").session(this.admin).param("version", "x").param("lines", "a, b"))
			.andExpect(status().isForbidden());
	}

	private List<String> titles(String q) {
		return this.search.search(this.search.criteria(Map.of("q", q)), JobSearch.Channel.HTML)
			.items()
			.stream()
			.map(PostingSummary::title)
			.toList();
	}

}
