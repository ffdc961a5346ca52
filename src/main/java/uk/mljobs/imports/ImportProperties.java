package uk.mljobs.imports;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reading employers' own job feeds ({@code mljobs.import.*}).
 *
 * @param cron when due sources are read: hourly by default
 * @param every how long after one run a source is due again
 * @param sources sources declared as code, created or updated at start-up
 * @param greenhouse where Greenhouse's API is
 * ({@code mljobs.import.greenhouse.base-url}), and likewise for each kind, so tests and a
 * local stub can stand in
 * @param lever Lever's global API
 * @param leverEu Lever's EU API
 * @param ashby Ashby's API
 * @param workable Workable's API
 * @param smartrecruiters SmartRecruiters' API
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long a whole response may take, body included
 * @param maxBytes the largest response read; a larger one fails the run
 * @param hostInterval the least time between two requests to one host
 * @param attempts tries per request when the answer is 429 or 5xx or it times out
 * @param backoff the wait before the second try, doubling for each try after
 * @param longestRetryAfter the longest {@code Retry-After} waited for; longer fails the
 * run
 * @param failuresBeforePause consecutive failed runs after which a source is paused
 * @param privateHosts whether feeds may be read from loopback, private and link-local
 * addresses: off, so an admin's careers-page address cannot reach the board's own network
 * (a local stub turns it on)
 */
@ConfigurationProperties("mljobs.import")
record ImportProperties(@DefaultValue("0 0 * * * *") String cron, @DefaultValue("1h") Duration every,
		List<Declared> sources, @DefaultValue Endpoint greenhouse, @DefaultValue Endpoint lever,
		@DefaultValue Endpoint leverEu, @DefaultValue Endpoint ashby, @DefaultValue Endpoint workable,
		@DefaultValue Endpoint smartrecruiters, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("30s") Duration readTimeout, @DefaultValue("8000000") long maxBytes,
		@DefaultValue("1s") Duration hostInterval, @DefaultValue("3") int attempts,
		@DefaultValue("1s") Duration backoff, @DefaultValue("60s") Duration longestRetryAfter,
		@DefaultValue("5") int failuresBeforePause, @DefaultValue("false") boolean privateHosts) {

	static final Map<String, String> DEFAULT_BASE_URLS = Map.of("greenhouse", "https://boards-api.greenhouse.io",
			"lever", "https://api.lever.co", "lever-eu", "https://api.eu.lever.co", "ashby", "https://api.ashbyhq.com",
			"workable", "https://apply.workable.com", "smartrecruiters", "https://api.smartrecruiters.com");

	ImportProperties {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
		if (attempts < 1 || failuresBeforePause < 1 || maxBytes < 1024) {
			throw new IllegalArgumentException(
					"mljobs.import: attempts and failures-before-pause must be at least 1, max-bytes at least 1024");
		}
	}

	/**
	 * The kind's API address, without a trailing slash; {@code null} for careers pages.
	 */
	String baseUrl(SourceKind kind) {
		Endpoint endpoint = switch (kind) {
			case GREENHOUSE -> this.greenhouse;
			case LEVER -> this.lever;
			case LEVER_EU -> this.leverEu;
			case ASHBY -> this.ashby;
			case WORKABLE -> this.workable;
			case SMARTRECRUITERS -> this.smartrecruiters;
			case JSONLD -> null;
		};
		if (endpoint == null) {
			return null;
		}
		String url = (endpoint.baseUrl() != null) ? endpoint.baseUrl() : DEFAULT_BASE_URLS.get(kind.slug());
		return url.replaceAll("/+$", "");
	}

	/**
	 * @param baseUrl the API's address; empty for the public one
	 */
	record Endpoint(String baseUrl) {

	}

	/**
	 * A source declared in configuration.
	 *
	 * @param company the company's slug
	 * @param kind the kind's slug
	 * @param token the board token, account or site name
	 * @param url the careers page, for {@code jsonld}
	 * @param publish {@code direct} or {@code review}
	 */
	record Declared(String company, String kind, String token, String url, @DefaultValue("review") String publish) {

	}

}
