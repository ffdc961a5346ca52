package uk.mljobs.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.mljobs.company.CompanyView;
import uk.mljobs.market.LevelView;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.market.TownView;
import uk.mljobs.roleguide.ToolView;

/**
 * The reference data a search reads on every request, indexed by id and by slug: roles,
 * levels, regions, UK towns, companies and tool names. Immutable; {@link Vocabularies}
 * hands out a recent one.
 */
record Vocabulary(Map<Long, RoleView> roles, Map<String, RoleView> rolesBySlug, Map<Long, LevelView> levels,
		Map<Long, RegionView> regions, Map<String, RegionView> regionsBySlug, Map<Long, TownView> towns,
		Map<String, TownView> ukTownsBySlug, Map<Long, String> companyNames, Map<Long, String> companySlugs,
		Map<String, Long> companiesBySlug, Map<String, String> toolNames, Map<Long, String> companyLogos) {

	static Vocabulary of(List<RoleView> roles, List<LevelView> levels, List<RegionView> regions, List<TownView> towns,
			List<CompanyView> companies, List<ToolView> tools) {
		return new Vocabulary(index(roles, RoleView::id), index(roles, RoleView::slug), index(levels, LevelView::id),
				index(regions, RegionView::id), index(regions, RegionView::slug), index(towns, TownView::id),
				index(towns.stream().filter((town) -> !town.abroad()).toList(), TownView::slug),
				companies.stream().collect(Collectors.toMap(CompanyView::id, CompanyView::name)),
				companies.stream().collect(Collectors.toMap(CompanyView::id, CompanyView::slug)),
				companies.stream()
					.collect(Collectors.toMap(CompanyView::slug, CompanyView::id, (a, b) -> a, LinkedHashMap::new)),
				tools.stream().collect(Collectors.toMap(ToolView::slug, ToolView::name, (a, b) -> a)),
				// Logo addresses carry their content hash: a new logo reaches cards when
				// the
				// vocabulary is next rebuilt, which the upload's curated change asks for.
				companies.stream()
					.filter((company) -> company.logo() != null)
					.collect(Collectors.toMap(CompanyView::id, (company) -> company.logo().path())));
	}

	/** Level ids with this slug (levels are per role, and their slugs repeat). */
	List<Long> levelIds(String slug) {
		return this.levels.values().stream().filter((level) -> level.slug().equals(slug)).map(LevelView::id).toList();
	}

	/** The values a parameter accepts, for the 400 page. */
	List<String> slugs(String parameter) {
		return switch (parameter) {
			case "role" -> List.copyOf(this.rolesBySlug.keySet());
			case "level" -> this.levels.values().stream().map(LevelView::slug).distinct().toList();
			case "region" -> List.copyOf(this.regionsBySlug.keySet());
			case "town" -> List.copyOf(this.ukTownsBySlug.keySet());
			case "company" -> List.copyOf(this.companiesBySlug.keySet());
			default -> List.of();
		};
	}

	/** Keeps the list's order, so roles and regions list as the market orders them. */
	private static <T, K> Map<K, T> index(List<T> items, Function<T, K> key) {
		return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

}
