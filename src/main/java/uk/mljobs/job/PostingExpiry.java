package uk.mljobs.job;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.mljobs.system.ClusterJobs;

/**
 * Ends published postings once their closing date has passed, every quarter of an hour
 * (and pages treat a passed date as closed even before this runs). Every instance fires
 * the schedule; {@link ClusterJobs} lets one of them run it per period
 * ({@code mljobs.expiry-period}, which should match {@code mljobs.expiry-cron}).
 */
@Component
class PostingExpiry {

	static final String JOB = "posting-expiry";

	private final PostingService postings;

	private final ClusterJobs jobs;

	private final Duration period;

	PostingExpiry(PostingService postings, ClusterJobs jobs, @Value("${mljobs.expiry-period:15m}") Duration period) {
		this.postings = postings;
		this.jobs = jobs;
		this.period = period;
	}

	@Scheduled(cron = "${mljobs.expiry-cron:0 */15 * * * *}")
	void expire() {
		this.jobs.runOnce(JOB, this.period, this.postings::expireDue);
	}

}
