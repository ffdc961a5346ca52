package uk.mljobs.imports;

import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.mljobs.shared.PostingsChanged;
import uk.mljobs.support.FeedStub;

/**
 * The application with every ATS kind's API at one stub (one context for all import
 * tests), one try per request, and sources paused after three failed runs. Each test
 * leaves no source or imported posting behind.
 */
abstract class StubbedFeeds {

	static final FeedStub STUB = new FeedStub();

	@DynamicPropertySource
	static void feeds(DynamicPropertyRegistry registry) {
		STUB.register(registry);
		registry.add("mljobs.import.failures-before-pause", () -> "3");
	}

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@AfterEach
	void removeSources() {
		STUB.standard("/v1/boards/example/jobs");
		this.jdbc.update("DELETE FROM posting WHERE source_id IS NOT NULL");
		this.jdbc.update("DELETE FROM job_source");
		this.events.publishEvent(new PostingsChanged());
	}

}
