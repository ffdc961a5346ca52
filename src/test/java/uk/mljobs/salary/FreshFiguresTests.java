package uk.mljobs.salary;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.MlJobsApplication;
import uk.mljobs.job.PostingExpiry;
import uk.mljobs.market.Market;
import uk.mljobs.support.OwnDatabase;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestDatabase;
import uk.mljobs.support.TestPostings;
import uk.mljobs.support.Eventually;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures over postings are true and fresh across instances. This test's context is
 * instance A; instance B is a second application on the same database, in demo mode,
 * whose start-up is held before its demo data loads: until it is done it says DOWN and
 * refuses traffic; then it says UP with the demo figures in its caches. A posting
 * published on A counts on A at once and on B once A's notice reaches it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FreshFiguresTests.Database.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshFiguresTests {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SalaryInsights insights;

	@Autowired
	private Market market;

	@Autowired
	private PostingExpiry expiry;

	@Autowired
	private JdbcConnectionDetails database;

	private final CountDownLatch hold = new CountDownLatch(1);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private volatile int portOfB;

	private CompletableFuture<ConfigurableApplicationContext> startingB;

	private ConfigurableApplicationContext b;

	@BeforeAll
	void startInstanceB() {
		ApplicationListener<WebServerInitializedEvent> port = (event) -> this.portOfB = event.getWebServer().getPort();
		this.startingB = CompletableFuture
			.supplyAsync(() -> new SpringApplicationBuilder(MlJobsApplication.class).profiles("test")
				.listeners(port)
				.initializers((context) -> context.getBeanFactory().registerSingleton("holdStartUp", new HeldStartUp()))
				.run("--spring.datasource.url=" + this.database.getJdbcUrl(),
						"--spring.datasource.username=" + TestDatabase.USERNAME,
						"--spring.datasource.password=" + TestDatabase.PASSWORD, "--server.port=0",
						"--mljobs.demo.enabled=true", "--mljobs.instance-name=test-b"));
	}

	/** The first start-up step on B: waits for the test to let it go on. */
	private final class HeldStartUp implements ApplicationRunner, Ordered {

		@Override
		public void run(org.springframework.boot.ApplicationArguments args) throws Exception {
			FreshFiguresTests.this.hold.await(60, TimeUnit.SECONDS);
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

	@AfterAll
	void stopInstanceB() throws Exception {
		this.hold.countDown();
		if (this.b == null && this.startingB != null) {
			this.b = this.startingB.get(120, TimeUnit.SECONDS);
		}
		if (this.b != null) {
			this.b.close();
		}
	}

	@Test
	@Order(1)
	void anInstanceRefusesTrafficAndSaysDownUntilItsDemoDataAndFiguresAreReady() throws Exception {
		assertThat(within(() -> this.portOfB > 0, Duration.ofSeconds(90))).as("B's web server is up").isTrue();
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("OUT_OF_SERVICE");
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		HttpResponse<String> page = get("/salaries");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(page.body()).contains("starting up").doesNotContain("Exception");
		HttpResponse<String> api = get("/api/jobs");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM posting WHERE sample", Long.class)).isZero();

		this.hold.countDown();
		this.b = this.startingB.get(120, TimeUnit.SECONDS);
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM posting WHERE sample", Long.class)).isPositive();
		// The 12-month window was computed after the demo data, not before: its cells
		// hold the sample postings (the bug was 0 in every cell for 5 minutes).
		long inB = total(this.b.getBean(SalaryInsights.class), 12);
		assertThat(inB).isEqualTo(this.jdbc.queryForObject(
				"SELECT count(*) FROM posting WHERE sample AND published_at IS NOT NULL AND pay_unit = 'YEAR'",
				Long.class));
		assertThat(get("/salaries").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(2)
	void aPostingPublishedOnOneInstanceCountsOnTheOtherWithinTheNoticeDelay() throws Exception {
		SalaryInsights onB = this.b.getBean(SalaryInsights.class);
		// Both hold their figures now; B, in demo mode, counts the sample postings too.
		long before = seniorLondon(this.insights);
		long beforeOnB = seniorLondon(onB);

		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Senior MLOps Engineer, freshness");
		TestPostings.published(this.mvc, recruiter, TestAccounts.admin(this.mvc), form);

		assertThat(seniorLondon(this.insights)).as("on A, at once").isEqualTo(before + 1);
		assertThat(within(() -> seniorLondon(onB) == beforeOnB + 1, PATIENCE)).as("on B, within the notice delay")
			.isTrue();
	}

	@Test
	@Order(3)
	void expiryDropsTheFiguresThoughNoEntityHearsIt() {
		long before = seniorLondon(this.insights);
		// A live posting written behind the app's back (no notice, no entity), and one
		// whose closing date has passed: expiry's bulk update drops the figures, so the
		// first is counted from then on.
		this.jdbc.update("""
				INSERT INTO posting (idempotency_key, company_id, title, role_id, level_id, region_id, town_id,
				  work_mode, employment_type, pay_unit, pay_min_gbp, pay_max_gbp, description_md, description_html,
				  apply_url, closes_on, status, submitted_at, published_at)
				SELECT gen_random_uuid(), (SELECT min(id) FROM company), 'Written behind the app', r.id, l.id, g.id,
				  (SELECT min(t.id) FROM town t WHERE t.region_id = g.id), 'HYBRID', 'PERMANENT_FULL_TIME', 'YEAR',
				  110000, 130000, 'A posting written straight into the table for this test, long enough.',
				  '<p>x</p>', 'https://example.com/job', current_date + d, 'PUBLISHED', now(), now()
				FROM role r JOIN level l ON l.role_id = r.id, region g, (VALUES (30), (-1)) AS v (d)
				WHERE r.slug = 'mlops-engineer' AND l.slug = 'senior' AND g.slug = 'london'""");
		assertThat(seniorLondon(this.insights)).as("still the kept figures").isEqualTo(before);
		assertThat(this.expiry.expireDue()).isGreaterThanOrEqualTo(1);
		assertThat(seniorLondon(this.insights)).isGreaterThan(before);
	}

	private long seniorLondon(SalaryInsights on) {
		long role = this.market.role("mlops-engineer").orElseThrow().id();
		long level = this.market.levels(role)
			.stream()
			.filter((candidate) -> candidate.slug().equals("senior"))
			.findFirst()
			.orElseThrow()
			.id();
		long london = this.market.regions()
			.stream()
			.filter((region) -> region.slug().equals("london"))
			.findFirst()
			.orElseThrow()
			.id();
		return on.statistics(12)
			.stream()
			.filter((s) -> s.roleId() == role && s.unit() == PayStatistics.Unit.YEAR && s.levelId() != null
					&& s.levelId() == level && s.regionId() == london)
			.mapToLong(PayStatistics::n)
			.sum();
	}

	/** Annual-pay postings counted over every level and region. */
	private static long total(SalaryInsights on, int months) {
		List<PayStatistics> all = on.statistics(months);
		return all.stream()
			.filter((s) -> s.unit() == PayStatistics.Unit.YEAR && s.levelId() != null)
			.mapToLong(PayStatistics::n)
			.sum();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.portOfB + path))
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static boolean within(BooleanSupplier condition, Duration patience) {
		return Eventually.within(condition, patience);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Database extends OwnDatabase {

		@Override
		protected String prefix() {
			return "mljobs_fresh";
		}

	}

}
