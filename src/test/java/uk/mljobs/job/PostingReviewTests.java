package uk.mljobs.job;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.job.PostingReview.Flag;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The review queue and page show what matters: who posted, where Apply goes, and flags
 * with their reasons, which order the queue and never block a decision.
 */
@IntegrationTest
class PostingReviewTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PostingReview review;

	private MockHttpSession recruiter;

	private MockHttpSession admin;

	private String email;

	@BeforeEach
	void signIn() throws Exception {
		this.email = TestAccounts.recruiter(this.mvc, "monzo", false);
		this.recruiter = TestAccounts.signIn(this.mvc, this.email, TestAccounts.PASSWORD);
		this.admin = TestAccounts.admin(this.mvc);
	}

	@Test
	void aScamIsFlaggedWithItsReasonsAndReviewedFirst() throws Exception {
		Map<String, String> honest = TestPostings.validForm();
		honest.put("title", "Honest Review MLOps Engineer");
		long clean = submitted(honest);
		Map<String, String> scam = TestPostings.validForm();
		scam.put("title", "ML Engineer (urgent) – pay registration fee to apply");
		scam.put("description", "Great role, no interview. Message us on WhatsApp, pay the starter kit in Bitcoin, "
				+ "details at https://bit.ly/3xYz and we pay weekly.");
		scam.put("howToApply", "hr.monzo.jobs@gmail.com");
		long flagged = submitted(scam);

		List<PostingReview.QueueItem> queue = this.review.queue();
		List<Long> order = queue.stream().map((item) -> item.posting().id()).toList();
		assertThat(order.indexOf(flagged)).isLessThan(order.indexOf(clean));
		PostingReview.QueueItem item = queue.get(order.indexOf(flagged));
		assertThat(item.flags()).extracting(Flag::kind)
			.contains(Flag.Kind.FEE, Flag.Kind.MESSAGING, Flag.Kind.CRYPTO, Flag.Kind.SHORTENER, Flag.Kind.FREE_MAIL);
		assertThat(queue.get(order.indexOf(clean)).flags()).isEmpty();

		this.mvc.perform(get("/admin/moderation").session(this.admin))
			.andExpect(content().string(allOf(containsString("Asks for a fee"), containsString("“registration fee”"),
					containsString("bit.ly"))));
		this.mvc.perform(get("/admin/moderation/postings/" + flagged).session(this.admin))
			.andExpect(content().string(allOf(containsString(this.email), containsString("(address confirmed)"),
					containsString("Email at gmail.com"), containsString("free-mail: not the employer"),
					containsString("0 approved, 0 rejected"), containsString("Approve and publish"))));
	}

	@Test
	void aSecondPostingLikeALiveOneIsADuplicate() throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Senior MLOps Engineer, Duplicate Check Platform");
		long live = TestPostings.published(this.mvc, this.recruiter, this.admin, form);
		Map<String, String> again = TestPostings.validForm();
		again.put("title", "Senior MLOps Engineer – Duplicate Check Platform");
		long second = submitted(again);
		assertThat(this.review.details(second).flags()).extracting(Flag::reason)
			.anyMatch((reason) -> reason.contains("#" + live));
		this.mvc.perform(get("/admin/moderation/postings/" + second).session(this.admin))
			.andExpect(content().string(containsString("1 approved, 0 rejected")));
	}

	@Test
	void payWiderThanTheRuleIsFlaggedEvenWhenItGotIn() throws Exception {
		long id = submitted(TestPostings.validForm());
		// Posted before the rule, or through a path that forgot it.
		this.jdbc.update("UPDATE posting SET pay_max_gbp = 250000 WHERE id = ?", id);
		assertThat(this.review.details(id).flags()).extracting(Flag::kind).contains(Flag.Kind.WIDE_PAY);
	}

	@Test
	void titlesAreSimilarWhenThreeQuartersOfTheirWordsAreShared() {
		assertThat(PostingReview.similar(PostingReview.words("Senior MLOps Engineer, Payments"),
				PostingReview.words("senior mlops engineer – payments")))
			.isTrue();
		assertThat(PostingReview.similar(PostingReview.words("Senior MLOps Engineer"),
				PostingReview.words("Junior Data Scientist")))
			.isFalse();
	}

	private long submitted(Map<String, String> form) throws Exception {
		long id = TestPostings.draft(this.mvc, this.recruiter, form);
		TestPostings.submit(this.mvc, this.recruiter, id);
		return id;
	}

	@Test
	void theReviewPageShowsWhatAnEditChangedSinceTheApprovedVersion() throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Versioned MLOps Engineer");
		form.put("description",
				"You will run our training platform.\nYou will own the feature store.\n" + "Kubernetes every day.");
		long id = TestPostings.draft(this.mvc, this.recruiter, form);
		TestPostings.submit(this.mvc, this.recruiter, id);
		this.mvc.perform(get("/admin/moderation/postings/" + id).session(this.admin))
			.andExpect(content().string(containsString("Nothing: this is its first review.")));
		TestPostings.approve(this.mvc, this.admin, id);

		Map<String, String> edit = TestPostings.validForm();
		edit.put("idempotencyKey",
				this.jdbc.queryForObject("SELECT idempotency_key::text FROM posting WHERE id = ?", String.class, id));
		edit.put("version", String
			.valueOf(this.jdbc.queryForObject("SELECT version FROM posting WHERE id = ?", Integer.class, id)));
		edit.put("title", "Versioned MLOps Engineer");
		edit.put("payMax", "160000");
		edit.put("description",
				"You will run our training platform.\nPay a £50 registration fee first.\n" + "Kubernetes every day.");
		this.mvc.perform(TestPostings.submitForm("/recruiter/postings/" + id + "/edit", edit).session(this.recruiter));
		assertThat(this.jdbc.queryForObject("SELECT status FROM posting WHERE id = ?", String.class, id))
			.isEqualTo("SUBMITTED");
		String page = uk.mljobs.support.PageText
			.of(this.mvc.perform(get("/admin/moderation/postings/" + id).session(this.admin))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page).contains("Changed since it was approved on")
			.contains("Pay £110,000–£140,000 a year £110,000–£160,000 a year")
			.contains("removed: You will own the feature store.")
			.contains("added: Pay a £50 registration fee first.")
			.doesNotContain("Title Versioned MLOps Engineer Versioned MLOps Engineer");
	}

	@Test
	void aLineDiffKeepsWhatStayedAndMarksWhatWentAndCame() {
		assertThat(PostingVersions.lines("a\nb\nc", "a\nc\nd"))
			.extracting(PostingVersions.Line::kind, PostingVersions.Line::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(PostingVersions.Line.Kind.SAME, "a"),
					org.assertj.core.groups.Tuple.tuple(PostingVersions.Line.Kind.REMOVED, "b"),
					org.assertj.core.groups.Tuple.tuple(PostingVersions.Line.Kind.SAME, "c"),
					org.assertj.core.groups.Tuple.tuple(PostingVersions.Line.Kind.ADDED, "d"));
		// Too long to compare in bounded memory: everything out, everything in.
		String many = "x\n".repeat(600);
		assertThat(PostingVersions.lines(many, many + "y")).hasSize(601 + 601);
	}

	@Test
	void adminsMaintainThePhraseListAndEachChangeIsLogged() throws Exception {
		String phrase = "deposit for equipment " + (System.nanoTime() % 100_000);
		this.mvc
			.perform(post("/admin/moderation/phrases").with(csrf())
				.session(this.admin)
				.param("kind", "FEE")
				.param("phrase", "  " + phrase.toUpperCase() + "  "))
			.andExpect(redirectedUrl("/admin/moderation/phrases"));
		assertThat(
				this.jdbc.queryForObject("SELECT kind FROM moderation_phrase WHERE phrase = ?", String.class, phrase))
			.isEqualTo("FEE");
		for (String[] bad : new String[][] { { "FEE", phrase, "is already on the list" },
				{ "FEE", "x", "Enter a phrase of 2 to 80 characters." },
				{ "NONSENSE", "something else", "Choose what the phrase points to." } }) {
			this.mvc
				.perform(post("/admin/moderation/phrases").with(csrf())
					.session(this.admin)
					.param("kind", bad[0])
					.param("phrase", bad[1]))
				.andExpect(content().string(containsString(bad[2])));
		}

		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Phrase Flagged Engineer");
		form.put("description", "You will run our platform on Kubernetes. A " + phrase + " of £200 is needed first.");
		long id = submitted(form);
		assertThat(this.review.details(id).flags()).extracting(Flag::kind).contains(Flag.Kind.FEE);
		long phraseId = this.jdbc.queryForObject("SELECT id FROM moderation_phrase WHERE phrase = ?", Long.class,
				phrase);
		this.mvc.perform(post("/admin/moderation/phrases/" + phraseId + "/delete").with(csrf()).session(this.admin))
			.andExpect(redirectedUrl("/admin/moderation/phrases"));
		assertThat(this.review.details(id).flags()).extracting(Flag::kind).doesNotContain(Flag.Kind.FEE);
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM moderation_decision WHERE subject = 'PHRASE' AND subject_id = ? ORDER BY id",
				String.class, phraseId))
			.containsExactly("CREATE", "EDIT");
	}

}
