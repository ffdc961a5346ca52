package uk.mljobs.job;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends published postings once their closing date has passed, every quarter of an hour
 * (and pages treat a passed date as closed even before this runs).
 */
@Component
class PostingExpiry {

	private final PostingService postings;

	PostingExpiry(PostingService postings) {
		this.postings = postings;
	}

	@Scheduled(cron = "${mljobs.expiry-cron:0 */15 * * * *}")
	void expire() {
		this.postings.expireDue();
	}

}
