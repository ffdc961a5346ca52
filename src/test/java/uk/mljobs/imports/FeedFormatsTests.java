package uk.mljobs.imports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import uk.mljobs.support.FeedStub;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind's documented JSON, as our fixtures write it, read into feed items: ids,
 * titles, places, countries, work mode, contract, description (unescaped, not yet
 * sanitised), the employer's page, publication time and structured pay.
 */
class FeedFormatsTests {

	private final FeedStub stub = new FeedStub();

	private final FeedFormat.Fetch fetch = ImportTesting.client(ImportTesting.properties(this.stub.baseUrl())).forRun();

	@AfterEach
	void stop() {
		this.stub.close();
	}

	@Test
	void greenhouseUnescapesTheDescriptionAndReadsPayRangesInPence() {
		Map<String, FeedItem> items = byId(new GreenhouseFeed(this.stub.baseUrl()).read("example", this.fetch));
		assertThat(items).hasSize(5);
		FeedItem fraud = items.get("4012001");
		assertThat(fraud.title()).isEqualTo("Senior Machine Learning Engineer, Fraud");
		assertThat(fraud.locations()).containsExactly("London", "London, United Kingdom");
		assertThat(fraud.workplace()).isEqualTo("Hybrid");
		assertThat(fraud.descriptionHtml()).startsWith("<p>You will train").contains("<script>").contains("£95,000");
		assertThat(fraud.published()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
		assertThat(fraud.url()).isEqualTo("https://careers.example.com/jobs/4012001?gh_jid=4012001");
		assertThat(fraud.pay()).isNull();
		assertThat(items.get("4012002").pay()).isEqualTo(new FeedItem.Pay(75_000, 90_000, "GBP", "YEAR"));
		assertThat(items.get("4012002").published()).isEqualTo(Instant.parse("2026-11-25T08:30:00Z"));
	}

	@Test
	void leverJoinsItsListsAndReadsSalaryRange() {
		Map<String, FeedItem> items = byId(
				new LeverFeed(SourceKind.LEVER, this.stub.baseUrl()).read("example", this.fetch));
		assertThat(items).hasSize(4);
		FeedItem recommendations = items.get("7d1c8a34-5b1e-4f0a-9f6e-0a1b2c3d4e01");
		assertThat(recommendations.locations()).containsExactly("Edinburgh", "London");
		assertThat(recommendations.countryCode()).isEqualTo("GB");
		assertThat(recommendations.workplace()).isEqualTo("hybrid");
		assertThat(recommendations.commitment()).isEqualTo("Full-time");
		assertThat(recommendations.descriptionHtml()).contains("<h3>What you bring</h3><ul><li>Python and SQL</li>")
			.contains("£1,000 learning budget");
		assertThat(recommendations.pay()).isEqualTo(new FeedItem.Pay(70_000, 85_000, "GBP", "YEAR"));
		assertThat(recommendations.published()).isEqualTo(Instant.ofEpochMilli(1763366400000L));
		assertThat(items.get("7d1c8a34-5b1e-4f0a-9f6e-0a1b2c3d4e02").pay()).isNull();
		assertThat(items.get("7d1c8a34-5b1e-4f0a-9f6e-0a1b2c3d4e03").countryCode()).isEqualTo("DE");
		// One page of fewer than 100: no second request.
		assertThat(this.stub.asked("/v0/postings/example")).isEqualTo(1);
	}

	@Test
	void ashbyLeavesOutUnlistedJobsAndCountsAUkSecondaryLocation() {
		Map<String, FeedItem> items = byId(new AshbyFeed(this.stub.baseUrl()).read("example", this.fetch));
		assertThat(items).hasSize(3).doesNotContainKey("a5f0c1d2-0000-4000-8000-000000000004");
		FeedItem platform = items.get("a5f0c1d2-0000-4000-8000-000000000001");
		assertThat(platform.countryCode()).isEqualTo("GB");
		assertThat(platform.workplace()).isEqualTo("Hybrid");
		assertThat(platform.commitment()).isEqualTo("FullTime");
		assertThat(platform.pay()).isEqualTo(new FeedItem.Pay(95_000, 120_000, "GBP", "YEAR"));
		FeedItem speech = items.get("a5f0c1d2-0000-4000-8000-000000000002");
		assertThat(speech.locations()).containsExactly("San Francisco", "Cambridge, UK");
		assertThat(speech.countryCode()).isEqualTo("GB");
		assertThat(speech.pay().currency()).isEqualTo("USD");
	}

	@Test
	void workableReadsTheCountryCodeOfItsLocations() {
		Map<String, FeedItem> items = byId(new WorkableFeed(this.stub.baseUrl()).read("example", this.fetch));
		assertThat(items).hasSize(3);
		FeedItem nlp = items.get("9F3A1B2C4D");
		assertThat(nlp.locations()).containsExactly("Manchester, England, United Kingdom");
		assertThat(nlp.countryCode()).isEqualTo("GB");
		assertThat(nlp.published()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
		assertThat(nlp.pay()).isNull();
		assertThat(items.get("9F3A1B2C4E").countryCode()).isEqualTo("PT");
		assertThat(items.get("9F3A1B2C4E").workplace()).isEqualTo("Remote");
	}

	@Test
	void smartRecruitersFetchesTheDocumentOfUkPostingsOnly() {
		Map<String, FeedItem> items = byId(
				new SmartRecruitersFeed(this.stub.baseUrl()).read("ExampleGroup", this.fetch));
		assertThat(items).hasSize(3);
		FeedItem vision = items.get("744000012345601");
		assertThat(vision.countryCode()).isEqualTo("GB");
		assertThat(vision.workplace()).isEqualTo("Hybrid");
		assertThat(vision.commitment()).isEqualTo("permanent");
		assertThat(vision.descriptionHtml()).contains("<h3>Job Description</h3><p>Train detection models")
			.contains("£85,000 – £100,000 per annum")
			.doesNotContain("We make sensors");
		assertThat(vision.url()).endsWith("/744000012345601-senior-machine-learning-engineer-computer-vision");
		assertThat(items.get("744000012345602").descriptionHtml()).isNull();
		assertThat(this.stub.asked("/v1/companies/ExampleGroup/postings/744000012345602")).isZero();
	}

	@Test
	void aCareersPageGivesItsInlinePostingsAndThoseItListsOnTheSameSiteThatRobotsAllow() {
		Map<String, FeedItem> items = byId(
				new JsonLdFeed(JsonMapper.builder().build()).read(this.stub.baseUrl() + "/careers", this.fetch));
		assertThat(items).containsOnlyKeys("ER-311", "ER-312");
		FeedItem robotics = items.get("ER-311");
		assertThat(robotics.locations()).containsExactly("Bristol");
		assertThat(robotics.countryCode()).isEqualTo("GB");
		assertThat(robotics.descriptionHtml()).startsWith("<p>Teach robot arms");
		assertThat(robotics.pay()).isEqualTo(new FeedItem.Pay(65_000, 80_000, "GBP", "YEAR"));
		assertThat(robotics.url()).isEqualTo(this.stub.baseUrl() + "/jobs/er-311");
		FeedItem mlops = items.get("ER-312");
		assertThat(mlops.workplace()).isEqualTo("Remote");
		assertThat(mlops.countryCode()).isEqualTo("GB");
		assertThat(mlops.pay()).isEqualTo(new FeedItem.Pay(600, 600, "GBP", "DAY"));
		assertThat(this.stub.asked("/private/er-313")).isZero();
		assertThat(this.stub.asked("/robots.txt")).isEqualTo(1);
	}

	private static Map<String, FeedItem> byId(List<FeedItem> items) {
		return items.stream().collect(Collectors.toMap(FeedItem::id, Function.identity()));
	}

}
