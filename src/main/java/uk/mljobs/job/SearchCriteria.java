package uk.mljobs.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import uk.mljobs.shared.InvalidParameterException;
import uk.mljobs.shared.Text;

/**
 * One job search, read from query parameters shared by {@code /jobs}, the Atom feed and
 * the API. Every value is a slug; anything unknown is a 400 that says what is allowed.
 * Lookups resolve slugs to ids so the query never joins for them.
 *
 * @param minPay the least the top of the advertised range must reach: 10,000 and over
 * reads as an annual salary, 5,000 and under as a day rate
 * @param postedWithin days, one of 1, 3, 7, 30
 * @param asOf epoch millisecond the first page was shown at: later pages leave out
 * postings published since, so paging never repeats or skips one while new postings
 * arrive
 * @param after where the previous page ended, as its "next" link carries it, so the
 * engine starts there instead of counting through the pages before
 */
public record SearchCriteria(String q, Long roleId, List<Long> levelIds, Long regionId, Long townId, WorkMode workMode,
		EmploymentType type, Integer minPay, Ir35 ir35, Clearance clearance, Boolean visa, Integer postedWithin,
		Long companyId, String skill, Boolean agency, Sort sort, int page, Long asOf, String after,
		Map<String, String> parameters) {

	public static final int MAX_QUERY = 200;

	public static final int MAX_PAGE = 100;

	public static final List<String> NAMES = List.of("q", "role", "level", "region", "town", "workMode", "type",
			"minPay", "ir35", "clearance", "visa", "postedWithin", "company", "skill", "agency", "sort", "page", "asOf",
			"after");

	public boolean hasQuery() {
		return this.q != null;
	}

	/** The effective order: relevance only makes sense with words to match. */
	public Sort order() {
		if (this.sort != null) {
			return (this.sort == Sort.RELEVANCE && !hasQuery()) ? Sort.NEWEST : this.sort;
		}
		return hasQuery() ? Sort.RELEVANCE : Sort.NEWEST;
	}

	/** The same search without one parameter (for facets and suggestions). */
	public Map<String, String> without(String name) {
		Map<String, String> rest = new LinkedHashMap<>(this.parameters);
		rest.remove(name);
		rest.remove("page");
		rest.remove("asOf");
		rest.remove("after");
		return rest;
	}

	public boolean isFiltered(String name) {
		return this.parameters.containsKey(name) && !"q".equals(name) && !"sort".equals(name) && !"page".equals(name)
				&& !"after".equals(name);
	}

	/** How many filters a seeker chose: words, order, page and paging's anchor aside. */
	public long filterCount() {
		return this.parameters.keySet().stream().filter((name) -> isFiltered(name) && !"asOf".equals(name)).count();
	}

	public enum Sort {

		RELEVANCE, NEWEST, PAY;

		public String slug() {
			return name().toLowerCase(Locale.ROOT);
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

	/** Reads the parameters; blank ones count as absent. */
	public static SearchCriteria parse(Map<String, String> raw, Lookups lookups) {
		Map<String, String> given = new LinkedHashMap<>();
		for (String name : NAMES) {
			// Control characters, as forms lose them (a NUL would fail in PostgreSQL).
			String value = Text.clean(raw.get(name));
			if (value != null && !value.isBlank()) {
				given.put(name, value.strip());
			}
		}
		String q = given.get("q");
		if (q != null && q.length() > MAX_QUERY) {
			throw InvalidParameterException.tooLong("q", MAX_QUERY);
		}
		return new SearchCriteria(q, id(given, "role", lookups::role, lookups), levels(given, lookups),
				id(given, "region", lookups::region, lookups), id(given, "town", lookups::town, lookups),
				choice(given, "workMode", WorkMode.values(), WorkMode::slug),
				choice(given, "type", EmploymentType.values(), EmploymentType::slug), minPay(given),
				choice(given, "ir35", Ir35.values(), Ir35::slug),
				choice(given, "clearance", Clearance.values(), Clearance::slug), yesNo(given, "visa"),
				postedWithin(given), id(given, "company", lookups::company, lookups), skill(given),
				yesNo(given, "agency"), choice(given, "sort", Sort.values(), Sort::slug), page(given), anchor(given),
				cursor(given), given);
	}

	private static Long id(Map<String, String> given, String name, Function<String, Long> lookup, Lookups lookups) {
		String value = given.get(name);
		if (value == null) {
			return null;
		}
		Long id = lookup.apply(value);
		if (id == null) {
			throw InvalidParameterException.unknownValue(name, value, lookups.names(name));
		}
		return id;
	}

	private static List<Long> levels(Map<String, String> given, Lookups lookups) {
		String value = given.get("level");
		if (value == null) {
			return null;
		}
		List<Long> ids = lookups.levels(value);
		if (ids.isEmpty()) {
			throw InvalidParameterException.unknownValue("level", value, lookups.names("level"));
		}
		return ids;
	}

	private static <E> E choice(Map<String, String> given, String name, E[] values, Function<E, String> slug) {
		String value = given.get(name);
		if (value == null) {
			return null;
		}
		List<String> allowed = new ArrayList<>();
		for (E candidate : values) {
			if (slug.apply(candidate).equals(value)) {
				return candidate;
			}
			allowed.add(slug.apply(candidate));
		}
		throw InvalidParameterException.unknownValue(name, value, allowed);
	}

	private static Boolean yesNo(Map<String, String> given, String name) {
		String value = given.get(name);
		if (value == null) {
			return null;
		}
		return switch (value) {
			case "yes" -> Boolean.TRUE;
			case "no" -> Boolean.FALSE;
			default -> throw InvalidParameterException.unknownValue(name, value, List.of("yes", "no"));
		};
	}

	private static Integer minPay(Map<String, String> given) {
		String value = given.get("minPay");
		if (value == null) {
			return null;
		}
		if (!value.matches("\\d{1,7}")) {
			throw InvalidParameterException.outOfRange("minPay", 1, 1_000_000);
		}
		int pay = Integer.parseInt(value);
		if (pay > 1_000_000 || pay == 0 || (pay > 5_000 && pay < 10_000)) {
			throw InvalidParameterException.invalid("minPay",
					"'minPay' is a day rate up to 5000 or an annual salary from 10000 to 1000000.");
		}
		return pay;
	}

	private static Integer postedWithin(Map<String, String> given) {
		String value = given.get("postedWithin");
		if (value == null) {
			return null;
		}
		if (List.of("1", "3", "7", "30").contains(value)) {
			return Integer.valueOf(value);
		}
		throw InvalidParameterException.unknownValue("postedWithin", value, List.of("1", "3", "7", "30"));
	}

	private static String skill(Map<String, String> given) {
		String value = given.get("skill");
		if (value == null) {
			return null;
		}
		if (value.length() > 40) {
			throw InvalidParameterException.tooLong("skill", 40);
		}
		return value.toLowerCase(Locale.ROOT);
	}

	private static Long anchor(Map<String, String> given) {
		String value = given.get("asOf");
		if (value == null) {
			return null;
		}
		if (!value.matches("\\d{12,14}")) {
			throw InvalidParameterException.invalid("asOf",
					"'asOf' is a time in milliseconds since 1970, as page links carry it.");
		}
		return Long.valueOf(value);
	}

	private static String cursor(Map<String, String> given) {
		String value = given.get("after");
		if (value == null) {
			return null;
		}
		if (uk.mljobs.search.SearchQuery.Cursor.parse(value) == null) {
			throw InvalidParameterException.invalid("after",
					"'after' is where the previous page ended, as the link to the next page carries it.");
		}
		return value;
	}

	private static int page(Map<String, String> given) {
		String value = given.get("page");
		if (value == null) {
			return 1;
		}
		if (!value.matches("\\d{1,3}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_PAGE) {
			throw InvalidParameterException.outOfRange("page", 1, MAX_PAGE);
		}
		return Integer.parseInt(value);
	}

}
