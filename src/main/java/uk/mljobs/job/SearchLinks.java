package uk.mljobs.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses of searches near the current one, so every state of {@code /jobs} is a link
 * that can be shared: another page, one filter changed, one filter removed.
 */
public record SearchLinks(String path, Map<String, String> parameters, Long asOf) {

	public SearchLinks(String path, Map<String, String> parameters) {
		this(path, parameters, null);
	}

	/** Later pages carry the time of the first, so new postings do not shift them. */
	public String page(int page) {
		Map<String, String> next = new LinkedHashMap<>(this.parameters);
		next.remove("page");
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
		next.put(name, value);
		return build(next);
	}

	public String without(String name) {
		Map<String, String> next = new LinkedHashMap<>(this.parameters);
		next.remove("page");
		next.remove("asOf");
		next.remove(name);
		return build(next);
	}

	private String build(Map<String, String> parameters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(this.path);
		parameters.forEach(uri::queryParam);
		return uri.encode().build().toUriString();
	}

}
