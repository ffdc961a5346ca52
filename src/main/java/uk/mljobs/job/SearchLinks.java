package uk.mljobs.job;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.mljobs.job.SearchResults.Facet;
import uk.mljobs.shared.Gbp;

/**
 * Addresses of searches near the current one, so every state of {@code /jobs} is a link
 * that can be shared: another page, one filter changed, one filter removed.
 */
public record SearchLinks(String path, Map<String, String> parameters, Long asOf) {

	public SearchLinks(String path, Map<String, String> parameters) {
		this(path, parameters, null);
	}

	/**
	 * The page after this one: like {@link #page(int)}, and carrying where this page
	 * ended, when the engine gave it, so the next starts there.
	 */
	public String next(SearchResults results) {
		String link = page(results.page() + 1);
		return (results.next() != null) ? link + "&after=" + encode(results.next()) : link;
	}

	/** Later pages carry the time of the first, so new postings do not shift them. */
	public String page(int page) {
		Map<String, String> next = new LinkedHashMap<>(this.parameters);
		next.remove("page");
		next.remove("after");
		if (page > 1) {
			next.put("page", String.valueOf(page));
			if (this.asOf != null) {
				next.putIfAbsent("asOf", String.valueOf(this.asOf));
			}
		}
		else {
			next.remove("asOf");
		}
		return build(next);
	}

	public String with(String name, String value) {
		Map<String, String> next = new LinkedHashMap<>(this.parameters);
		next.remove("page");
		next.remove("asOf");
		next.remove("after");
		next.put(name, value);
		return build(next);
	}

	public String without(String name) {
		Map<String, String> next = new LinkedHashMap<>(this.parameters);
		next.remove("page");
		next.remove("asOf");
		next.remove("after");
		next.remove(name);
		return build(next);
	}

	/**
	 * The facets as the page shows them: each value's link and count written out here,
	 * once, rather than worked out by template expressions a hundred times a page.
	 */
	public List<FacetLinks> facets(List<Facet> facets) {
		return facets.stream()
			.map((facet) -> new FacetLinks(facet.name(), facet.label(), without(facet.name()), facet.values()
				.stream()
				.map((value) -> new ValueLink(value.label(), (facet.capped() ? "~" : "") + Gbp.grouped(value.count()),
						with(facet.name(), value.value()), value.selected()))
				.toList()))
			.toList();
	}

	/**
	 * @param removeHref this search without the facet's filter
	 */
	public record FacetLinks(String name, String label, String removeHref, List<ValueLink> values) {
	}

	/**
	 * @param count as shown: "~12,000" when it is an estimate (more matches than the
	 * facet scan reads)
	 */
	public record ValueLink(String label, String count, String href, boolean selected) {
	}

	private String build(Map<String, String> parameters) {
		StringBuilder uri = new StringBuilder(this.path);
		char separator = '?';
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			uri.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
			separator = '&';
		}
		return uri.toString();
	}

	/** Percent-encodes a query name or value; a space is %20, as in the address bar. */
	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
