package uk.mljobs.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import uk.mljobs.system.SiteProperties;

/**
 * How the board fetches employers' feeds, politely and defensively: Spring's
 * {@link RestClient} on the JDK's HTTP client; one request at a time to each host, with
 * {@code host-interval} between them; a deadline on the whole response, body included; a
 * cap on its size; conditional requests ({@code If-None-Match},
 * {@code If-Modified-Since}) against what this instance last read; retries with backoff
 * on 429, 5xx and timeouts, waiting for {@code Retry-After} where it is given; robots.txt
 * honoured for careers pages; and a User-Agent naming the board and its contact page.
 */
@Component
class FeedClient {

	private static final Logger log = LoggerFactory.getLogger(FeedClient.class);

	private final ImportProperties properties;

	private final JsonMapper json;

	private final RestClient http;

	private final String userAgent;

	private final Clock clock;

	private final Map<String, ReentrantLock> hosts = new ConcurrentHashMap<>();

	private final Map<String, Instant> lastRequest = new ConcurrentHashMap<>();

	/** What was last read from each address, for conditional requests. */
	private final Cache<URI, Cached> read = Caffeine.newBuilder()
		.maximumWeight(64_000_000)
		.weigher((URI uri, Cached cached) -> cached.body().length + 200)
		.build();

	private final ExecutorService readers = Executors.newCachedThreadPool((work) -> {
		Thread thread = new Thread(work, "feed-reader");
		thread.setDaemon(true);
		return thread;
	});

	FeedClient(ImportProperties properties, JsonMapper json, SiteProperties site, Clock clock) {
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		this.userAgent = "MLJobsUK-FeedReader/1.0 (+" + site.baseUrl() + "/contact)";
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			// Each redirect is followed here, so that its target is checked like the
			// first.
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
		factory.setReadTimeout(properties.readTimeout());
		this.http = RestClient.builder().requestFactory(factory).build();
	}

	private record Cached(String etag, String lastModified, byte[] body) {

	}

	/** A feed fetch for one run; robots.txt is read once per host per run. */
	FeedFormat.Fetch forRun() {
		Map<String, Robots> robots = new ConcurrentHashMap<>();
		return new FeedFormat.Fetch() {

			@Override
			public JsonNode json(URI uri) {
				byte[] body = get(uri, MediaType.APPLICATION_JSON_VALUE);
				try {
					return FeedClient.this.json.readTree(body);
				}
				catch (JacksonException ex) {
					throw FeedException.format("the response from " + uri.getHost() + " is not JSON");
				}
			}

			@Override
			public String text(URI uri) {
				return new String(get(uri, "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"),
						StandardCharsets.UTF_8);
			}

			@Override
			public boolean allowed(URI uri) {
				String origin = uri.getScheme() + "://" + uri.getRawAuthority();
				return robots.computeIfAbsent(origin, (key) -> robotsOf(URI.create(key + "/robots.txt")))
					.allows(uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : ""));
			}

		};
	}

	private Robots robotsOf(URI robots) {
		try {
			Response response = once(robots, "text/plain", false);
			if (response.status() >= 200 && response.status() < 300) {
				return Robots.parse(new String(response.body(), StandardCharsets.UTF_8), Robots.AGENT);
			}
			// No robots.txt (4xx) lets everything be read; a failing one (5xx) nothing.
			return (response.status() >= 500) ? Robots.NOTHING : Robots.EVERYTHING;
		}
		catch (FeedException ex) {
			return Robots.NOTHING;
		}
	}

	/**
	 * The body at {@code uri}, after retries and redirects; throws {@link FeedException}
	 * when it cannot.
	 */
	byte[] get(URI uri, String accept) {
		URI target = uri;
		for (int hop = 0; hop <= MOST_REDIRECTS; hop++) {
			Object answer = getOnce(target, accept);
			if (answer instanceof byte[] body) {
				return body;
			}
			target = (URI) answer;
		}
		throw new FeedException(uri.getHost() + " redirected more than " + MOST_REDIRECTS + " times", false);
	}

	/** Redirects followed for one request at most. */
	static final int MOST_REDIRECTS = 5;

	/** The body, or where a redirect points. */
	private Object getOnce(URI uri, String accept) {
		FeedException last = null;
		for (int attempt = 1; attempt <= this.properties.attempts(); attempt++) {
			Response response;
			try {
				response = once(uri, accept, true);
			}
			catch (FeedException ex) {
				if (!ex.retryable()) {
					throw ex;
				}
				last = ex;
				pause(backoff(attempt, null));
				continue;
			}
			if (response.status() == 304) {
				Cached cached = this.read.getIfPresent(uri);
				if (cached != null) {
					return cached.body();
				}
				throw new FeedException(uri.getHost() + " answered 304 to an unconditional request", true);
			}
			if (response.status() >= 200 && response.status() < 300) {
				String etag = response.headers().getETag();
				String modified = response.headers().getFirst(HttpHeaders.LAST_MODIFIED);
				if (etag != null || modified != null) {
					this.read.put(uri, new Cached(etag, modified, response.body()));
				}
				return response.body();
			}
			if (response.status() == 429 || response.status() >= 500) {
				last = new FeedException(uri.getHost() + " answered " + response.status(), true);
				Duration wait = backoff(attempt, response.headers().getFirst(HttpHeaders.RETRY_AFTER));
				if (wait.compareTo(this.properties.longestRetryAfter()) > 0) {
					throw new FeedException(
							uri.getHost() + " asked to wait " + wait.toSeconds() + " s before trying again", true);
				}
				if (attempt < this.properties.attempts()) {
					pause(wait);
				}
				continue;
			}
			if (response.status() >= 300 && response.status() < 400 && response.headers().getLocation() != null) {
				return uri.resolve(response.headers().getLocation());
			}
			if (response.status() == 404 || response.status() == 410) {
				throw new FeedException(
						uri.getHost() + " has no such board (" + response.status() + "): check the source's token",
						false);
			}
			throw new FeedException(uri.getHost() + " answered " + response.status(), false);
		}
		throw last;
	}

	private record Response(int status, HttpHeaders headers, byte[] body) {

	}

	/**
	 * One request, alone on its host, within the read timeout for the whole response.
	 */
	private Response once(URI uri, String accept, boolean conditional) {
		if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
			throw new FeedException("Not a web address: " + uri, false);
		}
		if (!this.properties.privateHosts()) {
			refusePrivate(uri);
		}
		ReentrantLock host = this.hosts.computeIfAbsent(uri.getRawAuthority(), (key) -> new ReentrantLock());
		host.lock();
		try {
			Instant previous = this.lastRequest.get(uri.getRawAuthority());
			if (previous != null) {
				Duration since = Duration.between(previous, this.clock.instant());
				if (since.compareTo(this.properties.hostInterval()) < 0) {
					pause(this.properties.hostInterval().minus(since));
				}
			}
			Cached cached = conditional ? this.read.getIfPresent(uri) : null;
			AtomicReference<InputStream> open = new AtomicReference<>();
			Future<Response> response = this.readers.submit(() -> this.http.get()
				.uri(uri)
				.header(HttpHeaders.USER_AGENT, this.userAgent)
				.header(HttpHeaders.ACCEPT, accept)
				.headers((headers) -> {
					if (cached != null && cached.etag() != null) {
						headers.setIfNoneMatch(cached.etag());
					}
					if (cached != null && cached.lastModified() != null) {
						headers.set(HttpHeaders.IF_MODIFIED_SINCE, cached.lastModified());
					}
				})
				.exchange((request, answer) -> {
					HttpStatusCode status = answer.getStatusCode();
					long length = answer.getHeaders().getContentLength();
					if (length > this.properties.maxBytes()) {
						throw tooLarge(uri);
					}
					InputStream body = answer.getBody();
					open.set(body);
					byte[] read = capped(body, uri);
					if (length >= 0 && read.length < length && status.value() != 304) {
						throw new FeedException("The answer from " + uri.getHost() + " was cut off after " + read.length
								+ " of " + length + " bytes", true);
					}
					return new Response(status.value(), answer.getHeaders(), read);
				}, false));
			try {
				return response.get(this.properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				response.cancel(true);
				closeQuietly(open.get());
				throw new FeedException(uri.getHost() + " took longer than " + this.properties.readTimeout().toSeconds()
						+ " s to answer", true);
			}
			catch (ExecutionException ex) {
				Throwable cause = ex.getCause();
				if (cause instanceof FeedException feed) {
					throw feed;
				}
				throw new FeedException(uri.getHost() + " could not be read: " + rootMessage(cause), true, cause);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new FeedException("Interrupted while reading " + uri.getHost(), true, ex);
			}
		}
		finally {
			this.lastRequest.put(uri.getRawAuthority(), this.clock.instant());
			host.unlock();
		}
	}

	/**
	 * A host on the board's own machine or network is not read: see
	 * {@code private-hosts}.
	 */
	private static void refusePrivate(URI uri) {
		java.net.InetAddress[] addresses;
		try {
			addresses = java.net.InetAddress.getAllByName(uri.getHost());
		}
		catch (java.net.UnknownHostException ex) {
			throw new FeedException(uri.getHost() + " is not a known host", true);
		}
		for (java.net.InetAddress address : addresses) {
			if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
					|| address.isAnyLocalAddress() || address.isMulticastAddress()
					|| (address instanceof java.net.Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc)) {
				throw new FeedException(uri.getHost() + " is on a private network: the board does not read it", false);
			}
		}
	}

	private byte[] capped(InputStream body, URI uri) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[16_384];
		int n;
		while ((n = body.read(buffer)) != -1) {
			out.write(buffer, 0, n);
			if (out.size() > this.properties.maxBytes()) {
				throw tooLarge(uri);
			}
		}
		return out.toByteArray();
	}

	private FeedException tooLarge(URI uri) {
		return new FeedException("The response from " + uri.getHost() + " is larger than "
				+ (this.properties.maxBytes() / 1_000_000) + " MB", false);
	}

	/**
	 * {@code backoff}, twice that, four times…, or what {@code Retry-After} asks (seconds
	 * or an HTTP date).
	 */
	Duration backoff(int attempt, String retryAfter) {
		if (retryAfter != null && !retryAfter.isBlank()) {
			String value = retryAfter.strip();
			if (value.matches("\\d{1,9}")) {
				return Duration.ofSeconds(Long.parseLong(value));
			}
			try {
				Duration until = Duration.between(this.clock.instant(),
						ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
				return until.isNegative() ? Duration.ZERO : until;
			}
			catch (DateTimeParseException ex) {
				// An unreadable Retry-After: back off as if there were none.
			}
		}
		return this.properties.backoff().multipliedBy(1L << Math.min(attempt - 1, 5));
	}

	private static void pause(Duration wait) {
		if (wait.isZero() || wait.isNegative()) {
			return;
		}
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FeedException("Interrupted while waiting to retry", true, ex);
		}
	}

	private static void closeQuietly(InputStream stream) {
		if (stream == null) {
			return;
		}
		try {
			stream.close();
		}
		catch (IOException ex) {
			log.debug("Closing a timed-out feed response failed", ex);
		}
	}

	private static String rootMessage(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
