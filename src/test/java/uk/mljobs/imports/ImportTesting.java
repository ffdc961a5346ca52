package uk.mljobs.imports;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import uk.mljobs.system.SiteProperties;

/**
 * Feed clients and properties for tests: every kind's API at the stub, no pause between
 * requests to a host, short backoff.
 */
final class ImportTesting {

	private ImportTesting() {
	}

	static ImportProperties properties(String stub, Duration readTimeout, long maxBytes, int attempts) {
		return properties(stub, readTimeout, maxBytes, attempts, true);
	}

	static ImportProperties properties(String stub, Duration readTimeout, long maxBytes, int attempts,
			boolean privateHosts) {
		ImportProperties.Endpoint endpoint = new ImportProperties.Endpoint(stub);
		return new ImportProperties("0 0 * * * *", Duration.ofHours(1), List.of(), endpoint, endpoint, endpoint,
				endpoint, endpoint, endpoint, Duration.ofSeconds(2), readTimeout, maxBytes, Duration.ZERO, attempts,
				Duration.ofMillis(10), Duration.ofSeconds(5), 3, privateHosts);
	}

	static ImportProperties properties(String stub) {
		return properties(stub, Duration.ofSeconds(5), 8_000_000, 3);
	}

	static FeedClient client(ImportProperties properties) {
		return new FeedClient(properties, JsonMapper.builder().build(), site(), Clock.systemUTC());
	}

	static SiteProperties site() {
		return new SiteProperties("MLJobs UK", "https://mljobs.example", false, null, null, null, "test",
				"hello@example.com", Duration.ZERO, Duration.ofMinutes(15), null);
	}

}
