package uk.mljobs.job;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.mljobs.job.SearchResults.Facet;
import uk.mljobs.shared.Gbp;

/**
 * Addresses of searches near the current one, so every state of {@code /jobs} is a link
 * that can be shared: another page, one filter value added or taken away, one filter
 * removed. A filter with several values repeats its parameter.
 */
public record SearchLinks(String path, Map<String, List<String>> parameters, Long asOf) {

	public SearchLinks(String path, Map<String, List<String>> parameters) {
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
		Map<String, List<String>> next = new LinkedHashMap<>(this.parameters);
		next.remove("page");
		next.remove("after");
		if (page > 1) {
			next.put("page", List.of(String.valueOf(page)));
			if (this.asOf != null) {
				next.putIfAbsent("asOf", List.of(String.valueOf(this.asOf)));
			}
		}
		else {
			next.remove("asOf");
		}
		return build(next);
	}

	/** This search, from its first page, with the parameter set to one value. */
	public String with(String name, String value) {
		Map<String, List<String>> next = firstPage();
		next.put(name, List.of(value));
		return build(next);
	}

	/**
	 * This search, from its first page, with several parameters set, or removed (to
	 * {@code null}).
	 */
	public String with(Map<String, List<String>> values) {
		Map<String, List<String>> next = firstPage();
		values.forEach((name, value) -> {
			if (value == null || value.isEmpty()) {
				next.remove(name);
			}
			else {
				next.put(name, value);
			}
		});
		return build(next);
	}

	/** Another search altogether, such as the one a search was understood as. */
	public String of(Map<String, List<String>> parameters) {
		return build(parameters);
	}

	/** This search with one more value of a filter, or one fewer when it had it. */
	public String toggle(String name, String value) {
		Map<String, List<String>> next = firstPage();
		List<String> values = new ArrayList<>(next.getOrDefault(name, List.of()));
		if (!values.remove(value)) {
			values.add(value);
		}
		if (values.isEmpty()) {
			next.remove(name);
		}
		else {
			next.put(name, List.copyOf(values));
		}
		return build(next);
	}

	public String without(String name) {
		Map<String, List<String>> next = firstPage();
		next.remove(name);
		if ("near".equals(name)) {
			next.remove("within");
			next.remove("remote");
			next.remove("sort");
		}
		return build(next);
	}

	private Map<String, List<String>> firstPage() {
		Map<String, List<String>> next = new LinkedHashMap<>(this.parameters);
		next.remove("page");
		next.remove("asOf");
		next.remove("after");
		return next;
	}

	/**
	 * The facets as the page shows them: each value's link and count written out here,
	 * once, rather than worked out by template expressions a hundred times a page.
	 */
	public List<FacetLinks> facets(List<Facet> facets) {
		return facets.stream()
			.map((facet) -> new FacetLinks(facet.name(), facet.label(), without(facet.name()), facet.multiple(),
					facet.values()
						.stream()
						.map((value) -> new ValueLink(value.value(), value.label(),
								(facet.capped() && value.count() > 0 ? "~" : "") + Gbp.grouped(value.count()),
								toggle(facet.name(), value.value()), value.selected(), value.count() > 0))
						.toList()))
			.toList();
	}

	/** The changes a search offers, as links. */
	public List<Relaxation> relaxations(List<SearchResults.Suggestion> suggestions) {
		return suggestions.stream()
			.map((suggestion) -> new Relaxation(suggestion.label(), with(suggestion.changes()), suggestion.jobs()))
			.toList();
	}

	/**
	 * @param jobs what it would find, such as "12 jobs"
	 */
	public record Relaxation(String label, String href, String jobs) {
	}

	/**
	 * @param removeHref this search without the facet's filter
	 * @param multiple whether several of its values may be chosen at once
	 */
	public record FacetLinks(String name, String label, String removeHref, boolean multiple, List<ValueLink> values) {
	}

	/**
	 * @param value the slug the parameter takes
	 * @param count as shown: "~12,000" when it is an estimate (more matches than the
	 * facet scan reads)
	 * @param href this search with the value added, or taken away when selected
	 * @param possible whether choosing it would find any posting, the other filters
	 * applied: a value that would not is shown greyed, not linked
	 */
	public record ValueLink(String value, String label, String count, String href, boolean selected, boolean possible) {
	}

	private String build(Map<String, List<String>> parameters) {
		StringBuilder uri = new StringBuilder(this.path);
		char separator = '?';
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			for (String value : parameter.getValue()) {
				uri.append(separator).append(encode(parameter.getKey())).append('=').append(encode(value));
				separator = '&';
			}
		}
		return uri.toString();
	}

	/** Percent-encodes a query name or value; a space is %20, as in the address bar. */
	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
