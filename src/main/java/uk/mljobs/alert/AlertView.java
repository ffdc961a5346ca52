package uk.mljobs.alert;

import java.time.Instant;

/**
 * An alert as its owner sees it.
 *
 * @param id database id
 * @param label the search in words
 * @param query the search as /jobs parameters
 * @param frequency DAILY or WEEKLY
 * @param confirmedAt when the address confirmed it, or {@code null} while it waits
 * @param lastSentAt when a digest last went out, or {@code null}
 */
public record AlertView(long id, String label, String query, String frequency, Instant confirmedAt,
		Instant lastSentAt) {

	public boolean confirmed() {
		return this.confirmedAt != null;
	}

	public String searchPath() {
		return this.query.isEmpty() ? "/jobs" : "/jobs?" + this.query;
	}

	public String frequencyWords() {
		return "WEEKLY".equals(this.frequency) ? "weekly" : "daily";
	}

}
