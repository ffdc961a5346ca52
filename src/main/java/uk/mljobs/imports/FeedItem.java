package uk.mljobs.imports;

import java.time.Instant;
import java.util.List;

/**
 * One opening as an employer's feed gives it, before the board reads it: the fields every
 * kind of feed has, in the feed's own words.
 *
 * @param id the feed's id for the opening, stable across runs
 * @param title the job title
 * @param locations location texts, the main one first
 * @param countryCode ISO 3166 alpha-2 where the feed gives one, else {@code null}
 * @param workplace the feed's work-mode field in its words ("remote", "Hybrid",
 * "on-site"), or {@code null}
 * @param commitment the feed's employment-type field in its words ("Full-time",
 * "Contract"), or {@code null}
 * @param descriptionHtml the description as HTML (unescaped), not yet sanitised
 * @param url the opening's page on the employer's site
 * @param published when the employer published it, where the feed says
 * @param pay structured pay where the feed has it, else {@code null}
 */
record FeedItem(String id, String title, List<String> locations, String countryCode, String workplace,
		String commitment, String descriptionHtml, String url, Instant published, Pay pay) {

	/**
	 * Pay as a feed structures it.
	 *
	 * @param min in whole units of {@code currency}
	 * @param max likewise, at least {@code min}
	 * @param currency ISO 4217
	 * @param interval how often: {@code YEAR}, {@code DAY}, or another the board does not
	 * state ({@code HOUR}, {@code MONTH}, {@code WEEK}, {@code UNKNOWN})
	 */
	record Pay(long min, long max, String currency, String interval) {

	}

}
