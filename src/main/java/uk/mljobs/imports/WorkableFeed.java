package uk.mljobs.imports;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Workable's public widget API: an account's published jobs in one document with their
 * descriptions ({@code details=true}), remote as {@code telecommuting}, the country code
 * in {@code locations}; no structured pay.
 */
final class WorkableFeed implements FeedFormat {

	private final String base;

	WorkableFeed(String base) {
		this.base = base;
	}

	@Override
	public SourceKind kind() {
		return SourceKind.WORKABLE;
	}

	@Override
	public List<FeedItem> read(String token, Fetch fetch) {
		JsonNode root = fetch
			.json(URI.create(this.base + "/api/v1/widget/accounts/" + Feeds.segment(token) + "?details=true"));
		List<FeedItem> items = new ArrayList<>();
		for (JsonNode job : FeedFormat.list(root, "jobs").values()) {
			String id = FeedFormat.text(job.path("shortcode"));
			if (id == null) {
				throw FeedException.format("a job without a 'shortcode'");
			}
			List<String> locations = new ArrayList<>();
			List<String> countries = new ArrayList<>();
			for (JsonNode location : job.path("locations").values()) {
				if (location.path("hidden").asBoolean(false)) {
					continue;
				}
				String place = String.join(", ",
						FeedFormat.texts(location.path("city"), location.path("region"), location.path("country")));
				if (!place.isEmpty()) {
					locations.add(place);
				}
				countries.add(Feeds.country(FeedFormat.text(location.path("countryCode"))));
			}
			if (locations.isEmpty()) {
				String place = String.join(", ",
						FeedFormat.texts(job.path("city"), job.path("state"), job.path("country")));
				if (!place.isEmpty()) {
					locations.add(place);
				}
				countries.add(Feeds.country(FeedFormat.text(job.path("country"))));
			}
			String country = countries.contains("GB") ? "GB"
					: countries.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
			items.add(new FeedItem(id, FeedFormat.text(job.path("title")), locations, country,
					job.path("telecommuting").asBoolean(false) ? "Remote" : null,
					FeedFormat.text(job.path("employment_type")), FeedFormat.text(job.path("description")),
					java.util.Optional.ofNullable(FeedFormat.text(job.path("url")))
						.orElse(FeedFormat.text(job.path("shortlink"))),
					FeedFormat.instant(job.path("published_on")), null));
		}
		return items;
	}

}
