package uk.mljobs.system;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
	 * Forms whose every combination of parameters is a page of its own to a crawler: the
	 * job search (a crawler queued 11,479 of its filter pages after reading 400) and the
	 * alert form beside it. Their variants share the plain page's title and say little of
	 * their own, so they stay out of the index and name the plain page as canonical,
	 * while their links (to postings) may still be followed. Each maps to the parameters
	 * that still make a page of its own: the plain search's further pages.
	 */
	private static final Map<String, Set<String>> SEARCH_FORMS = Map.of("/jobs", Set.of("page"), "/alerts/new",
			Set.of());

	/**
	 * What the layout prints for this request: site name, canonical address, whether the
	 * page is for search engines' indexes, current path.
	 */
	public PageContext pageContext(HttpServletRequest request) {
		String path = request.getRequestURI();
		SortedMap<String, String> parameters = canonicalParameters(request.getQueryString());
		Set<String> ownPages = SEARCH_FORMS.get(path);
		boolean variant = ownPages != null && !ownPages.containsAll(parameters.keySet());
		String canonical = absolute(path) + (variant ? "" : query(parameters));
		return new PageContext(name(), canonical, path, viewer(), this.properties.demo().enabled(), !variant);
	}

	/**
	 * The query of a canonical address: one spelling of each state of a page, whatever
	 * order the parameters came in. Empty values, page 1, the paging anchor and tracking
	 * parameters go; the rest are sorted by name, each with its first value.
	 */
	static String canonicalQuery(String query) {
		return query(canonicalParameters(query));
	}

	private static String query(SortedMap<String, String> parameters) {
		StringBuilder canonical = new StringBuilder();
		parameters.forEach((name, value) -> canonical.append(canonical.isEmpty() ? "?" : "&")
			.append(encode(name))
			.append('=')
			.append(encode(value)));
		return canonical.toString();
	}

	/**
	 * The parameters that tell one state of a page from another; none when unreadable.
	 */
	private static SortedMap<String, String> canonicalParameters(String query) {
		SortedMap<String, String> kept = new TreeMap<>();
		if (query == null || query.isEmpty()) {
			return kept;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = decode((equals < 0) ? "" : pair.substring(equals + 1));
			if (name == null || value == null) {
				return new TreeMap<>();
			}
			value = value.strip();
			boolean noise = value.isEmpty() || name.equals("asOf") || name.equals("after")
					|| (name.equals("page") && value.equals("1")) || name.startsWith("utm_") || TRACKING.contains(name);
			if (!noise) {
				kept.putIfAbsent(name, value);
			}
		}
		return kept;
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
		boolean seeker = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_SEEKER".equals(authority.getAuthority()));
		return new Viewer(name, admin, !admin && !seeker, seeker);
	}

	/**
	 * @param siteName the site's name
	 * @param canonicalUrl the page's canonical address, filters included (a search form's
	 * variants name the plain form)
	 * @param path the request path, to mark the current navigation link
	 * @param viewer who is signed in, or {@code null}
	 * @param demo whether demo mode is on (the layout shows a banner)
	 * @param indexable whether search engines may index the page ({@code false} for a
	 * search form's variants, which are {@code noindex, follow})
	 */
	public record PageContext(String siteName, String canonicalUrl, String path, Viewer viewer, boolean demo,
			boolean indexable) {

		public boolean isUnder(String prefix) {
			return this.path != null && (this.path.equals(prefix) || this.path.startsWith(prefix + "/"));
		}

	}

	/** The signed-in person as the layout shows them. */
	public record Viewer(String name, boolean admin, boolean recruiter, boolean seeker) {
	}

}
