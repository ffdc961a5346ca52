package uk.mljobs.imports;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.mljobs.support.FeedStub;
import uk.mljobs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sources run against the stub: the right postings published, the rest left out with
 * their reasons, re-runs that change nothing, an item gone from its feed closed, a failed
 * run that closes nothing, a source paused after failing again and again, and two runs at
 * once reading a source once.
 */
@IntegrationTest
class SourceRunsTests extends StubbedFeeds {

	@Autowired
	private Sources sources;

	@Autowired
	private SourceRuns runs;

	private long company;

	@BeforeEach
	void company() {
		this.company = this.jdbc.queryForObject("SELECT id FROM company WHERE slug = 'monzo'", Long.class);
	}

	@Test
	void aGreenhouseBoardPublishesItsUkMlPostingsWithPayAndCountsTheRestByReason() {
		long source = this.sources.create(this.company, SourceKind.GREENHOUSE, "example", true, false, null);
		assertThat(this.runs.run(source)).isEqualTo(SourceRuns.Result.READ);

		Map<String, Object> fraud = posting(source, "4012001");
		assertThat(fraud).containsEntry("status", "PUBLISHED")
			.containsEntry("title", "Senior Machine Learning Engineer, Fraud")
			.containsEntry("role", "machine-learning-engineer")
			.containsEntry("level", "senior")
			.containsEntry("town", "london")
			.containsEntry("work_mode", "HYBRID")
			.containsEntry("pay_unit", "YEAR")
			.containsEntry("pay_min_gbp", 95000)
			.containsEntry("pay_max_gbp", 115000)
			.containsEntry("apply_url", "https://careers.example.com/jobs/4012001?gh_jid=4012001")
			.containsEntry("recruiter_id", null);
		assertThat((String) fraud.get("description_html")).contains("You will train and ship fraud models")
			.doesNotContain("<script")
			.doesNotContain("onclick")
			.doesNotContain("alert(");
		assertThat(tools(source, "4012001")).contains("Kubernetes", "MLflow");
		Map<String, Object> mlops = posting(source, "4012002");
		assertThat(mlops).containsEntry("role", "mlops-engineer")
			.containsEntry("level", "mid")
			.containsEntry("work_mode", "REMOTE")
			.containsEntry("remote_residency", "UK")
			.containsEntry("pay_min_gbp", 75000)
			.containsEntry("pay_max_gbp", 90000);

		Source after = this.sources.find(source).orElseThrow();
		assertThat(after.seen()).isEqualTo(5);
		assertThat(after.created()).isEqualTo(2);
		assertThat(after.skipped()).isEqualTo(3);
		assertThat(after.lastError()).isNull();
		assertThat(this.sources.skips(source)).extracting(Sources.Skip::reason, Sources.Skip::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("outside the UK", 1),
					org.assertj.core.groups.Tuple.tuple("not an engineering job", 1),
					org.assertj.core.groups.Tuple.tuple("no pay stated", 1));
		assertThat(this.sources.withoutPay(this.company)).isEqualTo(1);
	}

	@Test
	void aSecondRunChangesNothingAndAnItemGoneFromItsFeedClosesThenReopensWhenBack() {
		long source = this.sources.create(this.company, SourceKind.GREENHOUSE, "example", true, false, null);
		this.runs.run(source);
		long before = count(source);
		assertThat(this.runs.run(source)).isEqualTo(SourceRuns.Result.READ);
		Source again = this.sources.find(source).orElseThrow();
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(count(source)).isEqualTo(before).isEqualTo(2);

		String fixture = FeedStub.fixture("greenhouse.json");
		STUB.answer("/v1/boards/example/jobs",
				(request) -> FeedStub.json(fixture.replace("\"id\": 4012002", "\"id\": 4012099")));
		this.runs.run(source);
		assertThat(posting(source, "4012002")).containsEntry("status", "CLOSED")
			.containsEntry("end_reason", "GONE_FROM_SOURCE");
		assertThat(posting(source, "4012099")).containsEntry("status", "PUBLISHED");
		assertThat(this.sources.find(source).orElseThrow().closed()).isEqualTo(1);

		STUB.standard("/v1/boards/example/jobs");
		this.runs.run(source);
		assertThat(posting(source, "4012002")).containsEntry("status", "PUBLISHED").containsEntry("end_reason", null);
	}

	@Test
	void aRunThatCannotReadTheFeedClosesNothingAndRepeatedFailuresPauseTheSource() {
		long source = this.sources.create(this.company, SourceKind.GREENHOUSE, "example", true, false, null);
		this.runs.run(source);
		STUB.answer("/v1/boards/example/jobs", (request) -> FeedStub.status(500));
		assertThat(this.runs.run(source)).isEqualTo(SourceRuns.Result.FAILED);
		assertThat(posting(source, "4012001")).containsEntry("status", "PUBLISHED");
		Source failed = this.sources.find(source).orElseThrow();
		assertThat(failed.failures()).isEqualTo(1);
		assertThat(failed.lastError()).contains("answered 500");
		assertThat(failed.created()).isEqualTo(2);

		STUB.answer("/v1/boards/example/jobs", (request) -> FeedStub.json("{\"postings\": []}"));
		this.runs.run(source);
		this.runs.run(source);
		Source paused = this.sources.find(source).orElseThrow();
		assertThat(paused.paused()).isTrue();
		assertThat(paused.pausedReason()).startsWith("Paused after 3 failed runs in a row").contains("no 'jobs' list");
		assertThat(this.runs.run(source)).isEqualTo(SourceRuns.Result.NOT_RUN);
		assertThat(count(source)).isEqualTo(2);
	}

	@Test
	void twoRunsAtOnceReadTheSourceOnce() throws Exception {
		long source = this.sources.create(this.company, SourceKind.GREENHOUSE, "example", true, false, null);
		String fixture = FeedStub.fixture("greenhouse.json");
		STUB.answer("/v1/boards/example/jobs",
				(request) -> new MockResponse.Builder().code(200)
					.setHeader("Content-Type", "application/json")
					.body(fixture)
					.headersDelay(700, TimeUnit.MILLISECONDS)
					.build());
		int asked = STUB.asked("/v1/boards/example/jobs");
		CompletableFuture<SourceRuns.Result> first = CompletableFuture.supplyAsync(() -> this.runs.run(source));
		CompletableFuture<SourceRuns.Result> second = CompletableFuture.supplyAsync(() -> this.runs.run(source));
		assertThat(List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS)))
			.containsExactlyInAnyOrder(SourceRuns.Result.READ, SourceRuns.Result.NOT_RUN);
		assertThat(STUB.asked("/v1/boards/example/jobs") - asked).isEqualTo(1);
		assertThat(count(source)).isEqualTo(2);
	}

	@Test
	void aReviewedLeverSourceQueuesItsPostingsAndReadsContractTerms() {
		long source = this.sources.create(this.company, SourceKind.LEVER, "example", false, false, null);
		this.runs.run(source);
		Map<String, Object> recommendations = posting(source, "7d1c8a34-5b1e-4f0a-9f6e-0a1b2c3d4e01");
		assertThat(recommendations).containsEntry("status", "SUBMITTED")
			.containsEntry("town", "edinburgh")
			.containsEntry("pay_min_gbp", 70000)
			.containsEntry("pay_max_gbp", 85000);
		assertThat((String) recommendations.get("description_html")).doesNotContain("onerror").doesNotContain("<img");
		Map<String, Object> contract = posting(source, "7d1c8a34-5b1e-4f0a-9f6e-0a1b2c3d4e02");
		assertThat(contract).containsEntry("employment_type", "CONTRACT")
			.containsEntry("pay_unit", "DAY")
			.containsEntry("pay_min_gbp", 600)
			.containsEntry("pay_max_gbp", 700)
			.containsEntry("ir35", "OUTSIDE")
			.containsEntry("clearance", "SC")
			.containsEntry("work_mode", "REMOTE");
		assertThat(this.sources.skips(source)).extracting(Sources.Skip::reason)
			.containsExactlyInAnyOrder("outside the UK", "not a machine-learning role");
	}

	private Map<String, Object> posting(long source, String external) {
		return this.jdbc.queryForMap("""
				SELECT p.status, p.title, r.slug AS role, l.slug AS level, t.slug AS town, p.work_mode,
				       p.remote_residency, p.employment_type, p.pay_unit, p.pay_min_gbp, p.pay_max_gbp, p.ir35,
				       p.clearance, p.apply_url, p.recruiter_id, p.description_html, p.end_reason
				FROM posting p JOIN role r ON r.id = p.role_id JOIN level l ON l.id = p.level_id
				JOIN town t ON t.id = p.town_id WHERE p.source_id = ? AND p.external_id = ?""", source, external);
	}

	private List<String> tools(long source, String external) {
		return this.jdbc.queryForList(
				"""
						SELECT t.name FROM posting_tool pt JOIN tool t ON t.id = pt.tool_id JOIN posting p ON p.id = pt.posting_id
						WHERE p.source_id = ? AND p.external_id = ?""",
				String.class, source, external);
	}

	private long count(long source) {
		return this.jdbc.queryForObject("SELECT count(*) FROM posting WHERE source_id = ? AND status = 'PUBLISHED'",
				Long.class, source);
	}

}
