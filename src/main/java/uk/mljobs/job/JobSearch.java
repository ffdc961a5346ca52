package uk.mljobs.job;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.job.SearchResults.Suggestion;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.market.TownView;

/**
 * Searches live postings: reads a search from its parameters, has {@link PostgresSearch}
 * match, count and order it, with facet counts reused for a short while
 * ({@link FacetCache}); the page of results is always read fresh. Reference data comes
 * from a {@link Vocabulary}, not the database. Each search is timed into the
 * {@code mljobs.search} histogram, tagged by the channel that asked.
 */
@Service
@Transactional(readOnly = true)
public class JobSearch {

	public static final int PAGE_SIZE = 20;

	static final int RANK_CANDIDATES = 1000;

	static final int COUNT_CAP = 1000;

	static final int FACET_SCAN = 1000;

	/** Day rates are compared with salaries over a year of 220 working days. */
	static final int WORKING_DAYS = 220;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final PostgresSearch postgres;

	private final PostingRows rows;

	private final Vocabularies vocabularies;

	private final FacetCache facetCache;

	private final Clock clock;

	private final Map<Channel, Timer> timers = new EnumMap<>(Channel.class);

	JobSearch(PostgresSearch postgres, PostingRows rows, Vocabularies vocabularies, FacetCache facetCache, Clock clock,
			MeterRegistry meters) {
		this.postgres = postgres;
		this.rows = rows;
		this.vocabularies = vocabularies;
		this.facetCache = facetCache;
		this.clock = clock;
		for (Channel channel : Channel.values()) {
			this.timers.put(channel,
					Timer.builder("mljobs.search")
						.description("Job searches, from criteria to a page of results with its facets")
						.tag("channel", channel.name().toLowerCase(Locale.ROOT))
						.publishPercentileHistogram()
						.register(meters));
		}
	}

	/** Reads a search from query parameters; unknown values are 400s. */
	public SearchCriteria criteria(Map<String, String> parameters) {
		Vocabulary words = this.vocabularies.current();
		return SearchCriteria.parse(parameters, new SearchCriteria.Lookups() {

			@Override
			public Long role(String slug) {
				RoleView role = words.rolesBySlug().get(slug);
				return (role != null) ? role.id() : null;
			}

			@Override
			public List<Long> levels(String slug) {
				return words.levelIds(slug);
			}

			@Override
			public Long region(String slug) {
				RegionView region = words.regionsBySlug().get(slug);
				return (region != null) ? region.id() : null;
			}

			@Override
			public Long town(String slug) {
				TownView town = words.ukTownsBySlug().get(slug);
				return (town != null) ? town.id() : null;
			}

			@Override
			public Long company(String slug) {
				return words.companiesBySlug().get(slug);
			}

			@Override
			public List<String> names(String parameter) {
				return words.slugs(parameter);
			}

		});
	}

	/** Now, as page links carry it in {@code asOf}. */
	public long asOfNow() {
		return this.clock.instant().toEpochMilli();
	}

	public SearchResults search(SearchCriteria criteria, Channel channel) {
		return search(criteria, PAGE_SIZE, channel);
	}

	/** A page of {@code size} results (the API lets clients choose up to 100). */
	public SearchResults search(SearchCriteria criteria, int size, Channel channel) {
		return this.timers.get(channel).record(() -> find(criteria, size));
	}

	private SearchResults find(SearchCriteria criteria, int size) {
		Vocabulary words = this.vocabularies.current();
		// Facets depend on the filters, the words and the day, not on the page or order.
		Map<String, String> facetKey = new LinkedHashMap<>(criteria.parameters());
		facetKey.remove("page");
		facetKey.remove("sort");
		facetKey.put("today", today(this.clock).toString());
		FacetCache.Counted counted = this.facetCache.get(facetKey, () -> this.postgres.count(criteria, words));
		List<PostingSummary> items = this.postgres.page(criteria, size, counted.matches() <= FACET_SCAN, words,
				facetKey);
		List<Suggestion> suggestions = (counted.matches() == 0) ? this.postgres.suggestions(criteria, words)
				: List.of();
		return new SearchResults(criteria, items, Math.min(counted.matches(), COUNT_CAP), counted.matches() > COUNT_CAP,
				counted.estimate(), criteria.page(), size, counted.facets(), suggestions);
	}

	/**
	 * Live postings matching the search that were published in {@code [from, until)},
	 * newest first, at most {@code limit}: what an alert digest lists. No facets, no
	 * ranking; the window keeps it to the published-at index's few newest rows.
	 */
	public List<PostingSummary> publishedBetween(SearchCriteria criteria, Instant from, Instant until, int limit) {
		return this.timers.get(Channel.ALERT)
			.record(() -> this.postgres.window(criteria, from, until, limit, this.vocabularies.current()));
	}

	/** Newest live postings of a company or a role, for their pages. */
	public List<PostingSummary> newest(Long companyId, Long roleId, int limit) {
		return this.rows.newest(companyId, roleId, limit, this.vocabularies.current(), today(this.clock));
	}

	/** How many postings are live: for the sitemap's paging. */
	public long liveCount() {
		return this.rows.liveCount(today(this.clock));
	}

	/**
	 * One page of the live postings in the order they were made, for a sitemap file: a
	 * posting keeps its page while it is live, so crawlers see stable files.
	 * @param page from 1
	 */
	public List<PostingSummary> livePage(int page, int size) {
		return this.rows.livePage(page, size, this.vocabularies.current(), today(this.clock));
	}

	/** Today in the UK, which decides whether a posting is still open. */
	static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(LONDON));
	}

	/**
	 * Who asked for a search: the HTML page, the JSON API, the Atom feed, or job alerts
	 * (naming a new alert's search, and each digest's window).
	 */
	public enum Channel {

		HTML, JSON, FEED, ALERT

	}

}
