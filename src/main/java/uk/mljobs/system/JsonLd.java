package uk.mljobs.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Renders schema.org structured data for a {@code <script type="application/ld+json">}
 * block, reachable from templates as {@code @jsonLd}.
 */
@Component
public class JsonLd {

	private final JsonMapper mapper;

	private final Site site;

	JsonLd(JsonMapper mapper, Site site) {
		this.mapper = mapper;
		this.site = site;
	}

	/**
	 * Serialises the data and escapes {@code <}, {@code >} and {@code &} as JSON unicode
	 * escapes, so stored text such as {@code </script>} cannot end the script element
	 * early.
	 */
	public String render(Map<String, Object> data) {
		return this.mapper.writeValueAsString(data)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

	/**
	 * A BreadcrumbList from the home page down to this page, rendered: search results
	 * show a deep page under the sections it sits in rather than as a bare address.
	 * @param trail the pages below home, the last one this page
	 */
	public String breadcrumbs(Crumb... trail) {
		List<Map<String, Object>> items = new ArrayList<>();
		items.add(item(1, "Home", "/"));
		for (Crumb crumb : trail) {
			items.add(item(items.size() + 1, crumb.name(), crumb.path()));
		}
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("@context", "https://schema.org");
		list.put("@type", "BreadcrumbList");
		list.put("itemListElement", items);
		return render(list);
	}

	private Map<String, Object> item(int position, String name, String path) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("@type", "ListItem");
		item.put("position", position);
		item.put("name", name);
		item.put("item", this.site.absolute(path));
		return item;
	}

	/**
	 * One step of a breadcrumb trail.
	 *
	 * @param name the page's name, as its heading says it
	 * @param path its path on this site
	 */
	public record Crumb(String name, String path) {
	}

}
