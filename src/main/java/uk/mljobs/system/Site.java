package uk.mljobs.system;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import uk.mljobs.shared.DisplayNamed;

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
		String path = request.getRequestURI();
		return new PageContext(name(), absolute(path) + canonicalQuery(request.getQueryString()), path, viewer(),
				this.properties.demo().enabled());
	}

	/**
	 * The query of a canonical address: one spelling of each state of a page, whatever
	 * order the parameters came in. Empty values, page 1, the paging anchor and tracking
	 * parameters go; the rest are sorted by name, each with its first value.
	 */
	static String canonicalQuery(String query) {
		if (query == null || query.isEmpty()) {
			return "";
		}
		SortedMap<String, String> kept = new TreeMap<>();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = decode((equals < 0) ? "" : pair.substring(equals + 1));
			if (name == null || value == null) {
				return "";
			}
			value = value.strip();
			boolean noise = value.isEmpty() || name.equals("asOf") || name.equals("after")
					|| (name.equals("page") && value.equals("1")) || name.startsWith("utm_") || TRACKING.contains(name);
			if (!noise) {
				kept.putIfAbsent(name, value);
			}
		}
		StringBuilder canonical = new StringBuilder();
		kept.forEach((name, value) -> canonical.append(canonical.isEmpty() ? "?" : "&")
			.append(encode(name))
			.append('=')
			.append(encode(value)));
		return canonical.toString();
	}

	private static final Set<String> TRACKING = Set.of("gclid", "fbclid", "msclkid", "mc_cid", "mc_eid", "ref");

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	public boolean demo() {
		return this.properties.demo().enabled();
	}

	private static Viewer viewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		String name = (authentication.getPrincipal() instanceof DisplayNamed named) ? named.displayName()
				: authentication.getName();
		boolean admin = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
		return new Viewer(name, admin, !admin);
	}

	/**
	 * @param siteName the site's name
	 * @param canonicalUrl the page's canonical address, filters included
	 * @param path the request path, to mark the current navigation link
	 * @param viewer who is signed in, or {@code null}
	 * @param demo whether demo mode is on (the layout shows a banner)
	 */
	public record PageContext(String siteName, String canonicalUrl, String path, Viewer viewer, boolean demo) {

		public boolean isUnder(String prefix) {
			return this.path != null && (this.path.equals(prefix) || this.path.startsWith(prefix + "/"));
		}

	}

	/** The signed-in person as the layout shows them. */
	public record Viewer(String name, boolean admin, boolean recruiter) {
	}

}
