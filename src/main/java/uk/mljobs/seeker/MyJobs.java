package uk.mljobs.seeker;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What a signed-in seeker keeps, as the Save buttons on any page need it: which postings
 * are saved and when they applied. Pages read it as {@code myJobs}; visitors have none.
 */
public record MyJobs(Set<Long> savedIds, Map<Long, LocalDate> appliedOn) {

	public boolean saved(long postingId) {
		return this.savedIds.contains(postingId);
	}

	public boolean applied(long postingId) {
		return this.appliedOn.containsKey(postingId);
	}

	public LocalDate appliedOn(long postingId) {
		return this.appliedOn.get(postingId);
	}

}
