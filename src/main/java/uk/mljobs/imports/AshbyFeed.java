package uk.mljobs.imports;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * Ashby's public job posting API: the whole board in one document, unlisted openings left
 * out, countries as names, and salary in the compensation summary where the employer
 * shows it.
 */
final class AshbyFeed implements FeedFormat {

	private final String base;

	AshbyFeed(String base) {
		this.base = base;
	}

	@Override
	public SourceKind kind() {
		return SourceKind.ASHBY;
	}

	@Override
	public List<FeedItem> read(String token, Fetch fetch) {
		JsonNode root = fetch.json(
				URI.create(this.base + "/posting-api/job-board/" + Feeds.segment(token) + "?includeCompensation=true"));
		List<FeedItem> items = new ArrayList<>();
		for (JsonNode job : FeedFormat.list(root, "jobs").values()) {
			if (job.path("isListed").isBoolean() && !job.path("isListed").asBoolean()) {
				continue;
			}
			String id = FeedFormat.text(job.path("id"));
			if (id == null) {
				id = FeedFormat.text(job.path("jobUrl"));
			}
			if (id == null) {
				throw FeedException.format("a job without an 'id' or 'jobUrl'");
			}
			List<String> locations = FeedFormat.texts(job.path("location"));
			List<String> countries = new ArrayList<>();
			countries
				.add(Feeds.country(FeedFormat.text(job.path("address").path("postalAddress").path("addressCountry"))));
			for (JsonNode secondary : job.path("secondaryLocations").values()) {
				String place = FeedFormat.text(secondary.path("location"));
				if (place != null && !locations.contains(place)) {
					locations.add(place);
				}
				countries.add(Feeds.country(FeedFormat.text(secondary.path("address").path("addressCountry"))));
			}
			// Any location in the UK makes it a UK opening; else the main one's country.
			String country = countries.contains("GB") ? "GB" : countries.get(0);
			String workplace = FeedFormat.text(job.path("workplaceType"));
			if (workplace == null && job.path("isRemote").asBoolean(false)) {
				workplace = "Remote";
			}
			items.add(new FeedItem(id, FeedFormat.text(job.path("title")), locations, country, workplace,
					FeedFormat.text(job.path("employmentType")), FeedFormat.text(job.path("descriptionHtml")),
					FeedFormat.text(job.path("jobUrl")), FeedFormat.instant(job.path("publishedAt")),
					pay(job.path("compensation"))));
		}
		return items;
	}

	private static FeedItem.Pay pay(JsonNode compensation) {
		List<JsonNode> components = new ArrayList<>(compensation.path("summaryComponents").values());
		for (JsonNode tier : compensation.path("compensationTiers").values()) {
			components.addAll(tier.path("components").values());
		}
		for (JsonNode component : components) {
			if (!"salary".equalsIgnoreCase(String.valueOf(FeedFormat.text(component.path("compensationType"))))) {
				continue;
			}
			long min = Math.round(component.path("minValue").asDouble(0));
			long max = Math.round(component.path("maxValue").asDouble(0));
			String currency = FeedFormat.text(component.path("currencyCode"));
			if (min <= 0 || currency == null) {
				continue;
			}
			return new FeedItem.Pay(min, Math.max(min, max), currency.toUpperCase(Locale.ROOT),
					Feeds.interval(FeedFormat.text(component.path("interval"))));
		}
		return null;
	}

}
