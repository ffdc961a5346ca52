package uk.mljobs.seeker;

import java.util.Set;

import org.springframework.stereotype.Component;

import uk.mljobs.job.HiddenPostings;

/**
 * The postings a seeker hid, for the search to leave out of their results: the newest
 * {@value SeekerJobs#MOST_HIDDEN}.
 */
@Component
class SeekerHiddenPostings implements HiddenPostings {

	private final SeekerJobs jobs;

	SeekerHiddenPostings(SeekerJobs jobs) {
		this.jobs = jobs;
	}

	@Override
	public Set<Long> hiddenBy(long accountId) {
		return this.jobs.hiddenIds(accountId);
	}

}
