package uk.mljobs.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.mljobs.shared.Text;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every string of the Big List of Naughty Strings and of an OWASP filter-evasion list
 * goes through the whole posting lifecycle (as title, inside the description and as a
 * tag: one posting per string) and must come out as inert text on every page that shows
 * it: the recruiter's form, preview and dashboard, the admin's queue and review page, and
 * the public list and posting page.
 */
@IntegrationTest
class XssTests {

	private static final Logger log = LoggerFactory.getLogger(XssTests.class);

	/** Below the per-recruiter allowance of posting writes an hour (60). */
	private static final int POSTINGS_PER_RECRUITER = 50;

	private static final int MAX_TITLE = 120;

	private static final int MAX_TAG = 40;

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data",
			"xlink:href", "background", "poster", "lowsrc", "dynsrc", "srcset", "ping", "codebase");

	private static final Set<String> DANGEROUS_SCHEMES = Set.of("javascript:", "vbscript:", "data:");

	/** What {@link DescriptionRenderer}'s allow-list lets through. */
	private static final Set<String> DESCRIPTION_ELEMENTS = Set.of("p", "br", "strong", "em", "ul", "ol", "li",
			"blockquote", "code", "pre", "h3", "h4", "h5", "h6", "hr", "a");

	private static final Pattern PREVIEW_PATH = Pattern.compile("^/recruiter/postings/(\\d+)$");

	private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:");

	private static final Pattern EXPRESSION = Pattern.compile("7\\s*\\*\\s*7");

	@Autowired
	private MockMvc mvc;

	@Test
	void everyNaughtyStringIsShownAsInertTextOnEveryPage() throws Exception {
		long started = System.nanoTime();
		List<Entry> corpus = corpus();
		List<String> failures = new ArrayList<>();
		List<String> refusals = new ArrayList<>();
		List<Made> made = new ArrayList<>();
		List<MockHttpSession> recruiters = new ArrayList<>();
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		MockHttpSession recruiter = null;
		int written = 0;
		int all = 0;

		// 1. Each string becomes a draft (or a refused form), which is submitted.
		for (Entry entry : corpus) {
			if (recruiter == null || written == POSTINGS_PER_RECRUITER) {
				recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
						TestAccounts.PASSWORD);
				recruiters.add(recruiter);
				written = 0;
				checkBlankForm(recruiter, failures);
			}
			written++;
			all++;
			Input input = Input.of(entry.value());
			MvcResult result = perform(post("/recruiter/postings").with(csrf())
				.session(recruiter)
				.param("idempotencyKey", UUID.randomUUID().toString())
				.param("title", input.title())
				.param("role", "mlops-engineer")
				.param("level", "senior")
				.param("town", "london")
				.param("workMode", "HYBRID")
				.param("remoteResidency", "UK")
				.param("employmentType", "PERMANENT_FULL_TIME")
				// Pay of its own, so no two fold as one job advertised twice
				// (Duplicates).
				.param("payMin", String.valueOf(40_000 + 100 * all))
				.param("payMax", String.valueOf(40_050 + 100 * all))
				.param("ir35", "")
				.param("clearance", "NONE")
				.param("visaSponsorship", "false")
				.param("tools", "kubernetes", "mlflow")
				.param("tags", input.tag())
				.param("description", input.description())
				.param("howToApply", "https://careers.example.com/apply")
				.param("closesOn", ""), entry, "POST /recruiter/postings", failures);
			if (result == null) {
				continue;
			}
			int status = result.getResponse().getStatus();
			String location = result.getResponse().getRedirectedUrl();
			Matcher preview = (location != null) ? PREVIEW_PATH.matcher(location) : null;
			if (status == 302 && preview != null && preview.matches()) {
				long id = Long.parseLong(preview.group(1));
				MvcResult submitted = perform(
						post("/recruiter/postings/{id}/submit", id).with(csrf()).session(recruiter), entry,
						"POST /recruiter/postings/" + id + "/submit", failures);
				if (submitted != null && submitted.getResponse().getStatus() != 302) {
					failures.add(entry + ": POST /recruiter/postings/" + id + "/submit answered "
							+ submitted.getResponse().getStatus());
					continue;
				}
				if (submitted != null) {
					made.add(new Made(entry, input, id, recruiter));
				}
			}
			else if (status == 200) {
				Document form = html(result);
				Elements errors = form.select("main .field-error, main .error-summary");
				if (errors.isEmpty()) {
					failures.add(entry + ": the form came back (200) without any error message");
				}
				else {
					refusals.add(entry + " -> " + form.select("main .field-error").eachText());
				}
				checkInert(form, entry + " refused form", failures);
			}
			else {
				failures.add(entry + ": POST /recruiter/postings answered " + status + " (location " + location + ")");
			}
		}

		// 2. The admin's queue lists every one of them, titles as text.
		Document queue = page(get("/admin/moderation").session(admin), "queue", "GET /admin/moderation", failures);
		if (queue != null) {
			checkInert(queue, "GET /admin/moderation", failures);
			List<String> listed = queue.select("main ol.job-list h3 a")
				.stream()
				.map((element) -> normalise(element.text()))
				.toList();
			for (Made posting : made) {
				if (!listed.contains(normalise(posting.input().storedTitle()))) {
					failures.add(posting.entry() + ": the moderation queue does not show the title as text");
				}
			}
		}

		// 3. Review, approve, then every page that shows the posting.
		int published = 0;
		for (Made posting : made) {
			Entry entry = posting.entry();
			long id = posting.id();
			Document review = page(get("/admin/moderation/postings/{id}", id).session(admin), entry,
					"GET /admin/moderation/postings/" + id, failures);
			if (review != null) {
				checkPosting(review, posting, "admin review page", failures);
			}
			MvcResult approved = perform(
					post("/admin/moderation/postings/{id}/approve", id).with(csrf()).session(admin), entry,
					"POST /admin/moderation/postings/" + id + "/approve", failures);
			if (approved == null || approved.getResponse().getStatus() != 302) {
				if (approved != null) {
					failures.add(entry + ": approving answered " + approved.getResponse().getStatus());
				}
				continue;
			}
			published++;
			MvcResult moved = perform(get("/jobs/{id}", id), entry, "GET /jobs/" + id, failures);
			if (moved != null) {
				String location = moved.getResponse().getRedirectedUrl();
				if (moved.getResponse().getStatus() != 301 || location == null
						|| !location.startsWith("/jobs/" + id + "/")) {
					failures.add(entry + ": GET /jobs/" + id + " answered " + moved.getResponse().getStatus() + " to "
							+ location + " instead of a 301 to the slugged address");
				}
				else {
					Document publicPage = page(get(URI.create(location)), entry, "GET " + location, failures);
					if (publicPage != null) {
						checkPosting(publicPage, posting, "public page " + location, failures);
					}
				}
			}
			Document preview = page(get("/recruiter/postings/{id}", id).session(posting.recruiter()), entry,
					"GET /recruiter/postings/" + id, failures);
			if (preview != null) {
				checkPosting(preview, posting, "recruiter preview", failures);
			}
			Document edit = page(get("/recruiter/postings/{id}/edit", id).session(posting.recruiter()), entry,
					"GET /recruiter/postings/" + id + "/edit", failures);
			if (edit != null) {
				checkEditForm(edit, posting, failures);
			}
		}

		// 4. The lists: every recruiter's dashboard and every page of the public list.
		for (MockHttpSession session : recruiters) {
			Document dashboard = page(get("/recruiter").session(session), "dashboard", "GET /recruiter", failures);
			if (dashboard != null) {
				checkInert(dashboard, "GET /recruiter", failures);
			}
		}
		List<String> listedPublicly = new ArrayList<>();
		for (int page = 1; page < 1000; page++) {
			Document list = page(get("/jobs").param("page", String.valueOf(page)), "jobs list",
					"GET /jobs?page=" + page, failures);
			if (list == null) {
				break;
			}
			checkInert(list, "GET /jobs?page=" + page, failures);
			listedPublicly
				.addAll(list.select("main ol.job-list h2 a").stream().map((e) -> normalise(e.text())).toList());
			if (list.selectFirst("a[rel=next]") == null) {
				break;
			}
		}
		for (Made posting : made) {
			if (!listedPublicly.contains(normalise(posting.input().storedTitle()))) {
				failures.add(posting.entry() + ": /jobs does not list the title as text");
			}
		}

		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		String summary = String.format(Locale.ROOT,
				"XSS corpus: %d strings, %d postings created and submitted, %d published, %d refused by validation, "
						+ "%d failures (%d s)",
				corpus.size(), made.size(), published, refusals.size(), failures.size(), seconds);
		log.info(summary);
		System.out.println(summary);
		refusals.forEach((refusal) -> log.info("Refused by validation: {}", refusal));
		assertThat(failures).as(summary + "\n" + String.join("\n", failures.subList(0, Math.min(200, failures.size()))))
			.isEmpty();
	}

	@Test
	void sanitisingTheRenderedDescriptionAgainChangesNothing() throws Exception {
		DescriptionRenderer renderer = new DescriptionRenderer();
		List<String> failures = new ArrayList<>();
		List<Entry> corpus = corpus();
		for (Entry entry : corpus) {
			for (String markdown : List.of(entry.value(), Input.of(entry.value()).description())) {
				String html = renderer.render(markdown);
				String again = DescriptionRenderer.sanitise(html);
				if (!again.equals(html)) {
					failures.add(entry + ": sanitise(render(s)) is not a fixed point:\n  once:  " + clip(html, 300)
							+ "\n  twice: " + clip(again, 300));
				}
				Document fragment = Jsoup.parseBodyFragment(html);
				checkDescription(fragment.body(), entry + " rendered description", failures);
				checkInert(fragment, entry + " rendered description", failures);
			}
		}
		System.out
			.println("Sanitiser fixed point: " + corpus.size() + " corpus strings, " + failures.size() + " failures");
		assertThat(failures).as(String.join("\n", failures.subList(0, Math.min(100, failures.size())))).isEmpty();
	}

	/**
	 * The form checks lengths as typed (UTF-16 units, spaces included) but the title is
	 * stored stripped, and the database counts code points: text too short by the
	 * database's count must come back as a form error on that field, not a server error.
	 */
	@Test
	void textTooShortByTheDatabasesCountIsRefusedWithAMessage() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		String description = Input.of("short title").description();
		List<String[]> cases = List.of(new String[] { "title", "\uD83D\uDC69\uD83C\uDFFD", description },
				new String[] { "title", "  ab  ", description },
				new String[] { "title", "ab\u3000\u3000", description },
				new String[] { "description", "Senior MLOps Engineer", "\uD83D\uDE00".repeat(25) });
		List<String> failures = new ArrayList<>();
		for (String[] given : cases) {
			String field = given[0];
			Entry entry = new Entry(field, field.equals("title") ? given[1] : given[2]);
			MvcResult result = perform(
					post("/recruiter/postings").with(csrf())
						.session(recruiter)
						.param("idempotencyKey", UUID.randomUUID().toString())
						.param("title", given[1])
						.param("role", "mlops-engineer")
						.param("level", "senior")
						.param("town", "london")
						.param("workMode", "HYBRID")
						.param("employmentType", "PERMANENT_FULL_TIME")
						.param("payMin", "70000")
						.param("payMax", "90000")
						.param("clearance", "NONE")
						.param("visaSponsorship", "false")
						.param("description", given[2])
						.param("howToApply", "https://careers.example.com/apply"),
					entry, "POST /recruiter/postings", failures);
			if (result == null) {
				continue;
			}
			if (result.getResponse().getStatus() != 200) {
				failures.add(entry + ": POST /recruiter/postings answered " + result.getResponse().getStatus()
						+ " instead of the form with an error on the " + field);
			}
			else if (html(result).selectFirst("main p.field-error#" + field + "-error") == null) {
				failures.add(entry + ": the form came back without an error on the " + field);
			}
		}
		assertThat(failures).as(String.join("\n", failures)).isEmpty();
	}

	/** The checks themselves find what they look for, so a clean run means something. */
	@Test
	void theChecksCatchAnUnsafePage() {
		Document page = Jsoup
			.parse("""
					<html><head><base href="https://evil.example/"><meta http-equiv="refresh" content="0"></head>
					<body><main><h1>49</h1><script>alert(1)</script><img src="x" onerror="alert(1)">
					<a href=" java&#09;script:alert(1)">x</a><form><button formaction="VBScript:x">b</button></form>
					<iframe src="data:text/html,x"></iframe>
					<div class="description"><p><img src="x"></p><a href="javascript:alert(1)">y</a><a href="https://ok.example">z</a></div>
					</main></body></html>""");
		List<String> failures = new ArrayList<>();
		checkInert(page, "page", failures);
		checkDescription(page.selectFirst("div.description"), "page", failures);
		assertThat(failures).anyMatch((f) -> f.contains("<script> element"))
			.anyMatch((f) -> f.contains("event handler onerror"))
			.anyMatch((f) -> f.contains("<a> href= java"))
			.anyMatch((f) -> f.contains("formaction=VBScript:x"))
			.anyMatch((f) -> f.contains("<iframe> in main"))
			.anyMatch((f) -> f.contains("<base"))
			.anyMatch((f) -> f.contains("<meta"))
			.anyMatch((f) -> f.contains("description contains <img>"))
			.anyMatch((f) -> f.contains("description link to javascript:alert(1)"))
			.anyMatch((f) -> f.contains("without rel=nofollow"));
	}

	// ---- checks
	// -------------------------------------------------------------------------

	/** The empty form, once per recruiter: it carries the idempotency key. */
	private void checkBlankForm(MockHttpSession recruiter, List<String> failures) throws Exception {
		Document form = page(get("/recruiter/postings/new").session(recruiter), "blank form",
				"GET /recruiter/postings/new", failures);
		if (form != null) {
			Element key = form.selectFirst("form input[type=hidden][name=idempotencyKey]");
			if (key == null || key.val().isBlank()) {
				failures.add("GET /recruiter/postings/new: no idempotency key in the form");
			}
			checkInert(form, "GET /recruiter/postings/new", failures);
		}
	}

	/** A page showing the posting: inert, and its title, tag and description as text. */
	private static void checkPosting(Document page, Made posting, String where, List<String> failures) {
		String label = posting.entry() + " " + where;
		checkInert(page, label, failures);
		Input input = posting.input();
		Elements headings = page.select("main h1");
		String title = normalise(input.storedTitle());
		if (headings.size() != 1) {
			failures.add(label + ": expected one h1, found " + headings.size());
		}
		else if (!normalise(headings.first().text()).equals(title)) {
			failures.add(label + ": the h1 reads '" + clip(headings.first().text(), 150) + "', not the title '"
					+ clip(title, 150) + "'");
		}
		if (!normalise(page.title()).contains(title)) {
			failures.add(label + ": the <title> '" + clip(page.title(), 150) + "' does not contain the title");
		}
		if (!input.storedTag().isEmpty()) {
			List<String> tags = page.select("main ul.tags li.tag-plain")
				.stream()
				.map((element) -> normalise(element.text()))
				.toList();
			if (!tags.equals(List.of(normalise(input.storedTag())))) {
				failures.add(label + ": the tags read " + tags + ", not ['" + normalise(input.storedTag()) + "']");
			}
		}
		Element description = page.selectFirst("main div.description");
		if (description == null) {
			failures.add(label + ": no description");
			return;
		}
		checkDescription(description, label, failures);
		if (EXPRESSION.matcher(input.value()).find() && !input.value().contains("49")
				&& (description.text().contains("49") || headings.text().contains("49")
						|| page.select("main ul.tags").text().contains("49"))) {
			failures.add(label + ": a template expression was evaluated (49 appears)");
		}
	}

	/** The edit form gives the stored values back as field values, never as markup. */
	private static void checkEditForm(Document form, Made posting, List<String> failures) {
		String label = posting.entry() + " edit form";
		checkInert(form, label, failures);
		Element title = form.selectFirst("main form input#title");
		if (title == null || !normalise(title.val()).equals(normalise(posting.input().storedTitle()))) {
			failures.add(label + ": the title field holds '" + ((title != null) ? clip(title.val(), 150) : null)
					+ "', not the title");
		}
		Element tags = form.selectFirst("main form input#tags");
		if (tags == null || !normalise(tags.val()).equals(normalise(posting.input().storedTag()))) {
			failures.add(label + ": the tags field holds '" + ((tags != null) ? clip(tags.val(), 150) : null)
					+ "', not the tag");
		}
		Element description = form.selectFirst("main form textarea#description");
		if (description == null
				|| !normalise(description.val()).equals(normalise(posting.input().storedDescription()))) {
			failures.add(label + ": the description field does not hold the Markdown as written");
		}
	}

	/** Only the sanitizer's allow-list, and only safe, nofollow links. */
	private static void checkDescription(Element description, String label, List<String> failures) {
		for (Element element : description.select("*")) {
			if (element == description) {
				continue;
			}
			String name = element.normalName();
			if (!DESCRIPTION_ELEMENTS.contains(name)) {
				failures.add(label + ": description contains <" + name + "> " + clip(element.outerHtml(), 150));
				continue;
			}
			for (Attribute attribute : element.attributes()) {
				boolean allowed = name.equals("a")
						&& (attribute.getKey().equals("href") || attribute.getKey().equals("rel"));
				if (!allowed) {
					failures.add(label + ": description's <" + name + "> has attribute " + attribute.getKey() + "="
							+ clip(attribute.getValue(), 100));
				}
			}
			if (name.equals("a") && element.hasAttr("href")) {
				// Relative and empty addresses are harmless; any scheme must be on the
				// list.
				Matcher scheme = SCHEME.matcher(compact(element.attr("href")));
				if (scheme.find() && !Set.of("http:", "https:", "mailto:").contains(scheme.group())) {
					failures.add(label + ": description link to " + clip(element.attr("href"), 100));
				}
				Set<String> rel = Set.of(element.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
				if (!rel.containsAll(Set.of("nofollow", "noopener", "noreferrer"))) {
					failures.add(label + ": description link without rel=nofollow noopener noreferrer: "
							+ clip(element.outerHtml(), 150));
				}
			}
		}
	}

	/** The scripts the app itself ships, each by its one (content-hashed) address. */
	private static final java.util.regex.Pattern OUR_SCRIPTS = java.util.regex.Pattern
		.compile("/js/(filters|suggest|disclosures|keep)-[0-9a-f]{32}\\.js");

	/**
	 * No script but ours, no event handler, no script URL, no embedded or re-based
	 * content.
	 */
	private static void checkInert(Document page, String label, List<String> failures) {
		for (Element script : page.select("script")) {
			boolean ours = OUR_SCRIPTS.matcher(script.attr("src")).matches() && script.data().isEmpty()
					&& script.attributesSize() == 1;
			if (!ours && !script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
				failures.add(label + ": <script> element " + clip(script.outerHtml(), 150));
			}
		}
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				if (name.startsWith("on")) {
					failures.add(label + ": <" + element.normalName() + "> has event handler " + name + "="
							+ clip(attribute.getValue(), 100));
				}
				if (URL_ATTRIBUTES.contains(name)) {
					String value = compact(attribute.getValue());
					if (DANGEROUS_SCHEMES.stream().anyMatch(value::startsWith)) {
						failures.add(label + ": <" + element.normalName() + "> " + name + "="
								+ clip(attribute.getValue(), 100));
					}
				}
			}
		}
		for (Element element : page.select("base, meta[http-equiv]")) {
			failures.add(label + ": " + clip(element.outerHtml(), 150));
		}
		Element main = page.selectFirst("main");
		Element scope = (main != null) ? main : page.body();
		for (Element element : scope.select("iframe, frame, frameset, object, embed, applet")) {
			failures.add(label + ": <" + element.normalName() + "> in main: " + clip(element.outerHtml(), 150));
		}
	}

	// ---- requests
	// -----------------------------------------------------------------------

	private MvcResult perform(MockHttpServletRequestBuilder request, Object what, String call, List<String> failures) {
		try {
			return this.mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			failures.add(what + ": " + call + " threw " + causes(ex));
			return null;
		}
	}

	/** A 200 HTML page, parsed; null (and a failure) otherwise. */
	private Document page(MockHttpServletRequestBuilder request, Object what, String call, List<String> failures)
			throws Exception {
		MvcResult result = perform(request, what, call, failures);
		if (result == null) {
			return null;
		}
		if (result.getResponse().getStatus() != 200) {
			failures.add(what + ": " + call + " answered " + result.getResponse().getStatus());
			return null;
		}
		return html(result);
	}

	private static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static String causes(Throwable ex) {
		StringBuilder chain = new StringBuilder();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			chain.append((chain.length() > 0) ? " <- " : "")
				.append(cause.getClass().getName())
				.append(": ")
				.append(clip(String.valueOf(cause.getMessage()), 300));
			if (cause.getCause() == cause) {
				break;
			}
		}
		return chain.toString();
	}

	// ---- the corpus
	// ---------------------------------------------------------------------

	static List<Entry> corpus() throws IOException {
		List<Entry> entries = new ArrayList<>();
		try (InputStream json = XssTests.class.getResourceAsStream("/xss/blns.json")) {
			String[] strings = JsonMapper.builder().build().readValue(json, String[].class);
			for (int i = 0; i < strings.length; i++) {
				entries.add(new Entry("blns.json[" + i + "]", strings[i]));
			}
		}
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				XssTests.class.getResourceAsStream("/xss/owasp-filter-evasion.txt"), StandardCharsets.UTF_8))) {
			int number = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				if (!line.startsWith("#") && !line.isEmpty()) {
					entries.add(new Entry("owasp-filter-evasion.txt:" + number, line));
				}
			}
		}
		return entries;
	}

	/** A corpus string and where it came from. */
	record Entry(String source, String value) {

		@Override
		public String toString() {
			return this.source + " " + clip(escapeJava(this.value), 80);
		}

	}

	/** What one string becomes in the form, and what the site should store of it. */
	record Input(String value, String title, String tag, String description) {

		static Input of(String value) {
			String title = cut(value, MAX_TITLE);
			if (Text.clean(title).strip().length() < 3) {
				title = cut(title + " pad", MAX_TITLE);
			}
			String tag = value.replace(",", "");
			int length = MAX_TAG;
			while (storedTag(tag.substring(0, tagEnd(tag, length))).length() > MAX_TAG) {
				length--;
			}
			tag = tag.substring(0, tagEnd(tag, length));
			String description = "This description carries a test string:\n\n" + value
					+ "\n\nThat was the test string; the rest is padding to pass the length check.";
			return new Input(value, title, tag, description);
		}

		/** The title as the site stores it: control characters dropped, then trimmed. */
		String storedTitle() {
			return Text.clean(this.title).strip();
		}

		/** The description as the site stores it. */
		String storedDescription() {
			return Text.clean(this.description);
		}

		/**
		 * The tag as the site stores it ({@code Tags#read}: folded, NFKC).
		 */
		String storedTag() {
			return storedTag(this.tag);
		}

		private static String storedTag(String tag) {
			return Text.fold(Text.clean(tag)).strip().replaceAll("\\s+", " ");
		}

		private static int tagEnd(String tag, int length) {
			return cut(tag, length).length();
		}

	}

	/** A posting made from one string, and the recruiter who owns it. */
	record Made(Entry entry, Input input, long id, MockHttpSession recruiter) {
	}

	// ---- text
	// ---------------------------------------------------------------------------

	/** At most {@code max} chars, never splitting a surrogate pair. */
	static String cut(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end);
	}

	/**
	 * Text as a browser shows it and jsoup's {@code text()} reads it: line ends
	 * normalised, NUL and the characters jsoup treats as invisible (soft hyphen,
	 * zero-width space) dropped, runs of HTML whitespace collapsed, trimmed.
	 */
	static String normalise(String text) {
		String collapsed = text.replace("\r\n", "\n")
			.replace('\r', '\n')
			.replaceAll("[\\u0000\\u00ad\\u200b]", "")
			.replaceAll("[ \\t\\n\\f\\u00a0]+", " ");
		int start = 0;
		int end = collapsed.length();
		while (start < end && blank(collapsed.charAt(start))) {
			start++;
		}
		while (end > start && blank(collapsed.charAt(end - 1))) {
			end--;
		}
		return collapsed.substring(start, end);
	}

	/** What Java's strip() (the site) or trim() (jsoup) removes from the ends. */
	private static boolean blank(char c) {
		return c <= ' ' || c == '\u00a0' || Character.isWhitespace(c);
	}

	/** An attribute value as a URL parser sees its scheme: no whitespace or controls. */
	static String compact(String value) {
		return value.replaceAll("[\\p{Cc}\\p{Cf}\\p{Z}\\s]", "").toLowerCase(Locale.ROOT);
	}

	static String clip(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max) + "…";
	}

	private static String escapeJava(String text) {
		StringBuilder escaped = new StringBuilder();
		text.codePoints().forEach((c) -> {
			if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
				escaped.append(String.format(Locale.ROOT, "\\u%04x", c));
			}
			else {
				escaped.appendCodePoint(c);
			}
		});
		return escaped.toString();
	}

}
