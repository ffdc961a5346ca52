package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.mljobs.company.GuideCompanies;
import uk.mljobs.market.AdminRole;
import uk.mljobs.market.LevelDetails;
import uk.mljobs.market.Market;

/**
 * Checks and writes the parts of a guide that tie it to the market: its levels (which
 * bands and postings name), market salaries and day rates, and where, in which sectors
 * and at which companies the role is hired. Like {@link GuideContentParts}, each method
 * checks the rows and returns the write to run.
 */
@Component
class GuideMarketParts {

	private final Market market;

	private final JdbcTemplate jdbc;

	private final GuideCompanies companies;

	GuideMarketParts(Market market, JdbcTemplate jdbc, GuideCompanies companies) {
		this.market = market;
		this.jdbc = jdbc;
		this.companies = companies;
	}

	Runnable levels(AdminRole guide, List<Kept> rows, Errors errors) {
		long roleId = guide.role().id();
		Set<Long> own = new HashSet<>(
				this.jdbc.queryForList("SELECT id FROM level WHERE role_id = ?", Long.class, roleId));
		List<LevelDetails> levels = new ArrayList<>();
		for (Kept kept : rows) {
			String title = kept.text(errors, "title", kept.row().title(), 120, "Enter the level's title.");
			Integer min = kept.number(errors, "min", kept.row().min(), 0, 60);
			Integer max = kept.number(errors, "max", kept.row().max(), 1, 61);
			if (max != null && (min == null || max <= min)) {
				errors.rejectValue(kept.path("max"), "range", "Give the fewest years too, and make the most larger.");
			}
			Long id = kept.id(errors, own);
			levels.add(new LevelDetails(id, title, min, max));
		}
		if (levels.isEmpty()) {
			errors.reject("rows", "A guide needs at least one level: salary bands and postings name one.");
		}
		Kept.uniqueness(errors, rows, "title", (kept) -> kept.row().title(), "Two levels have this title.");
		List<Long> keep = levels.stream().map(LevelDetails::id).filter(Objects::nonNull).toList();
		List<String> inUse = this.market.levelsInUse(roleId, keep);
		if (!inUse.isEmpty()) {
			errors.reject("rows", "Salary bands or postings use " + String.join(", ", inUse)
					+ ", so it cannot be removed; retire its bands and wait for its postings to end first.");
		}
		return () -> this.market.saveLevels(roleId, guide.role().title(), levels);
	}

	/**
	 * Market salaries and day rates: {@code kind} says which, {@code title} is the
	 * region's slug (empty for UK-wide), {@code min} and {@code max} the range,
	 * {@code payMin} the median, {@code detail} the source and {@code payMax} its year.
	 * Rows are replaced whole, so ids are not checked against the tables.
	 */
	Runnable pay(long roleId, List<Kept> rows, Errors errors) {
		Map<String, Long> regions = new HashMap<>();
		this.jdbc.query("SELECT slug, id FROM region",
				(RowCallbackHandler) (rs) -> regions.put(rs.getString(1), rs.getLong(2)));
		List<Object[]> salaries = new ArrayList<>();
		List<Object[]> rates = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Kept kept : rows) {
			boolean day = "DAY_RATE".equals(kept.row().kind());
			if (!day && !"SALARY".equals(kept.row().kind())) {
				errors.rejectValue(kept.path("kind"), "choice", "Choose a market salary or a contract day rate.");
				continue;
			}
			String region = GuideRow.blank(kept.row().title()) ? null : kept.row().title().strip();
			if (region != null && !regions.containsKey(region)) {
				errors.rejectValue(kept.path("title"), "choice", "Choose a region from the list, or UK-wide.");
			}
			int floor = day ? 50 : 1000;
			int ceiling = day ? 10_000 : 10_000_000;
			Integer min = kept.pounds(errors, "min", kept.row().min(), floor, ceiling);
			Integer max = kept.pounds(errors, "max", kept.row().max(), floor, ceiling);
			Integer median = kept.pounds(errors, "payMin", kept.row().payMin(), floor, ceiling);
			if ((min == null) != (max == null)) {
				errors.rejectValue(kept.path((min == null) ? "min" : "max"), "range",
						"Give both ends of the range, or neither.");
			}
			else if (min != null && min > max) {
				errors.rejectValue(kept.path("max"), "range", "The top of the range must not be below its bottom.");
			}
			else if (median != null && min != null && (median < min || median > max)) {
				errors.rejectValue(kept.path("payMin"), "range", "The median must lie within the range.");
			}
			if (median == null && (!day || min == null) && !errors.hasFieldErrors(kept.path("payMin"))) {
				errors.rejectValue(kept.path("payMin"), "required",
						day ? "Give a range or a median day rate." : "Give the median salary.");
			}
			String source = kept.text(errors, "detail", kept.row().detail(), 300, "Name the source of the figures.");
			Integer year = kept.number(errors, "payMax", kept.row().payMax(), 2000, 2100);
			if (year == null && !errors.hasFieldErrors(kept.path("payMax"))) {
				errors.rejectValue(kept.path("payMax"), "required", "Give the year the figures are for.");
			}
			if (!seen.add(kept.row().kind() + ":" + region)) {
				errors.rejectValue(kept.path("title"), "duplicate",
						"There is already a " + (day ? "day rate" : "market salary") + " for this region.");
			}
			Object[] figures = { (region != null) ? regions.get(region) : null, min, max, median, source, year };
			(day ? rates : salaries).add(figures);
		}
		return () -> {
			this.jdbc.update("DELETE FROM market_salary WHERE role_id = ?", roleId);
			this.jdbc.update("DELETE FROM day_rate WHERE role_id = ?", roleId);
			for (Object[] f : salaries) {
				this.jdbc.update("""
						INSERT INTO market_salary (role_id, region_id, range_min_gbp, range_max_gbp, median_gbp, source,
						                           as_of_year) VALUES (?, ?, ?, ?, ?, ?, ?)""", roleId, f[0], f[1],
						f[2], f[3], f[4], f[5]);
			}
			for (Object[] f : rates) {
				this.jdbc.update("""
						INSERT INTO day_rate (role_id, region_id, min_gbp, max_gbp, median_gbp, source, as_of_year)
						VALUES (?, ?, ?, ?, ?, ?, ?)""", roleId, f[0], f[1], f[2], f[3], f[4], f[5]);
			}
		};
	}

	Runnable locations(long roleId, List<Kept> rows, Errors errors) {
		Set<Long> own = this.companies.locationIds(roleId);
		List<GuideCompanies.Location> locations = new ArrayList<>();
		for (Kept kept : rows) {
			String name = kept.text(errors, "title", kept.row().title(), 120, "Name the place.");
			String why = kept.text(errors, "body", kept.row().body(), 4000, "Say why the jobs are there.");
			locations.add(new GuideCompanies.Location(kept.id(errors, own), name, why));
		}
		Kept.uniqueness(errors, rows, "title", (kept) -> kept.row().title(), "This place is listed twice.");
		return () -> this.companies.saveLocations(roleId, locations);
	}

	Runnable profiles(long roleId, List<Kept> rows, Errors errors) {
		Set<Long> own = this.companies.profileIds(roleId);
		List<GuideCompanies.Profile> profiles = new ArrayList<>();
		for (Kept kept : rows) {
			String name = kept.text(errors, "title", kept.row().title(), 120, "Name the sector.");
			String headline = kept.text(errors, "detail", kept.row().detail(), 200, "Give the sector a headline.");
			String body = kept.text(errors, "body", kept.row().body(), 20_000, "Write the sector's portrait.");
			List<String> employers = kept.row().lines();
			if (employers.size() > 30 || employers.stream().anyMatch((employer) -> employer.length() > 120)) {
				errors.rejectValue(kept.path("list"), "size",
						"Name at most 30 employers, one a line, each up to 120 characters.");
			}
			else if (employers.stream()
				.map((employer) -> employer.toLowerCase(Locale.ROOT))
				.distinct()
				.count() < employers.size()) {
				errors.rejectValue(kept.path("list"), "duplicate", "An employer is named twice.");
			}
			profiles.add(new GuideCompanies.Profile(kept.id(errors, own), name, headline, body, employers));
		}
		Kept.uniqueness(errors, rows, "title", (kept) -> kept.row().title(), "This sector is listed twice.");
		return () -> this.companies.saveProfiles(roleId, profiles);
	}

	Runnable hiring(long roleId, List<Kept> rows, Errors errors) {
		Map<String, Long> known = this.companies.companyIds();
		List<Long> chosen = new ArrayList<>();
		for (Kept kept : rows) {
			Long id = known.get(kept.row().kind());
			if (id == null) {
				errors.rejectValue(kept.path("kind"), "choice", "Choose a listed company.");
			}
			else {
				chosen.add(id);
			}
		}
		Kept.uniqueness(errors, rows, "kind", (kept) -> kept.row().kind(), "This company is named twice.");
		return () -> this.companies.saveHiring(roleId, chosen);
	}

}
