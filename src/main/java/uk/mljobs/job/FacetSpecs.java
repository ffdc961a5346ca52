package uk.mljobs.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import uk.mljobs.job.SearchResults.FacetValue;
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
	 * One facet: its parameter, heading, the dimension engines count it by, and how
	 * values read.
	 */
	record FacetSpec(String name, String label, Dimension dimension, Function<String, String> slug,
			Function<String, String> title) {
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
				(v) -> words.roles().get(Long.valueOf(v)).title()));
		// Level slugs are shared across roles ("senior"), and so is the filter: count by
		// slug.
		Map<String, String> levelTitles = new LinkedHashMap<>();
		Map<Long, String> levelSlugs = new LinkedHashMap<>();
		words.levels().values().forEach((level) -> {
			levelSlugs.put(level.id(), level.slug());
			if (c.roleId() == null || level.roleId() == c.roleId()) {
				levelTitles.putIfAbsent(level.slug(),
						(c.roleId() != null) ? level.title() : LEVEL_NAMES.getOrDefault(level.slug(), level.slug()));
			}
		});
		specs.add(new FacetSpec("level", "Level", Dimension.LEVEL, (v) -> levelSlugs.get(Long.valueOf(v)),
				(v) -> levelTitles.getOrDefault(levelSlugs.get(Long.valueOf(v)), levelSlugs.get(Long.valueOf(v)))));
		specs
			.add(new FacetSpec("region", "Region", Dimension.REGION, (v) -> words.regions().get(Long.valueOf(v)).slug(),
					(v) -> words.regions().get(Long.valueOf(v)).name()));
		specs.add(new FacetSpec("town", "Town", Dimension.TOWN, (v) -> words.towns().get(Long.valueOf(v)).slug(),
				(v) -> words.towns().get(Long.valueOf(v)).name()));
		specs.add(new FacetSpec("workMode", "Work mode", Dimension.WORK_MODE, (v) -> WorkMode.valueOf(v).slug(),
				(v) -> WorkMode.valueOf(v).label()));
		specs.add(new FacetSpec("type", "Employment type", Dimension.TYPE, (v) -> EmploymentType.valueOf(v).slug(),
				(v) -> EmploymentType.valueOf(v).label()));
		specs.add(new FacetSpec("ir35", "IR35", Dimension.IR35, (v) -> Ir35.valueOf(v).slug(),
				(v) -> Ir35.valueOf(v).label()));
		specs.add(new FacetSpec("clearance", "Security clearance", Dimension.CLEARANCE,
				(v) -> Clearance.valueOf(v).slug(), (v) -> Clearance.valueOf(v).label()));
		specs.add(new FacetSpec("visa", "Visa sponsorship", Dimension.VISA, (v) -> "true".equals(v) ? "yes" : "no",
				(v) -> "true".equals(v) ? "Sponsorship available" : "No sponsorship"));
		specs.add(new FacetSpec("postedWithin", "Posted", Dimension.POSTED_WITHIN, Function.identity(),
				(v) -> "1".equals(v) ? "Last 24 hours" : "Last " + v + " days"));
		specs.add(new FacetSpec("company", "Company", Dimension.COMPANY,
				(v) -> words.companySlugs().get(Long.valueOf(v)), (v) -> words.companyNames().get(Long.valueOf(v))));
		specs.add(new FacetSpec("skill", "Skill or tool", Dimension.SKILL, Function.identity(),
				(v) -> words.toolNames().getOrDefault(v, v)));
		specs.add(new FacetSpec("agency", "Posted by", Dimension.AGENCY, (v) -> "true".equals(v) ? "yes" : "no",
				(v) -> "true".equals(v) ? "Agency" : "Employer"));
		return specs;
	}

	/**
	 * Most common first, except the posting-age windows, which read shortest first.
	 * Levels are counted by id and merged by slug here, since roles share level slugs.
	 */
	static List<FacetValue> inOrder(FacetSpec spec, List<FacetValue> values) {
		if ("postedWithin".equals(spec.name())) {
			return values.stream().sorted(Comparator.comparingInt((value) -> Integer.parseInt(value.value()))).toList();
		}
		Map<String, FacetValue> bySlug = new LinkedHashMap<>();
		values.forEach((value) -> bySlug.merge(value.value(), value,
				(a, b) -> new FacetValue(a.value(), a.label(), a.count() + b.count(), a.selected())));
		if (bySlug.size() == values.size()) {
			return values;
		}
		return bySlug.values().stream().sorted(Comparator.comparingLong(FacetValue::count).reversed()).toList();
	}

	static FacetValue value(SearchCriteria c, FacetSpec spec, String value, long count) {
		String slug = spec.slug().apply(value);
		return new FacetValue(slug, spec.title().apply(value), count, slug.equals(c.parameters().get(spec.name())));
	}

	/** A filter as a seeker reads it: "Work mode: Remote", "Minimum pay: £90,000". */
	static String filterLabel(SearchCriteria c, String name, FacetSpec spec) {
		if ("minPay".equals(name)) {
			return "Minimum pay: £" + String.format(Locale.UK, "%,d", c.minPay())
					+ ((c.minPay() <= 5_000) ? " a day" : " a year");
		}
		Object value = switch (name) {
			case "role" -> c.roleId();
			case "level" -> c.levelIds().get(0);
			case "region" -> c.regionId();
			case "town" -> c.townId();
			case "workMode" -> c.workMode().name();
			case "type" -> c.type().name();
			case "ir35" -> c.ir35().name();
			case "clearance" -> c.clearance().name();
			case "visa" -> c.visa();
			case "postedWithin" -> c.postedWithin();
			case "company" -> c.companyId();
			case "skill" -> c.skill();
			case "agency" -> c.agency();
			default -> null;
		};
		if (spec == null || value == null) {
			return c.parameters().get(name);
		}
		String title = spec.title().apply(String.valueOf(value));
		return spec.label() + ": " + ((title != null) ? title : c.parameters().get(name));
	}

}
