package uk.mljobs.imports;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.mljobs.support.FeedStub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The feed client against a stub that misbehaves as real feeds do: slow, cut off,
 * oversized, rate-limiting, failing, not JSON, in a changed format; and that behaves as
 * good feeds do, with validators for conditional requests.
 */
class FeedClientTests {

	private static final String PATH = "/v1/boards/example/jobs";

	private final FeedStub stub = new FeedStub();

	@AfterEach
	void stop() {
		this.stub.close();
	}

	private FeedFormat.Fetch fetch(Duration readTimeout, long maxBytes, int attempts) {
		return ImportTesting.client(ImportTesting.properties(this.stub.baseUrl(), readTimeout, maxBytes, attempts))
			.forRun();
	}

	private URI uri() {
		return URI.create(this.stub.baseUrl() + PATH);
	}

	@Test
	void aSlowAnswerIsGivenUpOnAtTheDeadline() {
		this.stub.answer(PATH,
				(request) -> new MockResponse.Builder().code(200)
					.body("{\"jobs\": []}")
					.headersDelay(3, TimeUnit.SECONDS)
					.build());
		long started = System.nanoTime();
		assertThatThrownBy(() -> fetch(Duration.ofMillis(500), 8_000_000, 1).json(uri()))
			.isInstanceOf(FeedException.class)
			.hasMessageContaining("took longer than");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void aBodyThatTricklesPastTheDeadlineIsGivenUpOnToo() {
		this.stub.answer(PATH,
				(request) -> new MockResponse.Builder().code(200)
					.body("{\"jobs\": [" + " ".repeat(2000) + "]}")
					.throttleBody(100, 1, TimeUnit.SECONDS)
					.build());
		assertThatThrownBy(() -> fetch(Duration.ofSeconds(1), 8_000_000, 1).json(uri()))
			.isInstanceOf(FeedException.class)
			.hasMessageContaining("took longer than");
	}

	@Test
	void aConnectionCutOffMidBodyFailsTheRead() {
		this.stub.answer(PATH,
				(request) -> new MockResponse.Builder().code(200)
					.body("{\"jobs\": [" + " ".repeat(5000) + "]}")
					.onResponseBody(new SocketEffect.CloseSocket(true, false, false))
					.build());
		assertThatThrownBy(() -> new GreenhouseFeed(this.stub.baseUrl()).read("example",
				fetch(Duration.ofSeconds(2), 8_000_000, 2)))
			.isInstanceOf(FeedException.class);
	}

	@Test
	void aCareersPageCutShortFailsTheRunRatherThanLosingItsPostings() {
		String page = FeedStub.fixture("careers-page.html");
		this.stub.answer("/careers",
				(request) -> new MockResponse.Builder().code(200)
					.setHeader("Content-Type", "text/html")
					.body(page.substring(0, page.indexOf("ItemList")))
					.build());
		assertThatThrownBy(() -> new JsonLdFeed(tools.jackson.databind.json.JsonMapper.builder().build())
			.read(this.stub.baseUrl() + "/careers", fetch(Duration.ofSeconds(2), 8_000_000, 1)))
			.isInstanceOf(FeedException.class)
			.hasMessageContaining("cut off");
	}

	@Test
	void aDocumentCutShortIsNotJson() {
		this.stub.answer(PATH, (request) -> FeedStub.json("{\"jobs\": [{\"id\": 1, \"title\": \"ML Eng"));
		assertThatThrownBy(() -> new GreenhouseFeed(this.stub.baseUrl()).read("example",
				fetch(Duration.ofSeconds(2), 8_000_000, 1)))
			.isInstanceOf(FeedException.class)
			.hasMessageContaining("is not JSON");
	}

	@Test
	void anOversizedAnswerIsRefused() {
		this.stub.answer(PATH, (request) -> FeedStub.json("{\"jobs\": [" + " ".repeat(5000) + "]}"));
		assertThatThrownBy(() -> fetch(Duration.ofSeconds(2), 2048, 1).json(uri())).isInstanceOf(FeedException.class)
			.hasMessageContaining("is larger than");
	}

	@Test
	void tooManyRequestsIsRetriedAfterTheWaitItAsksFor() {
		AtomicInteger calls = new AtomicInteger();
		this.stub.answer(PATH,
				(request) -> (calls.incrementAndGet() == 1)
						? new MockResponse.Builder().code(429).setHeader("Retry-After", "1").body("").build()
						: FeedStub.json("{\"jobs\": []}"));
		long started = System.nanoTime();
		assertThat(fetch(Duration.ofSeconds(2), 8_000_000, 3).json(uri()).path("jobs").isArray()).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(this.stub.asked(PATH)).isEqualTo(2);
	}

	@Test
	void aWaitLongerThanTheBoardWillWaitFailsTheRunAtOnce() {
		this.stub.answer(PATH,
				(request) -> new MockResponse.Builder().code(503).setHeader("Retry-After", "3600").body("").build());
		assertThatThrownBy(() -> fetch(Duration.ofSeconds(2), 8_000_000, 3).json(uri()))
			.hasMessageContaining("asked to wait 3600 s");
		assertThat(this.stub.asked(PATH)).isEqualTo(1);
	}

	@Test
	void serverErrorsAreRetriedThenReported() {
		this.stub.answer(PATH, (request) -> FeedStub.status(500));
		assertThatThrownBy(() -> fetch(Duration.ofSeconds(2), 8_000_000, 3).json(uri()))
			.isInstanceOf(FeedException.class)
			.hasMessageContaining("answered 500");
		assertThat(this.stub.asked(PATH)).isEqualTo(3);
	}

	@Test
	void anUnknownBoardSaysToCheckTheToken() {
		assertThatThrownBy(() -> new GreenhouseFeed(this.stub.baseUrl()).read("no-such-board",
				fetch(Duration.ofSeconds(2), 8_000_000, 3)))
			.hasMessageContaining("no such board (404)");
		assertThat(this.stub.asked("/v1/boards/no-such-board/jobs")).isEqualTo(1);
	}

	@Test
	void htmlWhereJsonWasExpectedAndAChangedFormatAreFormatErrors() {
		this.stub.answer(PATH,
				(request) -> new MockResponse.Builder().code(200).body("<html>Maintenance</html>").build());
		assertThatThrownBy(() -> new GreenhouseFeed(this.stub.baseUrl()).read("example",
				fetch(Duration.ofSeconds(2), 8_000_000, 1)))
			.hasMessageContaining("is not JSON");
		this.stub.answer(PATH, (request) -> FeedStub.json("{\"postings\": []}"));
		assertThatThrownBy(() -> new GreenhouseFeed(this.stub.baseUrl()).read("example",
				fetch(Duration.ofSeconds(2), 8_000_000, 1)))
			.hasMessageContaining("not in the format expected: no 'jobs' list");
		this.stub.answer(PATH, (request) -> FeedStub.json("{\"jobs\": [{\"title\": \"No id\"}]}"));
		assertThatThrownBy(() -> new GreenhouseFeed(this.stub.baseUrl()).read("example",
				fetch(Duration.ofSeconds(2), 8_000_000, 1)))
			.hasMessageContaining("a job without an 'id'");
	}

	@Test
	void aSecondReadAsksConditionallyAndANotModifiedAnswerGivesWhatWasRead() {
		AtomicInteger calls = new AtomicInteger();
		java.util.List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
		this.stub.answer(PATH, (request) -> {
			sent.add(String.valueOf(request.getHeaders().get("If-None-Match")));
			sent.add(String.valueOf(request.getHeaders().get("User-Agent")));
			return (calls.incrementAndGet() == 1) ? new MockResponse.Builder().code(200)
				.setHeader("ETag", "\"v1\"")
				.setHeader("Content-Type", "application/json")
				.body("{\"jobs\": [{\"id\": 1}]}")
				.build() : new MockResponse.Builder().code(304).build();
		});
		FeedClient client = ImportTesting.client(ImportTesting.properties(this.stub.baseUrl()));
		assertThat(client.forRun().json(uri()).path("jobs").size()).isEqualTo(1);
		assertThat(client.forRun().json(uri()).path("jobs").size()).isEqualTo(1);
		assertThat(sent).containsExactly("null", "MLJobsUK-FeedReader/1.0 (+https://mljobs.example/contact)", "\"v1\"",
				"MLJobsUK-FeedReader/1.0 (+https://mljobs.example/contact)");
	}

	@Test
	void aRedirectIsFollowedAndNoAddressOnAPrivateNetworkIsRead() {
		this.stub.answer(PATH,
				(request) -> new MockResponse.Builder().code(301)
					.setHeader("Location", "/v1/boards/moved/jobs")
					.body("")
					.build());
		this.stub.answer("/v1/boards/moved/jobs", (request) -> FeedStub.json("{\"jobs\": [{\"id\": 7}]}"));
		assertThat(fetch(Duration.ofSeconds(2), 8_000_000, 1).json(uri()).path("jobs").size()).isEqualTo(1);
		this.stub.answer("/v1/boards/moved/jobs",
				(request) -> new MockResponse.Builder().code(302)
					.setHeader("Location", "/v1/boards/example/jobs")
					.body("")
					.build());
		assertThatThrownBy(() -> fetch(Duration.ofSeconds(2), 8_000_000, 1).json(uri()))
			.hasMessageContaining("redirected more than 5 times");

		FeedClient strict = ImportTesting
			.client(ImportTesting.properties(this.stub.baseUrl(), Duration.ofSeconds(2), 8_000_000, 1, false));
		int asked = this.stub.requests();
		assertThatThrownBy(() -> strict.forRun().json(uri())).isInstanceOf(FeedException.class)
			.hasMessageContaining("is on a private network");
		assertThatThrownBy(() -> strict.forRun().json(URI.create("http://169.254.169.254/latest/meta-data/")))
			.hasMessageContaining("is on a private network");
		assertThat(this.stub.requests()).isEqualTo(asked);
	}

	@Test
	void robotsRulesAreReadAsTheStandardSays() {
		Robots robots = Robots.parse("""
				User-agent: *
				Disallow: /private/
				Allow: /private/open
				Disallow: /*.pdf$

				User-agent: mljobsuk-feedreader
				User-agent: other
				Disallow: /careers/internal
				""", Robots.AGENT);
		assertThat(robots.allows("/private/x")).isTrue();
		assertThat(robots.allows("/careers/internal/1")).isFalse();
		assertThat(robots.allows("/careers")).isTrue();
		Robots anyone = Robots.parse("User-agent: *\nDisallow: /private/\nAllow: /private/open\nDisallow: /*.pdf$\n",
				Robots.AGENT);
		assertThat(anyone.allows("/private/x")).isFalse();
		assertThat(anyone.allows("/private/open/1")).isTrue();
		assertThat(anyone.allows("/files/a.pdf")).isFalse();
		assertThat(anyone.allows("/files/a.pdf?x=1")).isTrue();
		assertThat(Robots.parse("", Robots.AGENT).allows("/anything")).isTrue();
	}

}
