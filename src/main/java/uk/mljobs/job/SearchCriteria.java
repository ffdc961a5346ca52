package uk.mljobs.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import uk.mljobs.shared.Choices;
import uk.mljobs.shared.InvalidParameterException;
import uk.mljobs.shared.PayText;
import uk.mljobs.shared.Text;

/**
 * One job search, read from query parameters shared by {@code /jobs}, the Atom feed and
 * the API. A filter may be given several times ({@code workMode=remote&workMode=hybrid}):
 * a posting matches any of one filter's values, and every filter. Every value is a slug;
 * anything unknown is a 400 that says what is allowed. Lookups resolve slugs to ids so
 * the query never joins for them.
 *
 * @param minPay the least the top of the advertised range must reach: 10,000 and over
 * reads as an annual salary, 5,000 and under as a day rate; typed as {@code 70k},
 * {@code £70,000} or {@code £600/day}
 * @param minPayError why the minimum pay typed could not be read, or {@code null}: the
 * search page shows it on the form and searches without it; the API and the feed refuse
 * the search ({@link #requireValid()})
 * @param postedWithin days, one of 1, 3, 7, 30
 * @param near the town a distance is measured from, or {@code null}
 * @param within miles from {@code near}
 * @param includeRemote with {@code near}: remote postings too, wherever they are based
 * @param asOf epoch millisecond the first page was shown at: later pages leave out
 * postings published since, so paging never repeats or skips one while new postings
 * arrive
 * @param after where the previous page ended, as its "next" link carries it, so the
 * engine starts there instead of counting through the pages before
 * @param asTyped whether the words are searched as typed only: no spelling corrected, no
 * place or work mode read out of them ({@code asTyped=yes})
 * @param parameters the parameters read, each with its values, in a fixed order
 */
public record SearchCriteria(String q, List<Long> roleIds, List<Long> levelIds, List<Long> regionIds,
		List<Long> townIds, List<WorkMode> workModes, List<EmploymentType> types, Integer minPay, String minPayError,
		List<Ir35> ir35s, List<Clearance> clearances, Boolean visa, Integer postedWithin, List<Long> companyIds,
		List<String> skills, Boolean agency, Long near, int within, boolean includeRemote, Sort sort, int page,
		Long asOf, String after, boolean asTyped, Map<String, List<String>> parameters) {

	public static final int MAX_QUERY = 200;

	public static final int MAX_PAGE = 100;

	/** The most values one filter takes. */
	public static final int MAX_VALUES = 20;

	/** The distances offered, in miles. */
	public static final List<Integer> DISTANCES = List.of(5, 10, 25, 50, 100);

	public static final int DEFAULT_WITHIN = 25;

	public static final List<String> NAMES = List.of("q", "role", "level", "region", "town", "near", "within", "remote",
			"workMode", "type", "minPay", "ir35", "clearance", "visa", "postedWithin", "company", "skill", "agency",
			"sort", "page", "asOf", "after", "asTyped");

	/** The parameters that may be given more than once. */
	public static final Set<String> REPEATABLE = Set.of("role", "level", "region", "town", "workMode", "type", "ir35",
			"clearance", "company", "skill");

	/** What neither filters nor counts: the words, the order and the paging. */
	private static final Set<String> NOT_FILTERS = Set.of("q", "sort", "page", "after", "asOf", "within", "remote",
			"asTyped");

	public boolean hasQuery() {
		return this.q != null;
	}

	/** The effective order: relevance only makes sense with words to match. */
	public Sort order() {
		if (this.sort != null) {
			if (this.sort == Sort.DISTANCE && this.near == null) {
				return hasQuery() ? Sort.RELEVANCE : Sort.NEWEST;
			}
			return (this.sort == Sort.RELEVANCE && !hasQuery()) ? Sort.NEWEST : this.sort;
		}
		if (this.near != null) {
			return Sort.DISTANCE;
		}
		return hasQuery() ? Sort.RELEVANCE : Sort.NEWEST;
	}

	/** The first value of a parameter, or {@code null}. */
	public String first(String name) {
		List<String> values = this.parameters.get(name);
		return (values == null) ? null : values.get(0);
	}

	/** Every value of a parameter, none when absent. */
	public List<String> values(String name) {
		return this.parameters.getOrDefault(name, List.of());
	}

	public boolean selected(String name, String value) {
		return values(name).contains(value);
	}

	/** The same search without one parameter, from its first page. */
	public Map<String, List<String>> without(String name) {
		Map<String, List<String>> rest = new LinkedHashMap<>(this.parameters);
		rest.remove(name);
		rest.remove("page");
		rest.remove("asOf");
		rest.remove("after");
		if ("near".equals(name)) {
			rest.remove("within");
			rest.remove("remote");
		}
		return rest;
	}

	/** Whether the search filters on the parameter (words, order and paging do not). */
	public boolean isFiltered(String name) {
		return this.parameters.containsKey(name) && !NOT_FILTERS.contains(name);
	}

	/** How many filters a seeker chose: words, order, page and paging's anchor aside. */
	public long filterCount() {
		return this.parameters.keySet().stream().filter(this::isFiltered).count();
	}

	/**
	 * The same search refused, when a value could not be read: the API and the feed
	 * cannot show a form, so they answer 400.
	 */
	public SearchCriteria requireValid() {
		if (this.minPayError != null) {
			throw InvalidParameterException.invalid("minPay", "'minPay' could not be read: " + this.minPayError);
		}
		return this;
	}

	public enum Sort {

		RELEVANCE, NEWEST, PAY, DISTANCE;

		public String slug() {
			return Choices.slug(this);
		}

	}

	/** Resolves slugs for {@link #parse}. */
	public interface Lookups {

		Long role(String slug);

		List<Long> levels(String slug);

		Long region(String slug);

		Long town(String slug);

		Long company(String slug);

		List<String> names(String parameter);

	}

	/** Reads single-valued parameters, as tests and saved searches hold them. */
	public static SearchCriteria parseSingle(Map<String, String> raw, Lookups lookups) {
		Map<String, List<String>> multi = new LinkedHashMap<>();
		raw.forEach((name, value) -> multi.put(name, (value != null) ? List.of(value) : List.of()));
		return parse(multi, lookups);
	}

	/** Reads the parameters; blank values count as absent, repeated ones once. */
	public static SearchCriteria parse(Map<String, List<String>> raw, Lookups lookups) {
		Map<String, List<String>> given = new LinkedHashMap<>();
		for (String name : NAMES) {
			List<String> values = raw.get(name);
			if (values == null) {
				continue;
			}
			Set<String> kept = new LinkedHashSet<>();
			for (String value : values) {
				// Control characters, as forms lose them (a NUL would fail in
				// PostgreSQL).
				String clean = Text.clean(value);
				if (clean != null && !clean.isBlank()) {
					kept.add(clean.strip());
				}
			}
			if (kept.isEmpty()) {
				continue;
			}
			if (kept.size() > 1 && !REPEATABLE.contains(name)) {
				// A single-valued parameter given twice: the first wins, as before.
				kept = Set.of(kept.iterator().next());
			}
			if (kept.size() > MAX_VALUES) {
				throw InvalidParameterException.invalid(name,
						"'" + name + "' takes at most " + MAX_VALUES + " values at once.");
			}
			given.put(name, List.copyOf(kept));
		}
		String q = first(given, "q");
		if (q != null && q.length() > MAX_QUERY) {
			throw InvalidParameterException.tooLong("q", MAX_QUERY);
		}
		String minPayError = null;
		Integer minPay = null;
		if (given.containsKey("minPay")) {
			try {
				minPay = PayText.parse(first(given, "minPay")).pounds();
			}
			catch (IllegalArgumentException ex) {
				minPayError = ex.getMessage();
			}
		}
		Long near = ids(given, "near", lookups::town, lookups).stream().findFirst().orElse(null);
		return new SearchCriteria(q, ids(given, "role", lookups::role, lookups), levels(given, lookups),
				ids(given, "region", lookups::region, lookups), ids(given, "town", lookups::town, lookups),
				choices(given, "workMode", WorkMode.values(), WorkMode::slug),
				choices(given, "type", EmploymentType.values(), EmploymentType::slug), minPay, minPayError,
				choices(given, "ir35", Ir35.values(), Ir35::slug),
				choices(given, "clearance", Clearance.values(), Clearance::slug), yesNo(given, "visa"),
				postedWithin(given), ids(given, "company", lookups::company, lookups), skills(given),
				yesNo(given, "agency"), near, within(given), Boolean.TRUE.equals(yesNo(given, "remote")),
				choices(given, "sort", Sort.values(), Sort::slug).stream().findFirst().orElse(null), page(given),
				anchor(given), cursor(given), Boolean.TRUE.equals(yesNo(given, "asTyped")),
				Collections.unmodifiableMap(given));
	}

	private static String first(Map<String, List<String>> given, String name) {
		List<String> values = given.get(name);
		return (values == null) ? null : values.get(0);
	}

	private static List<Long> ids(Map<String, List<String>> given, String name, Function<String, Long> lookup,
			Lookups lookups) {
		List<Long> ids = new ArrayList<>();
		for (String value : given.getOrDefault(name, List.of())) {
			Long id = lookup.apply(value);
			if (id == null) {
				throw InvalidParameterException.unknownValue(name, value, lookups.names(name));
			}
			ids.add(id);
		}
		return List.copyOf(ids);
	}

	private static List<Long> levels(Map<String, List<String>> given, Lookups lookups) {
		List<Long> ids = new ArrayList<>();
		for (String value : given.getOrDefault("level", List.of())) {
			List<Long> found = lookups.levels(value);
			if (found.isEmpty()) {
				throw InvalidParameterException.unknownValue("level", value, lookups.names("level"));
			}
			ids.addAll(found);
		}
		return List.copyOf(ids);
	}

	private static <E> List<E> choices(Map<String, List<String>> given, String name, E[] values,
			Function<E, String> slug) {
		List<E> chosen = new ArrayList<>();
		for (String value : given.getOrDefault(name, List.of())) {
			chosen.add(Choices.pick(name, value, List.of(values), slug));
		}
		return List.copyOf(chosen);
	}

	private static Boolean yesNo(Map<String, List<String>> given, String name) {
		String value = first(given, name);
		if (value == null) {
			return null;
		}
		return switch (value) {
			case "yes" -> Boolean.TRUE;
			case "no" -> Boolean.FALSE;
			default -> throw InvalidParameterException.unknownValue(name, value, List.of("yes", "no"));
		};
	}

	private static Integer postedWithin(Map<String, List<String>> given) {
		String value = first(given, "postedWithin");
		if (value == null) {
			return null;
		}
		if (List.of("1", "3", "7", "30").contains(value)) {
			return Integer.valueOf(value);
		}
		throw InvalidParameterException.unknownValue("postedWithin", value, List.of("1", "3", "7", "30"));
	}

	private static int within(Map<String, List<String>> given) {
		String value = first(given, "within");
		if (value == null) {
			return DEFAULT_WITHIN;
		}
		for (int miles : DISTANCES) {
			if (Integer.toString(miles).equals(value)) {
				return miles;
			}
		}
		throw InvalidParameterException.unknownValue("within", value, DISTANCES.stream().map(String::valueOf).toList());
	}

	private static List<String> skills(Map<String, List<String>> given) {
		List<String> skills = new ArrayList<>();
		for (String value : given.getOrDefault("skill", List.of())) {
			if (value.length() > 40) {
				throw InvalidParameterException.tooLong("skill", 40);
			}
			skills.add(value.toLowerCase(Locale.ROOT));
		}
		return List.copyOf(skills);
	}

	private static Long anchor(Map<String, List<String>> given) {
		String value = first(given, "asOf");
		if (value == null) {
			return null;
		}
		if (!value.matches("\\d{12,14}")) {
			throw InvalidParameterException.invalid("asOf",
					"'asOf' is a time in milliseconds since 1970, as page links carry it.");
		}
		return Long.valueOf(value);
	}

	private static String cursor(Map<String, List<String>> given) {
		String value = first(given, "after");
		if (value == null) {
			return null;
		}
		if (uk.mljobs.search.SearchQuery.Cursor.parse(value) == null) {
			throw InvalidParameterException.invalid("after",
					"'after' is where the previous page ended, as the link to the next page carries it.");
		}
		return value;
	}

	private static int page(Map<String, List<String>> given) {
		String value = first(given, "page");
		if (value == null) {
			return 1;
		}
		if (!value.matches("\\d{1,3}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_PAGE) {
			throw InvalidParameterException.outOfRange("page", 1, MAX_PAGE);
		}
		return Integer.parseInt(value);
	}

}
