package uk.mljobs.job;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Service;

import uk.mljobs.job.SearchResults.Suggestion;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.market.TownView;
import uk.mljobs.search.Dimension;
import uk.mljobs.search.Engines;
import uk.mljobs.search.SearchHits;
import uk.mljobs.search.SearchQuery.Order;
import uk.mljobs.search.SearchQuery.PayFloor;
import uk.mljobs.search.SearchQuery;
import uk.mljobs.search.Synonyms;
import uk.mljobs.search.Words;
import uk.mljobs.shared.UkTime;

/**
 * Searches live postings: reads a search from its parameters, has the search engine
 * ({@link Engines}) match, count and order it, and reads the page's postings fresh from
 * the database, so a closed or edited posting is never shown stale. Labels and links come
 * from a {@link Vocabulary}, not the database. Each search is timed into the
 * {@code mljobs.search} histogram, tagged by the channel that asked.
 */
@Service
public class JobSearch {

	public static final int PAGE_SIZE = 20;

	static final int RANK_CANDIDATES = 1000;

	static final int COUNT_CAP = 1000;

	static final int FACET_SCAN = 1000;

	/** The most values an open-ended facet lists, besides those chosen. */
	static final int FACET_VALUES = 10;

	/** Day rates are compared with salaries over a year of 220 working days. */
	static final int WORKING_DAYS = 220;

	private static final ZoneId LONDON = UkTime.ZONE;

	private final Engines engines;

	private final PostingRows rows;

	private final Vocabularies vocabularies;

	private final Clock clock;

	private final Map<Channel, Timer> timers = new EnumMap<>(Channel.class);

	private final SearchUnderstanding understanding;

	private final SearchRelaxations relaxations;

	JobSearch(Engines engines, Synonyms synonyms, PostingRows rows, Vocabularies vocabularies, Clock clock,
			MeterRegistry meters) {
		this.engines = engines;
		this.understanding = new SearchUnderstanding(engines, synonyms, this::criteriaOf,
				(c, hidden) -> SearchRelaxations.count(this.engines.search(query(c, 0, 0, false, hidden).countOnly())));
		this.relaxations = new SearchRelaxations(engines, this::near);
		this.rows = rows;
		this.vocabularies = vocabularies;
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

	/** Reads a search from query parameters, each given once; unknown values are 400s. */
	public SearchCriteria criteria(Map<String, String> parameters) {
		return SearchCriteria.parseSingle(parameters, lookups());
	}

	/** Reads a search from query parameters, some repeated; unknown values are 400s. */
	public SearchCriteria criteriaOf(Map<String, List<String>> parameters) {
		return SearchCriteria.parse(parameters, lookups());
	}

	private SearchCriteria.Lookups lookups() {
		Vocabulary words = this.vocabularies.current();
		return new SearchCriteria.Lookups() {

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

		};
	}

	/** The UK towns a search can be near, by name. */
	public List<TownView> places() {
		return this.vocabularies.current()
			.ukTownsBySlug()
			.values()
			.stream()
			.filter(TownView::located)
			.sorted(Comparator.comparing(TownView::name))
			.toList();
	}

	/** Now, as page links carry it in {@code asOf}. */
	public long asOfNow() {
		return this.clock.instant().toEpochMilli();
	}

	public SearchResults search(SearchCriteria criteria, Channel channel) {
		return search(criteria, PAGE_SIZE, channel);
	}

	/**
	 * A page of results without the postings the person searching hid: they are left out
	 * of the results, the total, the facet counts and the searches offered instead, as if
	 * they were not on the board. With none hidden, the same as
	 * {@link #search(SearchCriteria, Channel)}.
	 * @param hidden the postings' ids; only the {@link SearchQuery#MAX_EXCLUDED} highest
	 * are left out
	 */
	public SearchResults search(SearchCriteria criteria, Channel channel, Set<Long> hidden) {
		return this.timers.get(channel).record(() -> find(criteria, PAGE_SIZE, hidden));
	}

	/** A page of {@code size} results (the API lets clients choose up to 100). */
	public SearchResults search(SearchCriteria criteria, int size, Channel channel) {
		return this.timers.get(channel).record(() -> find(criteria, size, Set.of()));
	}

	private SearchResults find(SearchCriteria criteria, int size, Set<Long> hidden) {
		SearchResults typed = findAsTyped(criteria, size, hidden);
		Vocabulary words = this.vocabularies.current();
		SearchResults.Understood understood = this.understanding.understand(criteria, typed.total(), words);
		if (understood != null) {
			SearchResults better = findAsTyped(this.understanding.criteria(understood), size, hidden);
			// Better, or as empty but with the filters the words meant, which the page
			// can then offer to relax.
			if (better.total() > typed.total() || (better.total() == 0 && !understood.filters().isEmpty())) {
				return better.understood(understood);
			}
		}
		return typed.offering(this.understanding.offers(criteria, words, hidden));
	}

	private SearchResults findAsTyped(SearchCriteria criteria, int size, Set<Long> hidden) {
		Vocabulary words = this.vocabularies.current();
		SearchQuery query = query(criteria, (criteria.page() - 1) * size, size, true, hidden);
		SearchHits hits = this.engines.search(query);
		List<PostingSummary> items = this.rows.live(hits.ids(), words, today(this.clock));
		List<Suggestion> suggestions = (hits.count() == 0) ? this.relaxations.suggestions(criteria, query, words)
				: List.of();
		long total = hits.exact() ? hits.count() : Math.min(hits.count(), COUNT_CAP);
		return new SearchResults(criteria, items, total, !hits.exact(), hits.exact() ? hits.count() : hits.estimate(),
				criteria.page(), size, FacetSpecs.facets(criteria, query, hits, words), suggestions,
				(hits.next() != null) ? hits.next().token() : null, null, List.of());
	}

	/**
	 * The search as engines take it.
	 * @param hidden postings to leave out, or none
	 */
	private SearchQuery query(SearchCriteria c, int offset, int size, boolean facets, Set<Long> hidden) {
		Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
		filter(filters, Dimension.ROLE, c.roleIds());
		filter(filters, Dimension.LEVEL, c.levelIds());
		filter(filters, Dimension.REGION, c.regionIds());
		filter(filters, Dimension.TOWN, c.townIds());
		filter(filters, Dimension.WORK_MODE, c.workModes().stream().map(Enum::name).toList());
		filter(filters, Dimension.TYPE, c.types().stream().map(Enum::name).toList());
		filter(filters, Dimension.IR35, c.ir35s().stream().map(Enum::name).toList());
		filter(filters, Dimension.CLEARANCE, c.clearances().stream().map(Enum::name).toList());
		filter(filters, Dimension.VISA, (c.visa() != null) ? List.of(c.visa()) : List.of());
		filter(filters, Dimension.POSTED_WITHIN, (c.postedWithin() != null) ? List.of(c.postedWithin()) : List.of());
		filter(filters, Dimension.COMPANY, c.companyIds());
		filter(filters, Dimension.SKILL, c.skills());
		filter(filters, Dimension.AGENCY, (c.agency() != null) ? List.of(c.agency()) : List.of());
		PayFloor minPay = (c.minPay() != null) ? new PayFloor(c.minPay() <= 5_000, c.minPay()) : null;
		Order order = switch (c.order()) {
			case RELEVANCE -> Order.RELEVANCE;
			case PAY -> Order.PAY;
			case NEWEST -> Order.NEWEST;
			case DISTANCE -> Order.DISTANCE;
		};
		return new SearchQuery(Words.parse(c.q()), filters, minPay, today(this.clock), this.clock.instant(),
				(c.asOf() != null) ? Instant.ofEpochMilli(c.asOf()) : null, null, null, order, offset, size,
				SearchQuery.Cursor.parse(c.after()), facets, near(c, c.within()), hidden);
	}

	/**
	 * The towns within {@code miles} of the one a search is near, with their distances;
	 * {@code null} when it is near none. A town without coordinates is near itself only.
	 */
	private SearchQuery.Near near(SearchCriteria c, int miles) {
		if (c.near() == null) {
			return null;
		}
		Vocabulary words = this.vocabularies.current();
		TownView centre = words.towns().get(c.near());
		Map<String, Double> towns = new LinkedHashMap<>();
		towns.put(String.valueOf(c.near()), 0.0);
		if (centre != null && centre.located()) {
			for (TownView town : words.towns().values()) {
				double distance = centre.milesTo(town);
				if (!town.abroad() && distance <= miles) {
					towns.put(String.valueOf(town.id()), distance);
				}
			}
		}
		return new SearchQuery.Near(towns, c.includeRemote());
	}

	private static void filter(Map<Dimension, Set<String>> filters, Dimension dimension, List<?> values) {
		if (!values.isEmpty()) {
			filters.put(dimension, values.stream().map(String::valueOf).collect(Collectors.toSet()));
		}
	}

	/**
	 * Live postings matching the search that were published in {@code [from, until)},
	 * newest first, at most {@code limit}: what an alert digest lists. No facets, no
	 * ranking.
	 */
	public List<PostingSummary> publishedBetween(SearchCriteria criteria, Instant from, Instant until, int limit) {
		return this.timers.get(Channel.ALERT).record(() -> {
			SearchQuery all = query(criteria, 0, limit, false, Set.of());
			SearchQuery window = new SearchQuery(all.words(), all.filters(), all.minPay(), all.liveOn(), all.now(),
					all.asOf(), from, until, Order.NEWEST, 0, limit, null, false);
			return this.rows.live(this.engines.search(window).ids(), this.vocabularies.current(), today(this.clock));
		});
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
