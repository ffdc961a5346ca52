package uk.mljobs.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Employers' feeds stood in for on loopback: each ATS kind's documented paths serve the
 * fixture written for it (under {@code src/test/resources/imports}), for the board token
 * {@code example} (SmartRecruiters: {@code ExampleGroup}), and a careers page with its
 * robots.txt at {@code /careers}. A test can answer any path its own way, and counts what
 * was asked.
 */
public final class FeedStub implements AutoCloseable {

	private final MockWebServer server = new MockWebServer();

	private final Map<String, Function<RecordedRequest, MockResponse>> answers = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

	public FeedStub() {
		this.server.setDispatcher(new Dispatcher() {

			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String path = request.getUrl().encodedPath();
				FeedStub.this.asked.computeIfAbsent(path, (key) -> new AtomicInteger()).incrementAndGet();
				Function<RecordedRequest, MockResponse> answer = FeedStub.this.answers.get(path);
				if (answer != null) {
					return answer.apply(request);
				}
				return standard(request, path);
			}

		});
		try {
			this.server.start(java.net.InetAddress.getLoopbackAddress(), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The stub's address, such as {@code http://127.0.0.1:40123}. */
	public String baseUrl() {
		String url = this.server.url("/").toString();
		return url.substring(0, url.length() - 1);
	}

	/** Points every ATS kind's base URL at this stub, with one try per request. */
	public void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
		for (String kind : java.util.List.of("greenhouse", "lever", "lever-eu", "ashby", "workable",
				"smartrecruiters")) {
			registry.add("mljobs.import." + kind + ".base-url", this::baseUrl);
		}
		registry.add("mljobs.import.attempts", () -> "1");
	}

	/** Answers {@code path} with {@code answer} from now on. */
	public void answer(String path, Function<RecordedRequest, MockResponse> answer) {
		this.answers.put(path, answer);
	}

	/** Answers {@code path} as the fixtures do again. */
	public void standard(String path) {
		this.answers.remove(path);
	}

	public int asked(String path) {
		AtomicInteger count = this.asked.get(path);
		return (count != null) ? count.get() : 0;
	}

	public int requests() {
		return this.server.getRequestCount();
	}

	public static MockResponse json(String body) {
		return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
	}

	public static MockResponse status(int code) {
		return new MockResponse.Builder().code(code).body("").build();
	}

	/** A fixture's text. */
	public static String fixture(String name) {
		try (InputStream in = FeedStub.class.getResourceAsStream("/imports/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MockResponse standard(RecordedRequest request, String path) {
		String query = (request.getUrl().encodedQuery() != null) ? request.getUrl().encodedQuery() : "";
		return switch (path) {
			case "/v1/boards/example/jobs" -> json(fixture("greenhouse.json"));
			case "/v0/postings/example" ->
				query.contains("skip=0") || !query.contains("skip=") ? json(fixture("lever.json")) : json("[]");
			case "/posting-api/job-board/example" -> json(fixture("ashby.json"));
			case "/api/v1/widget/accounts/example" -> json(fixture("workable.json"));
			case "/v1/companies/ExampleGroup/postings" -> json(fixture("smartrecruiters-list.json"));
			case "/v1/companies/ExampleGroup/postings/744000012345601" ->
				json(fixture("smartrecruiters-744000012345601.json"));
			case "/v1/companies/ExampleGroup/postings/744000012345603" ->
				json(fixture("smartrecruiters-744000012345603.json"));
			case "/careers" -> html(fixture("careers-page.html"));
			case "/jobs/er-312" -> html(fixture("careers-job.html"));
			case "/robots.txt" -> new MockResponse.Builder().code(200)
				.setHeader("Content-Type", "text/plain")
				.body(fixture("robots.txt"))
				.build();
			default -> status(404);
		};
	}

	private static MockResponse html(String body) {
		return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html").body(body).build();
	}

	@Override
	public void close() {
		this.server.close();
	}

}
