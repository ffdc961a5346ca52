package uk.mljobs.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.job.PostingContent.PayUnit;

/**
 * Postings as a seeker keeping track of them sees them: what they are and whether they
 * are still open. Only postings seekers may read (live, or ended and marked so) are told;
 * drafts, pending and rejected ones are not, whoever asks.
 */
@Component
public class TrackedPostings {

	/** A saved job closes soon when it has this many days left or fewer. */
	public static final int CLOSING_SOON_DAYS = 3;

	/** Where a posting stands for a seeker. */
	public enum State {

		OPEN("Open"), CLOSING_SOON("Closing soon"), CLOSED("Closed");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** One posting, as a seeker's list shows it. */
	public record Tracked(long id, String title, String path, String companyName, String place, String pay,
			LocalDate closesOn, long daysLeft, State state) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final Vocabularies vocabularies;

	private final Clock clock;

	TrackedPostings(NamedParameterJdbcTemplate jdbc, Vocabularies vocabularies, Clock clock) {
		this.jdbc = jdbc;
		this.vocabularies = vocabularies;
		this.clock = clock;
	}

	/**
	 * The live postings that close soon: today or in the next {@link #CLOSING_SOON_DAYS}
	 * days.
	 */
	public java.util.List<Long> closingSoon() {
		LocalDate today = JobSearch.today(this.clock);
		return this.jdbc.queryForList("""
				SELECT p.id FROM posting p
				WHERE p.status = 'PUBLISHED' AND p.closes_on BETWEEN :today AND :last""",
				new MapSqlParameterSource("today", today).addValue("last", today.plusDays(CLOSING_SOON_DAYS)),
				Long.class);
	}

	/** The readable postings among the ids, by id. */
	public Map<Long, Tracked> of(Collection<Long> ids) {
		Map<Long, Tracked> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		Vocabulary words = this.vocabularies.current();
		LocalDate today = JobSearch.today(this.clock);
		this.jdbc.query("""
				SELECT p.id, p.title, p.company_id, p.town_id, p.work_mode, p.pay_unit, p.pay_min_gbp, p.pay_max_gbp,
				       p.closes_on, p.status
				FROM posting p
				WHERE p.id IN (:ids) AND p.status IN ('PUBLISHED', 'EXPIRED', 'CLOSED', 'FILLED')""",
				new MapSqlParameterSource("ids", ids), (rs) -> {
					long id = rs.getLong("id");
					String title = rs.getString("title");
					LocalDate closesOn = rs.getObject("closes_on", LocalDate.class);
					long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, closesOn));
					boolean open = PostingStatus.valueOf(rs.getString("status")) == PostingStatus.PUBLISHED
							&& !closesOn.isBefore(today);
					State state = !open ? State.CLOSED
							: (daysLeft <= CLOSING_SOON_DAYS) ? State.CLOSING_SOON : State.OPEN;
					WorkMode mode = WorkMode.valueOf(rs.getString("work_mode"));
					String town = words.towns().get(rs.getLong("town_id")).name();
					found.put(id,
							new Tracked(id, title, PostingLayout.path(id, title),
									words.companyNames().getOrDefault(rs.getLong("company_id"), "Unlisted company"),
									(mode == WorkMode.REMOTE) ? mode.label() : town + " · " + mode.label(),
									PostingPay
										.of(PayUnit.valueOf(rs.getString("pay_unit")), rs.getInt("pay_min_gbp"),
												rs.getInt("pay_max_gbp"))
										.label(),
									closesOn, daysLeft, state));
				});
		return found;
	}

}
