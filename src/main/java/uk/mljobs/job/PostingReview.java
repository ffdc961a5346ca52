package uk.mljobs.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.account.AccountService;
import uk.mljobs.account.AccountView;
import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyView;
import uk.mljobs.company.EmployerDomains;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.shared.FreeMail;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.Text;

/**
 * What an admin needs to judge a posting: who posted it (their address, whether its
 * domain is the company's, how old the account is, how earlier postings went), where
 * Apply leads, and automatic flags with their reasons (pay wider than allowed; asking for
 * fees, bank details, a messaging app or crypto, from the phrase list; a URL shortener; a
 * free-mail apply address; a duplicate of a live posting). Flags never block an admin:
 * they put the posting higher in the queue, and the queue says why.
 */
@Service
@Transactional(readOnly = true)
public class PostingReview {

	/** Link shorteners hide where a link goes; no employer needs one in a posting. */
	static final Set<String> SHORTENERS = Set.of("bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly",
			"rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy", "t.ly", "lnkd.in", "s.id", "bl.ink", "v.gd",
			"tiny.one", "shorte.st", "adf.ly");

	/**
	 * Live postings this recent, with the same company, town and a similar title, are
	 * duplicates.
	 */
	static final Duration DUPLICATE_WINDOW = Duration.ofDays(30);

	private static final Pattern LINK = Pattern.compile("https?://([^/\\s)\\]>\"']+)", Pattern.CASE_INSENSITIVE);

	private final Postings postings;

	private final PostingLayout layout;

	private final AccountService accounts;

	private final CompanyDirectory companies;

	private final PostingProperties rules;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final PostingVersions versions;

	private final ModerationLog moderationLog;

	PostingReview(Postings postings, PostingLayout layout, AccountService accounts, CompanyDirectory companies,
			PostingProperties rules, JdbcTemplate jdbc, Clock clock, PostingVersions versions,
			ModerationLog moderationLog) {
		this.versions = versions;
		this.moderationLog = moderationLog;
		this.postings = postings;
		this.layout = layout;
		this.accounts = accounts;
		this.companies = companies;
		this.rules = rules;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A flag an admin should look at, and why it was raised. */
	public record Flag(Kind kind, String reason) {

		public enum Kind {

			WIDE_PAY("Pay range"), FEE("Asks for a fee"), BANK("Bank details"), MESSAGING("Messaging app"),
			CRYPTO("Crypto"), SHORTENER("Link shortener"), FREE_MAIL("Free-mail address"), DUPLICATE("Duplicate"),
			REPEAT("Like a disabled recruiter"), REPORTED("Reported by seekers");

			private final String label;

			Kind(String label) {
				this.label = label;
			}

			public String label() {
				return this.label;
			}

		}

	}

	/** A posting in the queue: its summary, its flags and how long it has waited. */
	public record QueueItem(PostingSummary posting, List<Flag> flags, long hoursWaiting) {
	}

	/**
	 * Who posted, where Apply leads, the flags, and what changed since it was last
	 * approved.
	 *
	 * @param domainMatch whether the poster's address is on the company's website domain;
	 * null when the company has no website to compare with
	 * @param applyDestination the host an Apply link goes to, or the domain an email goes
	 * to
	 * @param since what changed since the last approval; null when no approved version is
	 * kept (never approved, or approved before versions were kept)
	 * @param publishedBefore whether it has been live before
	 */
	public record Details(String posterName, String posterEmail, boolean posterFreeMail, Boolean domainMatch,
			String companyDomain, long accountAgeDays, boolean posterConfirmed, boolean agency, int earlierApproved,
			int earlierRejected, String applyDestination, boolean applyByEmail, boolean applyFreeMail, List<Flag> flags,
			long hoursWaiting, PostingVersions.Since since, boolean publishedBefore) {
	}

	/** Postings waiting for review: most flags first, then the longest waiting. */
	public List<QueueItem> queue() {
		List<Posting> waiting = this.postings.findByStatusOrderBySubmittedAtAscIdAsc(PostingStatus.SUBMITTED);
		List<PostingSummary> summaries = this.layout.summaries(waiting);
		List<Phrase> phrases = phrases();
		List<QueueItem> items = new ArrayList<>(waiting.size());
		for (int i = 0; i < waiting.size(); i++) {
			items.add(new QueueItem(summaries.get(i), flags(waiting.get(i), phrases), hoursWaiting(waiting.get(i))));
		}
		items.sort(Comparator.comparingInt((QueueItem item) -> -item.flags().size())
			.thenComparing((QueueItem item) -> -item.hoursWaiting()));
		return items;
	}

	public Details details(long postingId) {
		Posting posting = this.postings.findById(postingId)
			.orElseThrow(() -> NotFoundException.of("posting", String.valueOf(postingId)));
		Optional<AccountView> poster = (posting.recruiterId() != null) ? this.accounts.account(posting.recruiterId())
				: Optional.empty();
		String companyDomain = this.companies.company(posting.companyId())
			.map(CompanyView::website)
			.map(EmployerDomains::host)
			.orElse(null);
		String email = poster.map(AccountView::email).orElse("");
		String posterDomain = FreeMail.domainOf(email);
		Boolean match = (companyDomain == null || email.isEmpty()) ? null
				: posterDomain.equals(companyDomain) || posterDomain.endsWith("." + companyDomain);
		Map<String, Integer> earlier = earlierDecisions(posting);
		boolean byEmail = posting.applyUrl() == null;
		String destination = byEmail ? FreeMail.domainOf(posting.applyEmail())
				: EmployerDomains.host(posting.applyUrl());
		long ageDays = poster.map((account) -> Duration.between(account.createdAt(), this.clock.instant()).toDays())
			.orElse(0L);
		return new Details(poster.map(AccountView::name).orElse("No account"), email,
				!email.isEmpty() && FreeMail.is(email), match, companyDomain, ageDays,
				poster.map(AccountView::emailVerified).orElse(false), posting.agency(),
				earlier.getOrDefault("APPROVE", 0), earlier.getOrDefault("REJECT", 0), destination, byEmail,
				byEmail && FreeMail.is(posting.applyEmail()), flags(posting, phrases()), hoursWaiting(posting),
				this.versions.since(posting).orElse(null), posting.publishedAt() != null);
	}

	List<Flag> flags(Posting posting, List<Phrase> phrases) {
		List<Flag> flags = new ArrayList<>();
		List<String> reported = this.jdbc.query("""
				SELECT reason, count(*) FROM posting_report WHERE posting_id = ? AND resolved_at IS NULL
				GROUP BY reason ORDER BY count(*) DESC, reason""",
				(rs, n) -> PostingReports.Reason.valueOf(rs.getString(1)).label().toLowerCase(java.util.Locale.UK)
						+ " ×" + rs.getInt(2),
				posting.id());
		if (!reported.isEmpty()) {
			flags.add(new Flag(Flag.Kind.REPORTED, String.join(", ", reported) + "."));
		}
		if (posting.payMax() > this.rules.widestMaxFor(posting.payMin())) {
			flags.add(new Flag(Flag.Kind.WIDE_PAY,
					"The highest pay is more than " + this.rules.ratioText() + " times the lowest ("
							+ PostingLayout.pay(posting.payUnit(), posting.payMin(), posting.payMax()) + ")."));
		}
		String text = Text.fold(posting.title() + "\n" + posting.descriptionMarkdown() + "\n"
				+ ((posting.applyUrl() != null) ? posting.applyUrl() : posting.applyEmail()));
		for (Flag.Kind kind : List.of(Flag.Kind.FEE, Flag.Kind.BANK, Flag.Kind.MESSAGING, Flag.Kind.CRYPTO)) {
			List<String> found = phrases.stream()
				.filter((phrase) -> phrase.kind() == kind && phrase.pattern().matcher(text).find())
				.map(Phrase::text)
				.toList();
			if (!found.isEmpty()) {
				flags.add(new Flag(kind, "Mentions "
						+ found.stream().map((p) -> "“" + p + "”").collect(Collectors.joining(", ")) + "."));
			}
		}
		Set<String> shortened = new HashSet<>();
		Matcher link = LINK.matcher(text);
		while (link.find()) {
			String host = link.group(1).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replaceFirst(":\\d+$", "");
			if (SHORTENERS.contains(host)) {
				shortened.add(host);
			}
		}
		if (!shortened.isEmpty()) {
			flags.add(new Flag(Flag.Kind.SHORTENER, "Links through "
					+ String.join(", ", shortened.stream().sorted().toList()) + ", which hides where they go."));
		}
		if (posting.applyUrl() == null && FreeMail.is(posting.applyEmail())) {
			flags.add(new Flag(Flag.Kind.FREE_MAIL,
					"Applications go to a free-mail address (" + FreeMail.domainOf(posting.applyEmail()) + ")."));
		}
		duplicateOf(posting).ifPresent((other) -> flags.add(new Flag(Flag.Kind.DUPLICATE,
				"Like live posting " + other + ": same company and town, a similar title, within 30 days.")));
		if (posting.recruiterId() != null) {
			this.accounts.signals(posting.recruiterId())
				.forEach((signal) -> flags.add(new Flag(Flag.Kind.REPEAT, "The poster: " + signal + ".")));
		}
		applyUsedByDisabled(posting).ifPresent((other) -> flags.add(new Flag(Flag.Kind.REPEAT,
				"Apply goes where posting " + other + " of a recruiter since disabled sent applicants.")));
		return flags;
	}

	private Optional<String> duplicateOf(Posting posting) {
		Set<String> words = words(posting.title());
		Timestamp since = Timestamp.from(this.clock.instant().minus(DUPLICATE_WINDOW));
		return this.jdbc
			.query("""
					SELECT id, title FROM posting
					WHERE company_id = ? AND town_id = ? AND status = 'PUBLISHED' AND published_at >= ? AND id <> ?
					ORDER BY published_at DESC""", (rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)),
					posting.companyId(), posting.townId(), since, posting.id())
			.stream()
			.filter((other) -> similar(words, words(other.getValue())))
			.map((other) -> "#" + other.getKey() + " “" + other.getValue() + "”")
			.findFirst();
	}

	/** A posting by a disabled recruiter with the same apply address or link. */
	private Optional<Long> applyUsedByDisabled(Posting posting) {
		boolean byEmail = posting.applyUrl() == null;
		String column = byEmail ? "p.apply_email" : "p.apply_url";
		String destination = byEmail ? posting.applyEmail() : posting.applyUrl();
		if (destination == null || posting.recruiterId() == null) {
			return Optional.empty();
		}
		List<Map.Entry<Long, Long>> others = this.jdbc.query(
				"SELECT p.id, p.recruiter_id FROM posting p " + "WHERE p.id <> ? AND p.recruiter_id <> ? AND lower("
						+ column + ") = lower(?) ORDER BY p.id DESC",
				(rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)), posting.id(), posting.recruiterId(), destination);
		if (others.isEmpty()) {
			return Optional.empty();
		}
		Set<Long> disabled = this.accounts.disabledAmong(others.stream().map(Map.Entry::getValue).toList());
		return others.stream()
			.filter((other) -> disabled.contains(other.getValue()))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/** Titles are similar when three quarters of their words are shared. */
	static boolean similar(Set<String> one, Set<String> other) {
		if (one.isEmpty() || other.isEmpty()) {
			return false;
		}
		Set<String> shared = new HashSet<>(one);
		shared.retainAll(other);
		Set<String> all = new HashSet<>(one);
		all.addAll(other);
		return shared.size() * 4 >= all.size() * 3;
	}

	static Set<String> words(String title) {
		return Arrays.stream(Text.fold(title).split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> !word.isEmpty())
			.collect(Collectors.toSet());
	}

	private Map<String, Integer> earlierDecisions(Posting posting) {
		if (posting.recruiterId() == null) {
			return Map.of();
		}
		List<Long> others = this.jdbc.queryForList("SELECT id FROM posting WHERE recruiter_id = ? AND id <> ?",
				Long.class, posting.recruiterId(), posting.id());
		Map<String, Integer> decisions = new HashMap<>();
		this.moderationLog.tally(DecisionSubject.POSTING, others)
			.forEach((action, count) -> decisions.put(action.name(), count.intValue()));
		return decisions;
	}

	private long hoursWaiting(Posting posting) {
		Instant since = (posting.submittedAt() != null) ? posting.submittedAt() : this.clock.instant();
		return Math.max(0, Duration.between(since, this.clock.instant()).toHours());
	}

	List<Phrase> phrases() {
		return this.jdbc.query("SELECT kind, phrase FROM moderation_phrase ORDER BY kind, phrase",
				(rs, n) -> new Phrase(Flag.Kind.valueOf(rs.getString(1)), rs.getString(2)));
	}

	record Phrase(Flag.Kind kind, String text, Pattern pattern) {

		Phrase(Flag.Kind kind, String text) {
			this(kind, text, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])"));
		}

	}

}
