package uk.mljobs.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import uk.mljobs.shared.CuratedContentChanged;
import uk.mljobs.salary.SalaryBandsChanged;
import uk.mljobs.system.ChangedElsewhere;

/**
 * Keeps the rendered HTML of the content pages (home, role guides, salaries, companies)
 * that anonymous visitors without a session ask for, for {@code mljobs.page-cache} (60 s;
 * 0 turns it off). It runs just before the security filters, so a hit skips their work: a
 * page is kept with the headers they and the app set on it (Content-Security-Policy and
 * the rest), and a hit sends them again. A request carrying a session cookie is never
 * served from here, since only the security filters can tell whose it is. An admin's
 * change to the bands or curated content empties it at once here, and on the other
 * instances when the change's announcement reaches them (milliseconds; at worst the
 * minute it keeps pages); postings shown on the home, guide and company pages appear
 * within the minute. {@code X-Page-Cache} says hit or miss.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class PublicPageCache extends OncePerRequestFilter {

	private static final Pattern CACHED = Pattern.compile("^/(roles(/[a-z0-9-]+)?|salaries|companies(/[a-z0-9-]+)?)?$");

	/** Pages are at most about 100 kB; 32 MB of them is plenty. */
	private static final long MAX_BYTES = 32L * 1024 * 1024;

	/** Headers a kept page is sent with again: the rest are per response. */
	private static final Set<String> NOT_KEPT = Set.of("set-cookie", "x-page-cache", "content-length", "content-type",
			"date", "transfer-encoding");

	private record Page(String contentType, byte[] body, List<String[]> headers) {
	}

	private final Cache<String, Page> pages;

	private final boolean enabled;

	PublicPageCache(@Value("${mljobs.page-cache:60s}") Duration ttl) {
		this.enabled = !ttl.isZero();
		this.pages = Caffeine.newBuilder()
			.maximumWeight(MAX_BYTES)
			.weigher((String key, Page page) -> key.length() + page.body().length)
			.expireAfterWrite(this.enabled ? ttl : Duration.ofSeconds(1))
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.enabled || !"GET".equals(request.getMethod()) || !CACHED.matcher(request.getRequestURI()).matches()
				|| hasSessionCookie(request) || request.getSession(false) != null;
	}

	private static boolean hasSessionCookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return false;
		}
		return Arrays.stream(request.getCookies())
			.anyMatch((cookie) -> "SESSION".equals(cookie.getName()) || "JSESSIONID".equals(cookie.getName()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getRequestURI()
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		Page page = this.pages.getIfPresent(key);
		if (page != null) {
			Set<String> sent = new java.util.HashSet<>();
			for (String[] header : page.headers()) {
				if (sent.add(header[0])) {
					response.setHeader(header[0], header[1]);
				}
				else {
					response.addHeader(header[0], header[1]);
				}
			}
			response.setHeader("X-Page-Cache", "hit");
			response.setContentType(page.contentType());
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			return;
		}
		response.setHeader("X-Page-Cache", "miss");
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		String type = wrapper.getContentType();
		// Only a plain page for everyone: no session began and no cookie was set. (Nobody
		// can be signed in without a session, and requests with one never get here.)
		if (wrapper.getStatus() == 200 && type != null && type.startsWith("text/html")
				&& request.getSession(false) == null && !wrapper.containsHeader("Set-Cookie")) {
			List<String[]> headers = new ArrayList<>();
			for (String name : wrapper.getHeaderNames()) {
				if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
					for (String value : wrapper.getHeaders(name)) {
						headers.add(new String[] { name, value });
					}
				}
			}
			this.pages.put(key, new Page(type, wrapper.getContentAsByteArray(), List.copyOf(headers)));
		}
		wrapper.copyBodyToResponse();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onBandsChanged(SalaryBandsChanged changed) {
		this.pages.invalidateAll();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onCuratedContentChanged(CuratedContentChanged changed) {
		this.pages.invalidateAll();
	}

	@EventListener
	void onChangedElsewhere(ChangedElsewhere changed) {
		if (changed.concerns(SalaryBandsChanged.TOPIC) || changed.concerns(CuratedContentChanged.TOPIC)) {
			this.pages.invalidateAll();
		}
	}

}
