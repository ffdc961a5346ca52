package uk.mljobs.system;

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
		String query = request.getQueryString();
		String path = request.getRequestURI();
		return new PageContext(name(), absolute(path) + ((query != null) ? "?" + query : ""), path, viewer(),
				this.properties.demo().enabled());
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
