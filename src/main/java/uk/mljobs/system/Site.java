package uk.mljobs.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The site's public identity: its name and origin, and the context every page's layout
 * needs.
 */
@Component
public class Site {

	private final SiteProperties properties;

	Site(SiteProperties properties) {
		this.properties = properties;
	}

	public String name() {
		return this.properties.name();
	}

	public String absolute(String path) {
		return this.properties.baseUrl() + path;
	}

	/**
	 * What the layout prints for this request: site name, canonical address, current
	 * path.
	 */
	public PageContext pageContext(HttpServletRequest request) {
		String query = request.getQueryString();
		String path = request.getRequestURI();
		return new PageContext(name(), absolute(path) + ((query != null) ? "?" + query : ""), path);
	}

	/**
	 * @param siteName the site's name
	 * @param canonicalUrl the page's canonical address, filters included
	 * @param path the request path, to mark the current navigation link
	 */
	public record PageContext(String siteName, String canonicalUrl, String path) {

		public boolean isUnder(String prefix) {
			return this.path != null && (this.path.equals(prefix) || this.path.startsWith(prefix + "/"));
		}

	}

}
