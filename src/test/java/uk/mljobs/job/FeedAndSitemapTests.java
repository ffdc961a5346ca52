package uk.mljobs.job;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Atom feed of a search (dated by its newest entry, or when it was asked for), the
 * sitemap and robots.txt.
 */
@IntegrationTest
class FeedAndSitemapTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestClock clock;

	@Test
	void aSearchsFeedParsesAndListsItsPostingsNewestFirst() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "deliveroo", false),
				TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		String marker = "feedmark" + System.nanoTime();
		Map<String, String> first = TestPostings.validForm();
		first.put("title", "First feed posting & <friends>");
		first.put("description", first.get("description") + " " + marker);
		long one = TestPostings.published(this.mvc, recruiter, admin, first);
		Map<String, String> second = TestPostings.validForm();
		second.put("title", "Second feed posting");
		second.put("description", second.get("description") + " " + marker);
		long two = TestPostings.published(this.mvc, recruiter, admin, second);

		MvcResult result = this.mvc.perform(get("/jobs/feed.atom").param("q", marker))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn();
		Document feed = parse(result.getResponse().getContentAsByteArray());
		assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(texts(feed, "entry", "title")).containsExactly("Second feed posting at Deliveroo",
				"First feed posting & <friends> at Deliveroo");
		assertThat(texts(feed, "entry", "id")).containsExactly("http://localhost:8080/jobs/" + two,
				"http://localhost:8080/jobs/" + one);
		this.mvc.perform(get("/jobs").param("q", marker))
			.andExpect(content().string(containsString("href=\"/jobs/feed.atom?q=" + marker + "\"")))
			// Feed readers find it from the page's address alone.
			.andExpect(content()
				.string(containsString("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/jobs/feed.atom?q="
						+ marker + "\"")));
		this.mvc.perform(get("/jobs/feed.atom").param("region", "atlantis")).andExpect(status().isBadRequest());
	}

	@Test
	void aFeedIsDatedByItsNewestEntryAndAnEmptyOneByTheTimeItWasAskedFor() throws Exception {
		// The app's clock, not the machine's: three days on, an empty feed says so.
		this.clock.advance(Duration.ofDays(3));
		try {
			Instant asked = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
			Document empty = feed("qzxwvkjpq");
			assertThat(texts(empty, "entry", "id")).isEmpty();
			assertThat(Instant.parse(feedUpdated(empty))).isBetween(asked, this.clock.instant());
		}
		finally {
			this.clock.reset();
		}
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "deliveroo", false),
				TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		String marker = "datedmark" + System.nanoTime();
		for (String title : new String[] { "Older dated posting", "Newer dated posting" }) {
			Map<String, String> form = TestPostings.validForm();
			form.put("title", title);
			form.put("description", form.get("description") + " " + marker);
			TestPostings.published(this.mvc, recruiter, admin, form);
		}
		this.clock.advance(Duration.ofDays(2));
		try {
			Document full = feed(marker);
			List<String> entriesUpdated = texts(full, "entry", "updated");
			assertThat(entriesUpdated).hasSize(2);
			// Newest first, and the feed carries the newest entry's date, not today's.
			assertThat(feedUpdated(full)).isEqualTo(entriesUpdated.get(0));
			assertThat(Instant.parse(feedUpdated(full))).isBefore(this.clock.instant().minus(Duration.ofDays(1)));
		}
		finally {
			this.clock.reset();
		}
	}

	private Document feed(String q) throws Exception {
		return parse(this.mvc.perform(get("/jobs/feed.atom").param("q", q))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
	}

	/** The feed's own date: the first {@code updated}, written before any entry. */
	private static String feedUpdated(Document feed) {
		return feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent();
	}

	@Test
	void sitemapIndexLeadsToTheGuidesCompaniesAndEveryLivePosting() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "deliveroo", false),
				TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		long live = TestPostings.published(this.mvc, recruiter, admin, TestPostings.validForm());
		long closed = TestPostings.published(this.mvc, recruiter, admin, TestPostings.validForm());
		this.mvc.perform(post("/recruiter/postings/" + closed + "/close").with(csrf()).session(recruiter));

		List<String> files = locs("/sitemap.xml");
		assertThat(files).containsExactly("http://localhost:8080/sitemap-pages.xml",
				"http://localhost:8080/sitemap-jobs-1.xml");
		List<String> pages = locs("/sitemap-pages.xml");
		assertThat(pages)
			.contains("http://localhost:8080/roles/mlops-engineer",
					"http://localhost:8080/roles/machine-learning-engineer", "http://localhost:8080/companies/monzo",
					"http://localhost:8080/jobs")
			.doesNotHaveDuplicates();
		List<String> jobs = locs("/sitemap-jobs-1.xml");
		assertThat(jobs).anyMatch((url) -> url.startsWith("http://localhost:8080/jobs/" + live + "/"))
			.noneMatch((url) -> url.startsWith("http://localhost:8080/jobs/" + closed + "/"))
			.doesNotHaveDuplicates();
		this.mvc.perform(get("/sitemap-jobs-2.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemap-jobs-0.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/robots.txt"))
			.andExpect(content().string(containsString("Sitemap: http://localhost:8080/sitemap.xml")))
			.andExpect(content().string(containsString("Disallow: /admin")));
	}

	private List<String> locs(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andReturn();
		Document sitemap = parse(result.getResponse().getContentAsByteArray());
		NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
		List<String> urls = new ArrayList<>();
		for (int i = 0; i < locs.getLength(); i++) {
			urls.add(locs.item(i).getTextContent());
		}
		return urls;
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static List<String> texts(Document document, String parent, String child) {
		List<String> texts = new ArrayList<>();
		NodeList parents = document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", parent);
		for (int i = 0; i < parents.getLength(); i++) {
			NodeList children = ((org.w3c.dom.Element) parents.item(i))
				.getElementsByTagNameNS("http://www.w3.org/2005/Atom", child);
			texts.add(children.item(0).getTextContent());
		}
		return texts;
	}

}
