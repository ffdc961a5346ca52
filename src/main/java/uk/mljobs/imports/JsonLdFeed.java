package uk.mljobs.imports;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A careers page carrying schema.org {@code JobPosting} markup, as Google for Jobs reads
 * it: every {@code application/ld+json} block, as one object, an array or an
 * {@code @graph}; postings inline or, from an {@code ItemList}, on their own pages of the
 * same site (at most {@value #MOST_PAGES}). Pages the site's robots.txt keeps from the
 * board are not read.
 */
final class JsonLdFeed implements FeedFormat {

	static final int MOST_PAGES = 50;

	private final JsonMapper json;

	JsonLdFeed(JsonMapper json) {
		this.json = json;
	}

	@Override
	public SourceKind kind() {
		return SourceKind.JSONLD;
	}

	@Override
	public List<FeedItem> read(String token, Fetch fetch) {
		URI page = page(token);
		if (!fetch.allowed(page)) {
			throw new FeedException("The site's robots.txt does not let the board read " + page, false);
		}
		List<FeedItem> items = new ArrayList<>();
		Set<String> linked = new LinkedHashSet<>();
		for (JsonNode node : nodes(fetch.text(page), page)) {
			collect(node, page, items, linked);
		}
		int followed = 0;
		for (String link : linked) {
			URI target = page.resolve(link);
			if (!page.getHost().equalsIgnoreCase(target.getHost()) || followed >= MOST_PAGES
					|| !fetch.allowed(target)) {
				continue;
			}
			followed++;
			for (JsonNode node : nodes(fetch.text(target), target)) {
				collect(node, target, items, new LinkedHashSet<>());
			}
		}
		return items;
	}

	/** Whether {@code token} is a web address the feed can read. */
	static boolean isPage(String token) {
		try {
			page(token);
			return true;
		}
		catch (FeedException ex) {
			return false;
		}
	}

	static URI page(String token) {
		try {
			URI uri = URI.create(token.strip());
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
				throw new IllegalArgumentException();
			}
			return uri;
		}
		catch (IllegalArgumentException ex) {
			throw new FeedException("The careers page address is not a web address: " + token, false);
		}
	}

	/**
	 * Every JSON-LD block of the page, blocks that are not JSON left out. A page that
	 * does not end its {@code html} element was cut off on the way: reading it would lose
	 * the postings after the cut, and closing them would be wrong.
	 */
	private List<JsonNode> nodes(String html, URI base) {
		if (!html.strip().toLowerCase(Locale.ROOT).endsWith("</html>")) {
			throw new FeedException("The page " + base + " was cut off (it does not end with </html>)", true);
		}
		Document document = Jsoup.parse(html, base.toString());
		List<JsonNode> nodes = new ArrayList<>();
		for (Element script : document.select("script[type=application/ld+json]")) {
			try {
				nodes.add(this.json.readTree(script.data()));
			}
			catch (JacksonException ex) {
				// A broken block beside good ones: the good ones still count.
			}
		}
		return nodes;
	}

	private static void collect(JsonNode node, URI page, List<FeedItem> items, Set<String> linked) {
		if (node.isArray()) {
			node.values().forEach((each) -> collect(each, page, items, linked));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		if (node.has("@graph")) {
			collect(node.path("@graph"), page, items, linked);
		}
		if (typed(node, "JobPosting")) {
			items.add(item(node, page));
		}
		else if (typed(node, "ItemList")) {
			for (JsonNode element : node.path("itemListElement").values()) {
				JsonNode item = element.path("item");
				if (item.isObject() && typed(item, "JobPosting")) {
					items.add(item(item, page));
				}
				else {
					String url = FeedFormat.text(element.path("url"));
					if (url == null && item.isString()) {
						url = item.stringValue();
					}
					if (url == null) {
						url = FeedFormat.text(item.path("url"));
					}
					if (url != null) {
						linked.add(url);
					}
				}
			}
		}
	}

	private static boolean typed(JsonNode node, String type) {
		for (String value : FeedFormat.texts(node.path("@type"))) {
			if (value.equals(type) || value.endsWith(":" + type) || value.endsWith("/" + type)) {
				return true;
			}
		}
		return false;
	}

	private static FeedItem item(JsonNode posting, URI page) {
		String url = FeedFormat.text(posting.path("url"));
		JsonNode identifier = posting.path("identifier");
		String id = identifier.isObject() ? FeedFormat.text(identifier.path("value")) : FeedFormat.text(identifier);
		if (id == null) {
			id = (url != null) ? url : FeedFormat.text(posting.path("title"));
		}
		if (id == null) {
			throw FeedException.format("a JobPosting without an identifier, url or title");
		}
		List<String> locations = new ArrayList<>();
		List<String> countries = new ArrayList<>();
		JsonNode places = posting.path("jobLocation");
		for (JsonNode place : places.isArray() ? places.values() : List.of(places)) {
			JsonNode address = place.path("address");
			String text = String.join(", ",
					FeedFormat.texts(address.path("addressLocality"), address.path("addressRegion")));
			if (!text.isEmpty()) {
				locations.add(text);
			}
			countries.add(Feeds.country(countryOf(address.path("addressCountry"))));
		}
		boolean remote = FeedFormat.texts(posting.path("jobLocationType"))
			.stream()
			.anyMatch((type) -> type.toUpperCase(Locale.ROOT).contains("TELECOMMUTE"));
		JsonNode requirements = posting.path("applicantLocationRequirements");
		for (JsonNode requirement : requirements.isArray() ? requirements.values() : List.of(requirements)) {
			String country = FeedFormat.text(requirement.path("name"));
			if (country != null) {
				countries.add(Feeds.country(country));
				if (remote) {
					locations.add("Remote (" + country + ")");
				}
			}
		}
		countries.removeIf(java.util.Objects::isNull);
		String country = countries.contains("GB") ? "GB" : countries.isEmpty() ? null : countries.get(0);
		String description = FeedFormat.text(posting.path("description"));
		if (description != null && description.contains("&lt;")) {
			description = Parser.unescapeEntities(description, false);
		}
		return new FeedItem(id, FeedFormat.text(posting.path("title")), locations, country, remote ? "Remote" : null,
				String.join(" ", FeedFormat.texts(posting.path("employmentType"))), description,
				(url != null) ? page.resolve(url).toString() : page.toString(),
				FeedFormat.instant(posting.path("datePosted")), pay(posting.path("baseSalary")));
	}

	private static String countryOf(JsonNode country) {
		return country.isObject() ? FeedFormat.text(country.path("name")) : FeedFormat.text(country);
	}

	private static FeedItem.Pay pay(JsonNode salary) {
		String currency = FeedFormat.text(salary.path("currency"));
		JsonNode value = salary.path("value");
		if (currency == null || value.isMissingNode()) {
			return null;
		}
		double min;
		double max;
		String unit;
		if (value.isNumber()) {
			min = value.asDouble();
			max = min;
			unit = FeedFormat.text(salary.path("unitText"));
		}
		else {
			double single = value.path("value").asDouble(0);
			min = value.path("minValue").asDouble(single);
			max = value.path("maxValue").asDouble(Math.max(min, single));
			unit = FeedFormat.text(value.path("unitText"));
		}
		if (min <= 0 || max < min) {
			return null;
		}
		return new FeedItem.Pay(Math.round(min), Math.round(max), currency.toUpperCase(Locale.ROOT),
				Feeds.interval(unit));
	}

}
