package uk.mljobs.search;

import java.time.Instant;

/**
 * How an engine is doing, for the health endpoint and the admins' search page.
 *
 * @param state {@code building}, {@code ready}, {@code failed} or {@code starting}
 * @param documents postings in its index, or -1 where it has none of its own
 * @param position the change feed position its index includes
 * @param caughtUpAt when it last applied every change it could see
 * @param detail what went wrong, or how the last build went
 */
public record EngineStatus(String engine, String state, long documents, long position, Instant caughtUpAt,
		String detail) {
}
