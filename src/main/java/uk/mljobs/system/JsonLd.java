package uk.mljobs.system;

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

	JsonLd(JsonMapper mapper) {
		this.mapper = mapper;
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

}
