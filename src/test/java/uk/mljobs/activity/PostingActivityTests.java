package uk.mljobs.activity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.mljobs.MlJobsApplication;
import uk.mljobs.support.AllAtOnce;
import uk.mljobs.support.Eventually;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestDatabase;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Counting is exact, cheap and safe: requests spread over two instances add up to exactly
 * as many, programs are left out, and a write that fails loses nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostingActivityTests {

	static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PostingActivity activity;

	@Autowired
	private JdbcConnectionDetails database;

	private MockHttpSession recruiter;

	private MockHttpSession admin;

	@BeforeAll
	void accounts() throws Exception {
		this.recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		this.admin = TestAccounts.admin(this.mvc);
	}

	@Test
	void requestsSpreadOverTwoInstancesAddUpExactly() throws Exception {
		String word = "countmark" + System.nanoTime();
		long id = posting(word);
		String page = "/jobs/" + id + "/senior-mlops-engineer-" + word;
		String search = "/jobs?q=" + word;
		ConfigurableApplicationContext b = instanceB();
		try {
			HttpClient client = HttpClient.newHttpClient();
			String origin = "http://localhost:" + b.getEnvironment().getProperty("local.server.port");
			assertThat(Eventually.within(() -> body(client, origin + search).contains(page), Duration.ofSeconds(60)))
				.as("B finds the posting")
				.isTrue();
			assertThat(this.mvc.perform(get(search)).andReturn().getResponse().getContentAsString()).contains(page);
			int n = 40;
			List<List<Integer>> statuses = AllAtOnce.run(n,
					(i) -> () -> (i % 2 == 0)
							? List.of(onA(get(search)), onA(get(page)), onA(get("/jobs/" + id + "/apply")))
							: List.of(status(client, origin + search, false), status(client, origin + page, false),
									status(client, origin + "/jobs/" + id + "/apply", true)));
			assertThat(statuses).allSatisfy((each) -> assertThat(each).containsExactly(200, 200, 303));
			this.activity.flush();
		}
		finally {
			// B writes what it holds as it shuts down, with no flush asked of it.
			b.close();
		}
		assertThat(totals(id)).isEqualTo(new ActivityTotals(40, 40, 40, 0));
	}

	@Test
	void programsAndPagesFetchedInAdvanceAreNotCounted() throws Exception {
		String word = "botmark" + System.nanoTime();
		long id = posting(word);
		String page = "/jobs/" + id + "/senior-mlops-engineer-" + word;
		for (String agent : List.of("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
				"facebookexternalhit/1.1", "curl/8.5.0", "python-requests/2.32.3", "")) {
			this.mvc.perform(get(page).header("User-Agent", agent));
			this.mvc.perform(get("/jobs/" + id + "/apply").header("User-Agent", agent).cookie(new Cookie("jar", "1")));
		}
		this.mvc.perform(get(page));
		this.mvc.perform(get(page).header("User-Agent", FIREFOX).header("Sec-Purpose", "prefetch;prerender"));
		this.mvc.perform(get(page).header("User-Agent", FIREFOX).header("Purpose", "prefetch"));
		this.mvc.perform(get(page).header("User-Agent", FIREFOX));
		this.activity.flush();
		assertThat(totals(id)).isEqualTo(new ActivityTotals(0, 1, 0, 0));
	}

	@Test
	void aWriteThatFailsKeepsItsCountsForTheNext() throws Exception {
		long id = posting("failmark" + System.nanoTime());
		this.activity.viewed(id);
		this.activity.applyClicked(id);
		this.activity.saved(id);
		this.activity.impressions(List.of(id, id));
		this.jdbc.execute("ALTER TABLE posting_activity RENAME TO posting_activity_away");
		try {
			this.activity.flush();
			assertThat(this.activity.held()).isPositive();
		}
		finally {
			this.jdbc.execute("ALTER TABLE posting_activity_away RENAME TO posting_activity");
		}
		this.activity.viewed(id);
		this.activity.flush();
		assertThat(totals(id)).isEqualTo(new ActivityTotals(2, 2, 1, 1));
		assertThat(this.activity.held()).isZero();
	}

	@Test
	void countsOfAPostingDeletedBeforeTheWriteAreDroppedAndTheRestWritten() throws Exception {
		long live = posting("keepmark" + System.nanoTime());
		long draft = TestPostings.draft(this.mvc, this.recruiter, TestPostings.validForm());
		this.activity.viewed(draft);
		this.activity.viewed(live);
		this.mvc.perform(post("/recruiter/postings/" + draft + "/delete").with(csrf()).session(this.recruiter));
		this.activity.flush();
		assertThat(totals(live)).isEqualTo(new ActivityTotals(0, 1, 0, 0));
		assertThat(this.activity.held()).as("nothing left to retry").isZero();
	}

	private long posting(String word) throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("description", form.get("description") + " " + word);
		// A title of its own: the search folds a posting with another's title and
		// company into that one, which other tests in this database may have made.
		form.put("title", "Senior MLOps Engineer " + word.toUpperCase(java.util.Locale.ROOT));
		return TestPostings.published(this.mvc, this.recruiter, this.admin, form);
	}

	private int onA(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.header("User-Agent", FIREFOX).cookie(new Cookie("jar", "1")))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private static int status(HttpClient client, String url, boolean cookie) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("User-Agent", FIREFOX);
			if (cookie) {
				request.header("Cookie", "jar=1");
			}
			return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(HttpClient client, String url) {
		try {
			// No browser's name: reading the page to wait for it counts nothing.
			return client
				.send(HttpRequest.newBuilder(URI.create(url)).header("User-Agent", "curl/8").build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ActivityTotals totals(long id) {
		return this.jdbc.queryForObject("""
				SELECT coalesce(sum(impressions), 0), coalesce(sum(views), 0), coalesce(sum(apply_clicks), 0),
				       coalesce(sum(saves), 0)
				FROM posting_activity WHERE posting_id = ?""",
				(rs, n) -> new ActivityTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), id);
	}

	private ConfigurableApplicationContext instanceB() throws Exception {
		// As arguments, which outrank the test profile's settings.
		return new SpringApplicationBuilder(MlJobsApplication.class).profiles("test")
			.run("--spring.datasource.url=" + this.database.getJdbcUrl(),
					"--spring.datasource.username=" + TestDatabase.USERNAME,
					"--spring.datasource.password=" + TestDatabase.PASSWORD, "--server.port=0",
					"--mljobs.search.index-dir=" + Files.createTempDirectory("mljobs-activity-b"),
					"--mljobs.instance-name=test-activity-b", "--mljobs.activity.flush-interval=1h");
	}

}
