package uk.mljobs.imports;

import java.time.Instant;

/**
 * A source as its admin page shows it.
 *
 * @param direct its postings go live at once, rather than to the moderation queue
 * @param declared it is declared in configuration
 * @param failures failed runs in a row
 * @param seen items in the feed at the last successful run; {@code null} before one
 */
record Source(long id, long companyId, SourceKind kind, String token, boolean direct, boolean declared,
		Instant pausedAt, String pausedReason, Instant nextRunAt, Instant runningSince, Instant lastRunAt,
		Instant lastSuccessAt, int failures, String lastError, Integer seen, Integer created, Integer updated,
		Integer closed, Integer skipped, int version) {

	public boolean paused() {
		return this.pausedAt != null;
	}

	public boolean running() {
		return this.runningSince != null;
	}

}
