package uk.mljobs.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import uk.mljobs.system.SiteProperties;

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
 * within the minute.
 * <p>
 * A page is rendered by one request at a time: at 1,000,000 postings a guide takes
 * seconds to render, and sixteen visitors arriving as it expired each rendered it again,
 * which made the slowest 5% of content pages take over a second in the benchmark. Now the
 * others wait for that one render (at most {@link #WAIT}) when there is no page yet, or
 * are sent the expired page while it is rendered afresh ({@code stale}).
 * {@code X-Page-Cache} says {@code hit}, {@code stale} or {@code miss} (rendered for this
 * request).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class PublicPageCache extends OncePerRequestFilter {

	private static final Pattern CACHED = Pattern.compile("^/(roles(/[a-z0-9-]+)?|salaries|companies(/[a-z0-9-]+)?)?$");

	/**
	 * How long a request waits for another's render of the same page before rendering it
	 * itself.
	 */
	static final Duration WAIT = Duration.ofSeconds(5);

	/** Pages are at most about 100 kB; 32 MB of them is plenty. */
	private static final long MAX_BYTES = 32L * 1024 * 1024;

	/**
	 * Headers a kept page is sent with again: the rest are per response. Strict transport
	 * security is said over HTTPS only, so a page rendered for an HTTPS visitor must not
	 * replay it to a plain-HTTP one; the security filters write it afresh for each
	 * request.
	 */
	private static final Set<String> NOT_KEPT = Set.of("set-cookie", "x-page-cache", "content-length", "content-type",
			"date", "transfer-encoding", "strict-transport-security");

	private record Page(String contentType, byte[] body, List<String[]> headers, Instant renderedAt) {
	}

	/**
	 * Pages by path and query; an expired one is kept as long again, to be sent while it
	 * is rendered afresh.
	 */
	private final Cache<String, Page> pages;

	/** The pages being rendered now, each with what its waiters wait on. */
	private final ConcurrentMap<String, CountDownLatch> rendering = new ConcurrentHashMap<>();

	/**
	 * Counts the times the cache was emptied, so a render that began before an admin's
	 * change is not kept after it.
	 */
	private final AtomicLong generation = new AtomicLong();

	private final Duration ttl;

	private final Clock clock;

	private final boolean enabled;

	PublicPageCache(SiteProperties site, Clock clock) {
		Duration ttl = site.pageCache();
		this.enabled = !ttl.isZero();
		this.ttl = ttl;
		this.clock = clock;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(MAX_BYTES)
			.weigher((String key, Page page) -> key.length() + page.body().length)
			.expireAfterWrite(this.enabled ? ttl.multipliedBy(2) : Duration.ofSeconds(1))
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
		if (page != null && fresh(page)) {
			send(page, "hit", request, response);
			return;
		}
		CountDownLatch mine = new CountDownLatch(1);
		CountDownLatch other = this.rendering.putIfAbsent(key, mine);
		if (other != null) {
			if (page != null) {
				send(page, "stale", request, response);
				return;
			}
			if (awaitRender(other) && (page = this.pages.getIfPresent(key)) != null) {
				send(page, "hit", request, response);
				return;
			}
			// That render took too long, or gave nothing to keep (an error page, a
			// session).
			render(key, request, response, chain);
			return;
		}
		try {
			// Another request may have kept it between the look above and taking the
			// turn.
			Page kept = this.pages.getIfPresent(key);
			if (kept != null && fresh(kept)) {
				send(kept, "hit", request, response);
				return;
			}
			render(key, request, response, chain);
		}
		finally {
			this.rendering.remove(key, mine);
			mine.countDown();
		}
	}

	private boolean fresh(Page page) {
		return page.renderedAt().plus(this.ttl).isAfter(this.clock.instant());
	}

	private static boolean awaitRender(CountDownLatch render) {
		try {
			return render.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * As Spring Security's header writer says it (its default), for a kept page sent over
	 * HTTPS: kept pages never carry it, so plain-HTTP visitors are never sent it.
	 */
	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

	private static void send(Page page, String how, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
		Set<String> sent = new java.util.HashSet<>();
		for (String[] header : page.headers()) {
			if (sent.add(header[0])) {
				response.setHeader(header[0], header[1]);
			}
			else {
				response.addHeader(header[0], header[1]);
			}
		}
		response.setHeader("X-Page-Cache", how);
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long generation = this.generation.get();
		Instant started = this.clock.instant();
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
			Page page = new Page(type, wrapper.getContentAsByteArray(), List.copyOf(headers), started);
			if (this.generation.get() == generation) {
				this.pages.put(key, page);
			}
		}
		wrapper.copyBodyToResponse();
	}

	private void empty() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onBandsChanged(SalaryBandsChanged changed) {
		empty();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onCuratedContentChanged(CuratedContentChanged changed) {
		empty();
	}

	@EventListener
	void onChangedElsewhere(ChangedElsewhere changed) {
		if (changed.concerns(SalaryBandsChanged.TOPIC) || changed.concerns(CuratedContentChanged.TOPIC)) {
			empty();
		}
	}

}
