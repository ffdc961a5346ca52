package uk.mljobs.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.stereotype.Component;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.TownView;
import uk.mljobs.search.Dimension;
import uk.mljobs.search.Engines;
import uk.mljobs.search.SearchHits;
import uk.mljobs.search.SearchQuery;
import uk.mljobs.search.SynonymList;

/**
 * Completions of what a seeker is typing into the search box: tools and skills, job
 * titles, companies, towns and the filter words (Remote, Contract), each with how many
 * live postings have it. The last word typed is completed; the words before it are kept.
 * Everything is answered from memory: a prefix index over every word of every name,
 * rebuilt from the engine's counts over the whole board at most every {@link #FRESH_FOR},
 * so a keystroke costs a map lookup, whatever the board's size.
 */
@Component
class Suggester {

	static final Duration FRESH_FOR = Duration.ofMinutes(2);

	static final int MAX_QUERY = 50;

	static final int LIMIT = 8;

	private final Engines engines;

	private final Vocabularies vocabularies;

	private final java.time.Clock clock;

	private final LoadingCache<Boolean, Index> index;

	Suggester(Engines engines, Vocabularies vocabularies, java.time.Clock clock) {
		this.engines = engines;
		this.vocabularies = vocabularies;
		this.clock = clock;
		this.index = Caffeine.newBuilder().refreshAfterWrite(FRESH_FOR).build((key) -> build());
	}

	/**
	 * One completion.
	 *
	 * @param text how it reads, such as "Kubernetes"
	 * @param kind {@code tool}, {@code skill}, {@code title}, {@code company},
	 * {@code town} or {@code filter}
	 * @param count live postings that have it
	 * @param query the whole search box with the last word completed
	 * @param href for a filter, a town or a company: the search of the words before it
	 * with that filter chosen, rather than its name as words; else {@code null}
	 */
	record Suggestion(String text, String kind, long count, String query, String href) {
	}

	/**
	 * @param filter the search parameter and values it chooses, or {@code null} for words
	 */
	private record Entry(String text, String kind, long count, String completion, Map<String, List<String>> filter) {

		Entry(String text, String kind, long count, String completion) {
			this(text, kind, count, completion, null);
		}

	}

	/** Every entry under each word start it has, lower-cased. */
	private record Index(TreeMap<String, List<Entry>> byWord) {
	}

	/** Reads the board's counts afresh at the next suggestion (tests use it). */
	void forget() {
		this.index.invalidateAll();
	}

	/** Completions of {@code q}, most used first; {@code q} has 1 to 50 characters. */
	List<Suggestion> suggest(String q) {
		String typed = q.strip().replaceAll("\\s+", " ");
		int space = typed.lastIndexOf(' ');
		String head = (space < 0) ? "" : typed.substring(0, space + 1);
		String last = SynonymList.key((space < 0) ? typed : typed.substring(space + 1));
		if (last.isEmpty()) {
			return List.of();
		}
		Map<String, Entry> found = new LinkedHashMap<>();
		for (List<Entry> entries : this.index.get(Boolean.TRUE)
			.byWord()
			.subMap(last, true, last + Character.MAX_VALUE, true)
			.values()) {
			for (Entry entry : entries) {
				found.putIfAbsent(entry.kind() + "/" + entry.text(), entry);
			}
		}
		return found.values()
			.stream()
			.sorted(Comparator.comparing((Entry entry) -> !SynonymList.key(entry.text()).startsWith(last))
				.thenComparing(Comparator.comparingLong(Entry::count).reversed())
				.thenComparing(Entry::text))
			.limit(LIMIT)
			.map((entry) -> new Suggestion(entry.text(), entry.kind(), entry.count(), head + entry.completion(),
					href(head.strip(), entry.filter())))
			.toList();
	}

	/** The search of {@code words} with the filter chosen. */
	private static String href(String words, Map<String, List<String>> filter) {
		if (filter == null) {
			return null;
		}
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (!words.isEmpty()) {
			parameters.put("q", List.of(words));
		}
		parameters.putAll(filter);
		return new SearchLinks("/jobs", parameters).page(1);
	}

	private static Map<String, List<String>> filter(String parameter, String... values) {
		return Map.of(parameter, List.of(values));
	}

	private Index build() {
		Vocabulary words = this.vocabularies.current();
		SearchQuery all = new SearchQuery(null, Map.of(), null, JobSearch.today(this.clock), this.clock.instant(), null,
				null, null, SearchQuery.Order.NEWEST, 0, 0, null, true);
		SearchHits hits = this.engines.search(all);
		Map<Dimension, Map<String, Long>> counts = new EnumMap<>(Dimension.class);
		hits.facets().forEach((dimension, facet) -> counts.put(dimension, facet.counts()));
		List<Entry> entries = new ArrayList<>();
		counts.getOrDefault(Dimension.SKILL, Map.of()).forEach((slug, n) -> {
			String tool = words.toolNames().get(slug);
			String text = (tool != null) ? tool : slug.replace('-', ' ');
			entries.add(new Entry(text, (tool != null) ? "tool" : "skill", n, text.toLowerCase(Locale.ROOT)));
		});
		counts.getOrDefault(Dimension.ROLE, Map.of()).forEach((id, n) -> {
			var role = words.roles().get(Long.valueOf(id));
			if (role != null) {
				entries.add(new Entry(role.title(), "title", n, role.title().toLowerCase(Locale.ROOT)));
			}
		});
		counts.getOrDefault(Dimension.LEVEL, Map.of()).forEach((id, n) -> {
			LevelView level = words.levels().get(Long.valueOf(id));
			if (level != null) {
				entries.add(new Entry(level.title(), "title", n, level.title().toLowerCase(Locale.ROOT)));
			}
		});
		counts.getOrDefault(Dimension.COMPANY, Map.of()).forEach((id, n) -> {
			String name = words.companyNames().get(Long.valueOf(id));
			if (name != null) {
				entries.add(new Entry(name, "company", n, name.toLowerCase(Locale.ROOT),
						filter("company", words.companySlugs().get(Long.valueOf(id)))));
			}
		});
		counts.getOrDefault(Dimension.TOWN, Map.of()).forEach((id, n) -> {
			TownView town = words.towns().get(Long.valueOf(id));
			if (town != null && !town.abroad()) {
				entries.add(new Entry(town.name(), "town", n, town.name().toLowerCase(Locale.ROOT),
						filter("town", town.slug())));
			}
		});
		Map<String, Long> modes = counts.getOrDefault(Dimension.WORK_MODE, Map.of());
		for (WorkMode mode : WorkMode.values()) {
			entries.add(new Entry(mode.label(), "filter", modes.getOrDefault(mode.name(), 0L),
					mode.label().toLowerCase(Locale.ROOT), filter("workMode", mode.slug())));
		}
		Map<String, Long> types = counts.getOrDefault(Dimension.TYPE, Map.of());
		entries
			.add(new Entry("Contract", "filter", types.getOrDefault(EmploymentType.CONTRACT.name(), 0L), "contract"));
		entries.add(new Entry("Permanent", "filter", types.getOrDefault(EmploymentType.PERMANENT_FULL_TIME.name(), 0L)
				+ types.getOrDefault(EmploymentType.PERMANENT_PART_TIME.name(), 0L), "permanent"));
		Map<String, Long> ir35 = counts.getOrDefault(Dimension.IR35, Map.of());
		entries.add(new Entry("Outside IR35", "filter", ir35.getOrDefault(Ir35.OUTSIDE.name(), 0L), "outside ir35",
				filter("ir35", Ir35.OUTSIDE.slug())));
		entries.add(new Entry("Inside IR35", "filter", ir35.getOrDefault(Ir35.INSIDE.name(), 0L), "inside ir35",
				filter("ir35", Ir35.INSIDE.slug())));
		TreeMap<String, List<Entry>> byWord = new TreeMap<>();
		for (Entry entry : entries) {
			if (entry.count() <= 0) {
				continue;
			}
			for (String word : Set.copyOf(List.of(SynonymList.key(entry.text()).split(" ")))) {
				byWord.computeIfAbsent(word, (k) -> new ArrayList<>()).add(entry);
			}
		}
		return new Index(byWord);
	}

}
