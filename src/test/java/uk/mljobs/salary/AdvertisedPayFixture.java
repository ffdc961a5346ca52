package uk.mljobs.salary;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.market.Market;
import uk.mljobs.market.RoleView;
import uk.mljobs.shared.PostingsChanged;
import uk.mljobs.support.OwnDatabase;
import uk.mljobs.support.TestClock;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The postings the advertised-pay tests work their figures out by hand from, on a
 * database of their own holding only these. Percentiles interpolate linearly: the p-th of
 * n sorted values sits at position 1 + p(n - 1).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AdvertisedPayFixture.Database.class, TestClock.Configuration.class })
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AdvertisedPayFixture {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Market market;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	RoleView mlops;

	@BeforeAll
	void postings() {
		this.mlops = this.market.role("mlops-engineer").orElseThrow();
		// The test classes on these postings share one context and database: the first
		// to run writes them.
		if (this.jdbc.queryForObject("SELECT count(*) FROM posting WHERE title = 'Fixture posting'",
				Integer.class) > 0) {
			return;
		}
		Duration recent = Duration.ofDays(1);
		// Senior, London: midpoints 100k, 110k, 120k, 130k, 140k.
		for (int mid : new int[] { 100_000, 110_000, 120_000, 130_000, 140_000 }) {
			annual("senior", "london", mid - 10_000, mid + 10_000, "PUBLISHED", recent);
		}
		// ...and one at 200k that ended eight months ago: in the 12-month window only.
		annual("senior", "london", 190_000, 210_000, "EXPIRED", Duration.ofDays(245));
		// Senior, rest of the UK: four postings, too few for figures.
		for (int mid : new int[] { 80_000, 90_000, 100_000, 110_000 }) {
			annual("senior", "rest-of-uk", mid - 5_000, mid + 5_000, "PUBLISHED", recent);
		}
		// Junior, London, with ties: 50k three times, 60k three times.
		for (int mid : new int[] { 50_000, 50_000, 50_000, 60_000, 60_000, 60_000 }) {
			annual("junior", "london", mid - 5_000, mid + 5_000, "PUBLISHED", recent);
		}
		annual("junior", "rest-of-uk", 35_000, 45_000, "PUBLISHED", recent);
		// Contract day rates in London, kept apart from salaries: 500 to 700 a day.
		for (int mid : new int[] { 500, 550, 600, 650, 700 }) {
			insert("senior", "london", "CONTRACT", "DAY", mid - 50, mid + 50, "PUBLISHED", recent, false);
		}
		// Never counted: a draft, and a sample posting outside demo mode.
		insert("senior", "london", "PERMANENT_FULL_TIME", "YEAR", 900_000, 1_000_000, "DRAFT", null, false);
		insert("senior", "london", "PERMANENT_FULL_TIME", "YEAR", 900_000, 1_000_000, "PUBLISHED", recent, true);
		// Written behind the app's back, so tell the figures, as the app does after its
		// own writes (they were computed at start-up, before these).
		this.events.publishEvent(new PostingsChanged());
	}

	void annual(String level, String region, int min, int max, String status, Duration ago) {
		insert(level, region, "PERMANENT_FULL_TIME", "YEAR", min, max, status, ago, false);
	}

	/** A posting row as the app would write it, published {@code ago} (null: never). */
	void insert(String level, String region, String type, String unit, int min, int max, String status, Duration ago,
			boolean sample) {
		Instant now = this.clock.instant();
		Timestamp published = (ago != null) ? Timestamp.from(now.minus(ago)) : null;
		Timestamp ended = "EXPIRED".equals(status) ? Timestamp.from(now.minus(ago).plus(Duration.ofDays(30))) : null;
		this.jdbc.update("""
				INSERT INTO posting (idempotency_key, company_id, title, role_id, level_id, region_id, town_id,
				  work_mode, employment_type, pay_unit, pay_min_gbp, pay_max_gbp, ir35, description_md,
				  description_html, apply_url, closes_on, status, submitted_at, published_at, ended_at, sample)
				SELECT ?, (SELECT min(id) FROM company), 'Fixture posting', r.id, l.id, g.id,
				  (SELECT min(t.id) FROM town t WHERE t.region_id = g.id), 'HYBRID', ?, ?, ?, ?,
				  CASE WHEN ? = 'DAY' THEN 'OUTSIDE' END, ?, '<p>Fixture</p>', 'https://example.com/job', ?, ?,
				  coalesce(?, now()), ?, ?, ?
				FROM role r JOIN level l ON l.role_id = r.id, region g
				WHERE r.slug = 'mlops-engineer' AND l.slug = ? AND g.slug = ?""", UUID.randomUUID(), type, unit, min,
				max, unit, "A fixture posting for the advertised pay tests, long enough to pass the check.",
				LocalDate.now(this.clock).plusDays(30), status, published, published, ended, sample, level, region);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Database extends OwnDatabase {

		@Override
		protected String prefix() {
			return "mljobs_pay";
		}

	}

}
