package uk.mljobs.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import uk.mljobs.job.SearchResults.Facet;
import uk.mljobs.job.SearchResults.FacetValue;
import uk.mljobs.search.SearchHits;
import uk.mljobs.search.SearchHits.FacetCounts;
import uk.mljobs.search.SearchQuery;
import uk.mljobs.search.Dimension;

/**
 * The search's facets: for each filter, its heading, the posting column it counts, and
 * how a counted value reads as a slug and as a label.
 */
final class FacetSpecs {

	/** How a level reads when the search spans roles. */
	private static final Map<String, String> LEVEL_NAMES = Map.of("junior", "Junior", "mid", "Mid-level", "senior",
			"Senior", "principal", "Principal / Staff", "head", "Head of");

	private FacetSpecs() {
	}

	/**
	 * One facet: its parameter, heading, the dimension engines count it by, how values
	 * read, and its values when they are few and known (then each is shown, greyed when
	 * nothing matches it), in the order they read best.
	 *
	 * @param known every value in engine terms, or {@code null} for open-ended facets
	 * (companies, towns, skills), which show their most common values
	 */
	record FacetSpec(String name, String label, Dimension dimension, Function<String, String> slug,
			Function<String, String> title, List<String> known) {

		FacetSpec(String name, String label, Dimension dimension, Function<String, String> slug,
				Function<String, String> title) {
			this(name, label, dimension, slug, title, null);
		}

		boolean multiple() {
			return SearchCriteria.REPEATABLE.contains(this.name);
		}

	}

	/** The dimension a search parameter filters, or {@code null} for one that is not. */
	static Dimension dimension(String parameter) {
		return switch (parameter) {
			case "role" -> Dimension.ROLE;
			case "level" -> Dimension.LEVEL;
			case "region" -> Dimension.REGION;
			case "town" -> Dimension.TOWN;
			case "workMode" -> Dimension.WORK_MODE;
			case "type" -> Dimension.TYPE;
			case "ir35" -> Dimension.IR35;
			case "clearance" -> Dimension.CLEARANCE;
			case "visa" -> Dimension.VISA;
			case "postedWithin" -> Dimension.POSTED_WITHIN;
			case "company" -> Dimension.COMPANY;
			case "skill" -> Dimension.SKILL;
			case "agency" -> Dimension.AGENCY;
			default -> null;
		};
	}

	static List<FacetSpec> specs(SearchCriteria c, Vocabulary words) {
		List<FacetSpec> specs = new ArrayList<>();
		specs.add(new FacetSpec("role", "Role", Dimension.ROLE, (v) -> words.roles().get(Long.valueOf(v)).slug(),
				(v) -> words.roles().get(Long.valueOf(v)).title(),
				words.roles().keySet().stream().map(String::valueOf).toList()));
		// Level slugs are shared across roles ("senior"), and so is the filter: count by
		// slug.
		Map<String, String> levelTitles = new LinkedHashMap<>();
		Map<Long, String> levelSlugs = new LinkedHashMap<>();
		List<String> levelIds = new ArrayList<>();
		boolean oneRole = c.roleIds().size() == 1;
		words.levels()
			.values()
			.stream()
			.sorted(Comparator.comparingInt(uk.mljobs.market.LevelView::position))
			.forEach((level) -> {
				levelSlugs.put(level.id(), level.slug());
				if (c.roleIds().isEmpty() || c.roleIds().contains(level.roleId())) {
					levelIds.add(String.valueOf(level.id()));
					levelTitles.putIfAbsent(level.slug(),
							oneRole ? level.title() : LEVEL_NAMES.getOrDefault(level.slug(), level.slug()));
				}
			});
		specs.add(new FacetSpec("level", "Level", Dimension.LEVEL, (v) -> levelSlugs.get(Long.valueOf(v)),
				(v) -> levelTitles.getOrDefault(levelSlugs.get(Long.valueOf(v)), levelSlugs.get(Long.valueOf(v))),
				levelIds));
		specs.add(new FacetSpec("region", "Region", Dimension.REGION,
				(v) -> words.regions().get(Long.valueOf(v)).slug(), (v) -> words.regions().get(Long.valueOf(v)).name(),
				words.regions().keySet().stream().map(String::valueOf).toList()));
		specs.add(new FacetSpec("town", "Town", Dimension.TOWN, (v) -> words.towns().get(Long.valueOf(v)).slug(),
				(v) -> words.towns().get(Long.valueOf(v)).name()));
		specs.add(new FacetSpec("workMode", "Work mode", Dimension.WORK_MODE, (v) -> WorkMode.valueOf(v).slug(),
				(v) -> WorkMode.valueOf(v).label(), names(WorkMode.values())));
		specs.add(new FacetSpec("type", "Employment type", Dimension.TYPE, (v) -> EmploymentType.valueOf(v).slug(),
				(v) -> EmploymentType.valueOf(v).label(), names(EmploymentType.values())));
		specs.add(new FacetSpec("ir35", "IR35", Dimension.IR35, (v) -> Ir35.valueOf(v).slug(),
				(v) -> Ir35.valueOf(v).label(), names(Ir35.values())));
		specs.add(new FacetSpec("clearance", "Security clearance", Dimension.CLEARANCE,
				(v) -> Clearance.valueOf(v).slug(), (v) -> Clearance.valueOf(v).label(), names(Clearance.values())));
		specs.add(new FacetSpec("visa", "Visa sponsorship", Dimension.VISA, (v) -> "true".equals(v) ? "yes" : "no",
				(v) -> "true".equals(v) ? "Sponsorship available" : "No sponsorship", List.of("true", "false")));
		specs.add(new FacetSpec("postedWithin", "Posted", Dimension.POSTED_WITHIN, Function.identity(),
				(v) -> "1".equals(v) ? "Last 24 hours" : "Last " + v + " days",
				java.util.Arrays.stream(Dimension.WINDOWS).mapToObj(String::valueOf).toList()));
		specs.add(new FacetSpec("company", "Company", Dimension.COMPANY,
				(v) -> words.companySlugs().get(Long.valueOf(v)), (v) -> words.companyNames().get(Long.valueOf(v))));
		specs.add(new FacetSpec("skill", "Skill or tool", Dimension.SKILL, Function.identity(),
				(v) -> words.toolNames().getOrDefault(v, v)));
		specs.add(new FacetSpec("agency", "Posted by", Dimension.AGENCY, (v) -> "true".equals(v) ? "yes" : "no",
				(v) -> "true".equals(v) ? "Agency" : "Employer", List.of("false", "true")));
		return specs;
	}

	private static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

	/**
	 * Levels are counted by id and merged by slug here, since roles share level slugs.
	 */
	static List<FacetValue> merged(List<FacetValue> values) {
		Map<String, FacetValue> bySlug = new LinkedHashMap<>();
		values.forEach((value) -> bySlug.merge(value.value(), value,
				(a, b) -> new FacetValue(a.value(), a.label(), a.count() + b.count(), a.selected() || b.selected())));
		return List.copyOf(bySlug.values());
	}

	static FacetValue value(SearchCriteria c, FacetSpec spec, String value, long count) {
		String slug = spec.slug().apply(value);
		String title = spec.title().apply(value);
		return new FacetValue(slug, (title != null) ? title : slug, count, c.selected(spec.name(), slug));
	}

	/**
	 * A filter as a seeker reads it: "Work mode: Remote or Hybrid", "Minimum pay: £90,000
	 * a year".
	 */
	static String filterLabel(SearchCriteria c, String name, FacetSpec spec, Vocabulary words) {
		if ("minPay".equals(name)) {
			return "Minimum pay: £" + String.format(Locale.UK, "%,d", c.minPay())
					+ ((c.minPay() <= 5_000) ? " a day" : " a year");
		}
		if ("near".equals(name)) {
			uk.mljobs.market.TownView town = words.towns().get(c.near());
			return "Within " + c.within() + " miles of " + ((town != null) ? town.name() : "there");
		}
		if (spec == null) {
			return String.join(" or ", c.values(name));
		}
		List<String> titles = new ArrayList<>();
		for (String slug : c.values(name)) {
			titles.add(title(spec, slug, words));
		}
		return spec.label() + ": " + String.join(" or ", titles);
	}

	/** A chosen value's title, from its slug. */
	private static String title(FacetSpec spec, String slug, Vocabulary words) {
		List<String> candidates = (spec.known() != null) ? spec.known() : List.of();
		for (String value : candidates) {
			if (slug.equals(spec.slug().apply(value))) {
				String title = spec.title().apply(value);
				return (title != null) ? title : slug;
			}
		}
		String value = switch (spec.name()) {
			case "town" -> {
				uk.mljobs.market.TownView town = words.ukTownsBySlug().get(slug);
				yield (town != null) ? String.valueOf(town.id()) : null;
			}
			case "company" -> {
				Long id = words.companiesBySlug().get(slug);
				yield (id != null) ? String.valueOf(id) : null;
			}
			case "skill" -> slug;
			default -> null;
		};
		String title = (value != null) ? spec.title().apply(value) : null;
		return (title != null) ? title : slug;
	}

	/**
	 * Each facet's values with their counts: every value of a facet with few, in their
	 * own order, those no posting has greyed; the most common of the others (companies,
	 * towns, skills). A chosen value is always shown, whatever its count.
	 */
	static List<Facet> facets(SearchCriteria c, SearchQuery query, SearchHits hits, Vocabulary words) {
		List<Facet> facets = new ArrayList<>();
		for (FacetSpec spec : specs(c, words)) {
			FacetCounts counts = hits.facets().get(spec.dimension());
			Map<String, Long> counted = (counts != null) ? counts.counts() : Map.of();
			Set<String> chosen = query.filters().getOrDefault(spec.dimension(), Set.of());
			List<String> shown;
			if (spec.known() != null) {
				shown = spec.known();
			}
			else {
				shown = new ArrayList<>(counted.entrySet()
					.stream()
					.sorted(Map.Entry.<String, Long>comparingByValue()
						.reversed()
						.thenComparing(Map.Entry.comparingByKey()))
					.limit(JobSearch.FACET_VALUES)
					.map(Map.Entry::getKey)
					.toList());
				chosen.stream().filter((value) -> !shown.contains(value)).sorted().forEach(shown::add);
			}
			List<FacetValue> values = new ArrayList<>();
			for (String value : shown) {
				if (spec.slug().apply(value) != null) {
					values.add(value(c, spec, value, counted.getOrDefault(value, 0L)));
				}
			}
			values = merged(values);
			if (values.stream().anyMatch((value) -> value.count() > 0 || value.selected())) {
				facets.add(new Facet(spec.name(), spec.label(), values, counts != null && counts.estimated(),
						spec.multiple()));
			}
		}
		return facets;
	}

}
