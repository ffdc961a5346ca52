package uk.mljobs.imports;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * SmartRecruiters' Posting API: a company's postings a page of 100 at a time, then each
 * UK posting's own document for its description (the list carries none). No structured
 * pay.
 */
final class SmartRecruitersFeed implements FeedFormat {

	static final int PAGE = 100;

	static final int MOST_PAGES = 20;

	private final String base;

	SmartRecruitersFeed(String base) {
		this.base = base;
	}

	@Override
	public SourceKind kind() {
		return SourceKind.SMARTRECRUITERS;
	}

	@Override
	public List<FeedItem> read(String token, Fetch fetch) {
		String company = this.base + "/v1/companies/" + Feeds.segment(token) + "/postings";
		List<FeedItem> items = new ArrayList<>();
		for (int page = 0; page < MOST_PAGES; page++) {
			JsonNode root = fetch.json(URI.create(company + "?limit=" + PAGE + "&offset=" + (page * PAGE)));
			JsonNode content = FeedFormat.list(root, "content");
			for (JsonNode posting : content.values()) {
				items.add(item(posting, company, token, fetch));
			}
			long total = root.path("totalFound").asLong(0);
			if (content.size() < PAGE || (long) (page + 1) * PAGE >= total) {
				return items;
			}
		}
		throw FeedException.format("more than " + (MOST_PAGES * PAGE) + " postings");
	}

	private static FeedItem item(JsonNode posting, String company, String token, Fetch fetch) {
		String id = FeedFormat.text(posting.path("id"));
		if (id == null) {
			throw FeedException.format("a posting without an 'id'");
		}
		JsonNode location = posting.path("location");
		String country = Feeds.country(FeedFormat.text(location.path("country")));
		String place = java.util.Optional.ofNullable(FeedFormat.text(location.path("fullLocation")))
			.orElse(String.join(", ", FeedFormat.texts(location.path("city"), location.path("region"))));
		String workplace = location.path("remote").asBoolean(false) ? "Remote"
				: location.path("hybrid").asBoolean(false) ? "Hybrid" : null;
		String description = null;
		String url = "https://jobs.smartrecruiters.com/" + Feeds.segment(token) + "/" + Feeds.segment(id);
		if (country == null || "GB".equals(country)) {
			// Only a UK opening is worth its second request.
			JsonNode detail = fetch.json(URI.create(company + "/" + Feeds.segment(id)));
			StringBuilder html = new StringBuilder();
			JsonNode sections = detail.path("jobAd").path("sections");
			for (String section : List.of("jobDescription", "qualifications", "additionalInformation")) {
				String text = FeedFormat.text(sections.path(section).path("text"));
				if (text != null) {
					String title = FeedFormat.text(sections.path(section).path("title"));
					html.append((title != null) ? "<h3>" + org.jsoup.nodes.Entities.escape(title) + "</h3>" : "")
						.append(text);
				}
			}
			description = html.toString();
			String page = FeedFormat.text(detail.path("postingUrl"));
			if (page != null) {
				url = page;
			}
		}
		JsonNode type = posting.path("typeOfEmployment");
		return new FeedItem(id, FeedFormat.text(posting.path("name")), place.isEmpty() ? List.of() : List.of(place),
				country, workplace,
				java.util.Optional.ofNullable(FeedFormat.text(type.path("id")))
					.orElse(FeedFormat.text(type.path("label"))),
				description, url, FeedFormat.instant(posting.path("releasedDate")), null);
	}

}
