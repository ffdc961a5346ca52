package uk.mljobs.job;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shows one job once. Live postings of one company by different advertisers (the
 * employer's feed, recruiters, agencies) with the same title (case and punctuation
 * aside), in the same town, with overlapping pay of the same kind, published within
 * {@value #WITHIN_DAYS} days of each other, are one job; one advertiser's postings (one
 * feed's items, one recruiter's ads) are distinct openings: the copies point at the
 * posting seekers see ({@code duplicate_of}), and search, company pages and the pay
 * figures leave them out. The one seekers see is the employer's own: read from its feed
 * first, then posted by the employer itself rather than an agency, then posted by a
 * verified employer, then the first published. Each posting is folded again after every
 * change to it, in a transaction of its own once the change has committed (demo samples
 * are never folded: each stands for an opening of its own); a posting that ends lets its
 * copies go, and they are folded afresh.
 */
@Component
class Duplicates {

	private static final Logger log = LoggerFactory.getLogger(Duplicates.class);

	static final int WITHIN_DAYS = 30;

	private static final String NORMAL = "lower(btrim(regexp_replace(%s, '[^[:alnum:]]+', ' ', 'g')))";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final VerifiedEmployers verified;

	Duplicates(JdbcTemplate jdbc, PlatformTransactionManager transactions, VerifiedEmployers verified) {
		this.jdbc = jdbc;
		this.verified = verified;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A posting was written. */
	record Touched(long postingId) {

	}

	@TransactionalEventListener(fallbackExecution = true)
	void onTouched(Touched touched) {
		try {
			this.transactions.executeWithoutResult((status) -> fold(touched.postingId()));
		}
		catch (RuntimeException ex) {
			// A fold is redone on the posting's next change; never fail the write itself.
			log.warn("Posting {} could not be folded with its copies: {}", touched.postingId(), ex.getMessage());
		}
	}

	/**
	 * A posting's place in its fold, for its page.
	 *
	 * @param shownPath where the posting seekers see is, for a copy; else {@code null}
	 * @param copies for the posting seekers see, who else advertises the job, and where
	 */
	public record Fold(String shownPath, List<Copy> copies) {

		static final Fold NONE = new Fold(null, List.of());

	}

	/**
	 * @param who "a recruitment agency", "the employer's careers site", "a recruiter"
	 */
	public record Copy(String who, String path) {

	}

	Fold of(long id) {
		String shown = this.jdbc.query("""
				SELECT s.id, s.title FROM posting p JOIN posting s ON s.id = p.duplicate_of
				WHERE p.id = ? AND s.status = 'PUBLISHED'""",
				(rs) -> rs.next() ? PostingLayout.path(rs.getLong(1), rs.getString(2)) : null, id);
		List<Copy> copies = this.jdbc.query("""
				SELECT id, title, agency, source_id IS NOT NULL FROM posting
				WHERE duplicate_of = ? AND status = 'PUBLISHED' ORDER BY published_at, id""",
				(rs, n) -> new Copy(
						rs.getBoolean(3) ? "a recruitment agency"
								: rs.getBoolean(4) ? "the employer’s careers site" : "a recruiter",
						PostingLayout.path(rs.getLong(1), rs.getString(2))),
				id);
		return (shown == null && copies.isEmpty()) ? Fold.NONE : new Fold(shown, copies);
	}

	/** Folds the posting's group: its copies under the one seekers see. */
	void fold(long id) {
		Boolean live = this.jdbc.query("SELECT status = 'PUBLISHED' FROM posting WHERE id = ?",
				(rs) -> rs.next() ? rs.getBoolean(1) : null, id);
		if (live == null) {
			return;
		}
		if (!live) {
			// Ended: it shows nothing and hides nothing; its copies are folded afresh.
			List<Long> copies = this.jdbc.queryForList("SELECT id FROM posting WHERE duplicate_of = ?", Long.class, id);
			this.jdbc.update(
					"UPDATE posting SET duplicate_of = NULL WHERE duplicate_of = ? OR (id = ? AND duplicate_of IS NOT NULL)",
					id, id);
			copies.forEach(this::foldLive);
			return;
		}
		foldLive(id);
	}

	private void foldLive(long id) {
		record Member(long id, VerifiedEmployers.Advertiser advertiser, Instant publishedAt) {
		}
		List<Member> members = this.jdbc
			.query("""
					SELECT p.id, p.recruiter_id, p.company_id, p.agency, p.source_id, p.published_at
					FROM posting p, posting me
					WHERE me.id = ? AND p.status = 'PUBLISHED' AND me.status = 'PUBLISHED'
					  AND p.company_id = me.company_id AND p.town_id = me.town_id AND p.pay_unit = me.pay_unit
					  AND p.pay_min_gbp <= me.pay_max_gbp AND p.pay_max_gbp >= me.pay_min_gbp
					  AND abs(extract(epoch FROM p.published_at - me.published_at)) <= ? * 86400
					  AND %s = %s AND NOT p.sample AND NOT me.sample AND length(%s) >= 3
					  -- only across advertisers: one feed's items, or one recruiter's postings, are distinct openings
					  AND (p.id = me.id OR (coalesce('s' || p.source_id, 'r' || p.recruiter_id, 'p' || p.id)
					                        <> coalesce('s' || me.source_id, 'r' || me.recruiter_id, 'p' || me.id)))"""
				.formatted(NORMAL.formatted("p.title"), NORMAL.formatted("me.title"), NORMAL.formatted("me.title")),
					(rs, n) -> new Member(rs.getLong(1),
							new VerifiedEmployers.Advertiser(rs.getObject(2, Long.class), rs.getLong(3),
									rs.getBoolean(4), rs.getObject(5) != null),
							rs.getTimestamp(6).toInstant()),
					id, WITHIN_DAYS);
		// The employer's own first: its feed, then not an agency, then a verified
		// employer, then the first published.
		Set<VerifiedEmployers.Advertiser> employers = this.verified
			.among(members.stream().map(Member::advertiser).toList());
		List<Long> group = members.stream()
			.sorted(Comparator.comparing((Member m) -> !m.advertiser().fromFeed())
				.thenComparing((m) -> m.advertiser().agency())
				.thenComparing((m) -> !employers.contains(m.advertiser()))
				.thenComparing(Member::publishedAt)
				.thenComparingLong(Member::id))
			.map(Member::id)
			.toList();
		if (group.isEmpty()) {
			return;
		}
		long shown = group.get(0);
		Long[] copies = group.subList(1, group.size()).toArray(Long[]::new);
		this.jdbc.update("UPDATE posting SET duplicate_of = NULL WHERE id = ? AND duplicate_of IS NOT NULL", shown);
		if (copies.length > 0) {
			this.jdbc.update("""
					UPDATE posting SET duplicate_of = ?
					WHERE id = ANY (?) AND duplicate_of IS DISTINCT FROM ?""", shown, copies, shown);
		}
		// Postings that were copies of one of these but no longer match go back on show.
		this.jdbc.update("""
				UPDATE posting SET duplicate_of = NULL
				WHERE duplicate_of = ANY (?) AND id <> ALL (?)""", group.toArray(Long[]::new),
				group.toArray(Long[]::new));
	}

}
