package uk.mljobs.imports;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.parser.Parser;
import tools.jackson.databind.JsonNode;

/**
 * Greenhouse's Job Board API: every published opening of a board in one list, its
 * description entity-escaped once, and pay where the employer shows pay ranges
 * ({@code pay_input_ranges}, in pence, with no interval: read from the range's title).
 */
final class GreenhouseFeed implements FeedFormat {

	private final String base;

	GreenhouseFeed(String base) {
		this.base = base;
	}

	@Override
	public SourceKind kind() {
		return SourceKind.GREENHOUSE;
	}

	@Override
	public List<FeedItem> read(String token, Fetch fetch) {
		JsonNode root = fetch.json(URI
			.create(this.base + "/v1/boards/" + Feeds.segment(token) + "/jobs?content=true&pay_transparency=true"));
		List<FeedItem> items = new ArrayList<>();
		for (JsonNode job : FeedFormat.list(root, "jobs").values()) {
			String id = FeedFormat.text(job.path("id"));
			if (id == null) {
				throw FeedException.format("a job without an 'id'");
			}
			List<String> locations = FeedFormat.texts(job.path("location").path("name"));
			job.path("offices").values().forEach((office) -> {
				String place = FeedFormat.text(office.path("location"));
				if (place != null && !locations.contains(place)) {
					locations.add(place);
				}
			});
			String content = FeedFormat.text(job.path("content"));
			items.add(
					new FeedItem(id, FeedFormat.text(job.path("title")), locations, null,
							metadata(job, "location type", "workplace", "remote"),
							metadata(job, "employment type", "job type"),
							(content != null) ? Parser.unescapeEntities(content, false) : null,
							FeedFormat.text(job.path("absolute_url")),
							java.util.Optional.ofNullable(FeedFormat.instant(job.path("first_published")))
								.orElse(FeedFormat.instant(job.path("updated_at"))),
							pay(job.path("pay_input_ranges"))));
		}
		return items;
	}

	/** A custom field's value, found by words in its name. */
	private static String metadata(JsonNode job, String... names) {
		for (JsonNode field : job.path("metadata").values()) {
			String name = FeedFormat.text(field.path("name"));
			if (name == null) {
				continue;
			}
			for (String wanted : names) {
				if (name.toLowerCase(Locale.ROOT).contains(wanted)) {
					return FeedFormat.text(field.path("value"));
				}
			}
		}
		return null;
	}

	private static FeedItem.Pay pay(JsonNode ranges) {
		for (JsonNode range : ranges.values()) {
			long min = range.path("min_cents").asLong(0) / 100;
			long max = range.path("max_cents").asLong(0) / 100;
			String currency = FeedFormat.text(range.path("currency_type"));
			if (min <= 0 || max < min || currency == null) {
				continue;
			}
			String words = (String.valueOf(FeedFormat.text(range.path("title"))) + " "
					+ String.valueOf(FeedFormat.text(range.path("blurb"))))
				.toLowerCase(Locale.ROOT);
			String interval = words.matches("(?s).*\\b(day|daily)\\b.*") ? "DAY"
					: words.matches("(?s).*\\b(hour|hourly)\\b.*") ? "HOUR"
							: words.matches("(?s).*\\b(month|monthly)\\b.*") ? "MONTH" : "YEAR";
			return new FeedItem.Pay(min, max, currency.toUpperCase(Locale.ROOT), interval);
		}
		return null;
	}

}
