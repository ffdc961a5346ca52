package uk.mljobs.search;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.mljobs.shared.UkTime;
import uk.mljobs.system.ClusterJobs;

/**
 * Keeps the change feed small: once a day, on one instance, changes older than
 * {@link SearchEngineProperties#keepChanges()} are deleted. Every index has long applied
 * them; one that has not (an instance away for longer) rebuilds when it comes back.
 */
@Component
class SearchHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(SearchHousekeeping.class);

	private final ChangeFeed feed;

	private final ClusterJobs jobs;

	private final SearchEngineProperties properties;

	SearchHousekeeping(ChangeFeed feed, ClusterJobs jobs, SearchEngineProperties properties) {
		this.feed = feed;
		this.jobs = jobs;
		this.properties = properties;
	}

	@Scheduled(cron = "${mljobs.search.prune-cron:0 40 3 * * *}", zone = UkTime.ZONE_ID)
	void prune() {
		this.jobs.runOnce("search-change-prune", Duration.ofDays(1), () -> {
			int pruned = this.feed.prune(this.properties.keepChanges());
			if (pruned > 0) {
				log.info("Pruned {} search changes older than {}", pruned, this.properties.keepChanges());
			}
		});
	}

}
