package uk.mljobs.imports;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * Lever's Postings API (global or EU): published postings a page of 100 at a time, raw
 * HTML, the country as an ISO code, and {@code salaryRange} where the employer sets one.
 */
final class LeverFeed implements FeedFormat {

	static final int PAGE = 100;

	/** Beyond any UK employer's board; a feed that keeps paging is broken. */
	static final int MOST_PAGES = 50;

	private final SourceKind kind;

	private final String base;

	LeverFeed(SourceKind kind, String base) {
		this.kind = kind;
		this.base = base;
	}

	@Override
	public SourceKind kind() {
		return this.kind;
	}

	@Override
	public List<FeedItem> read(String token, Fetch fetch) {
		List<FeedItem> items = new ArrayList<>();
		for (int page = 0; page < MOST_PAGES; page++) {
			JsonNode list = FeedFormat.list(fetch.json(URI.create(this.base + "/v0/postings/" + Feeds.segment(token)
					+ "?mode=json&skip=" + (page * PAGE) + "&limit=" + PAGE)), null);
			for (JsonNode posting : list.values()) {
				items.add(item(posting));
			}
			if (list.size() < PAGE) {
				return items;
			}
		}
		throw FeedException.format("more than " + (MOST_PAGES * PAGE) + " postings");
	}

	private static FeedItem item(JsonNode posting) {
		String id = FeedFormat.text(posting.path("id"));
		if (id == null) {
			throw FeedException.format("a posting without an 'id'");
		}
		JsonNode categories = posting.path("categories");
		StringBuilder html = new StringBuilder(
				String.valueOf(java.util.Objects.requireNonNullElse(FeedFormat.text(posting.path("description")), "")));
		for (JsonNode list : posting.path("lists").values()) {
			String heading = FeedFormat.text(list.path("text"));
			String content = FeedFormat.text(list.path("content"));
			if (content != null) {
				html.append((heading != null) ? "<h3>" + org.jsoup.nodes.Entities.escape(heading) + "</h3>" : "")
					.append("<ul>")
					.append(content)
					.append("</ul>");
			}
		}
		String additional = FeedFormat.text(posting.path("additional"));
		if (additional != null) {
			html.append(additional);
		}
		String salary = FeedFormat.text(posting.path("salaryDescriptionPlain"));
		if (salary != null) {
			html.append("<p>").append(org.jsoup.nodes.Entities.escape(salary)).append("</p>");
		}
		return new FeedItem(id, FeedFormat.text(posting.path("text")),
				FeedFormat.texts(categories.path("location"), categories.path("allLocations")),
				FeedFormat.text(posting.path("country")), FeedFormat.text(posting.path("workplaceType")),
				FeedFormat.text(categories.path("commitment")), html.toString(),
				FeedFormat.text(posting.path("hostedUrl")), FeedFormat.instant(posting.path("createdAt")),
				pay(posting.path("salaryRange")));
	}

	private static FeedItem.Pay pay(JsonNode range) {
		long min = range.path("min").asLong(0);
		long max = range.path("max").asLong(0);
		String currency = FeedFormat.text(range.path("currency"));
		if (min <= 0 || max < min || currency == null) {
			return null;
		}
		return new FeedItem.Pay(min, max, currency.toUpperCase(Locale.ROOT),
				Feeds.interval(FeedFormat.text(range.path("interval"))));
	}

}
