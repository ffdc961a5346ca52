package uk.mljobs.salary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.salary.PayStatistics.Unit;
import uk.mljobs.shared.PayRange;

/**
 * Advertised pay beside the curated figures. Statistics over every live posting are
 * computed at most every {@link #FRESH_FOR} per window: they move slowly, and at a
 * million postings they take a scan.
 */
@Service
@Transactional(readOnly = true)
public class SalaryInsights {

	/** The windows offered, in months. */
	public static final List<Integer> WINDOWS = List.of(6, 12);

	static final Duration FRESH_FOR = Duration.ofMinutes(5);

	private final Market market;

	private final SalaryBands bands;

	private final DayRates dayRates;

	private final LoadingCache<Integer, List<PayStatistics>> statistics;

	/** Monthly medians of annual pay, per role and window. */
	private final LoadingCache<List<Long>, List<AdvertisedPay.MonthlyMedian>> trends;

	SalaryInsights(AdvertisedPay advertised, Market market, SalaryBands bands, DayRates dayRates, Clock clock) {
		this.market = market;
		this.bands = bands;
		this.dayRates = dayRates;
		this.statistics = Caffeine.newBuilder()
			.maximumSize(WINDOWS.size())
			.expireAfterWrite(FRESH_FOR)
			.build((months) -> advertised.statistics(since(clock, months)));
		this.trends = Caffeine.newBuilder()
			.maximumSize(100)
			.expireAfterWrite(FRESH_FOR)
			.build((key) -> advertised.monthlyMedians(key.get(0), Unit.YEAR, since(clock, key.get(1).intValue())));
	}

	/**
	 * When a window of {@code months} starts: that many calendar months ago, London time.
	 */
	static Instant since(Clock clock, int months) {
		return clock.instant().atZone(ZoneId.of("Europe/London")).minusMonths(months).toInstant();
	}

	public RoleInsights insights(RoleView role, RegionView onlyRegion, int months) {
		List<PayStatistics> all = this.statistics.get(months)
			.stream()
			.filter((stats) -> stats.roleId() == role.id())
			.toList();
		List<RegionView> regions = this.market.regions();
		List<RegionView> shown = regions.stream()
			.filter((region) -> onlyRegion == null || region.id() == onlyRegion.id())
			.toList();
		List<SalaryBand> roleBands = this.bands.findByRoleIdAndRetiredAtIsNull(role.id());
		List<RoleInsights.AnnualRow> annual = new ArrayList<>();
		for (LevelView level : this.market.levels(role.id())) {
			for (RegionView region : shown) {
				PayRange band = roleBands.stream()
					.filter((b) -> b.levelId() == level.id() && b.regionId() == region.id())
					.map(SalaryBand::range)
					.findFirst()
					.orElse(null);
				annual.add(new RoleInsights.AnnualRow(level, region, band,
						find(all, Unit.YEAR, level.id(), region.id()).orElse(null)));
			}
		}
		List<DayRate> rates = this.dayRates.findByRoleId(role.id());
		List<RoleInsights.DailyRow> daily = shown.stream()
			.map((region) -> new RoleInsights.DailyRow(region, typicalDayRate(rates, region),
					find(all, Unit.DAY, null, region.id()).orElse(null)))
			.toList();
		return new RoleInsights(role, months, annual, daily, premiums(role, all, regions),
				this.trends.get(List.of(role.id(), (long) months)));
	}

	/** The window the checker compares against, in months. */
	static final int CHECKER_WINDOW = 12;

	/**
	 * Where a salary or day rate sits, or empty with the problems in {@code errors}.
	 */
	public Optional<CheckResult> check(CheckerForm form, Errors errors) {
		RoleView role = this.market.role(strip(form.role())).orElse(null);
		if (role == null) {
			errors.rejectValue("role", "unknown", "Choose a role.");
		}
		LevelView level = (role != null) ? this.market.levels(role.id())
			.stream()
			.filter((candidate) -> candidate.slug().equals(strip(form.level())))
			.findFirst()
			.orElse(null) : null;
		if (role != null && level == null) {
			errors.rejectValue("level", "unknown", "Choose a level of this role.");
		}
		RegionView region = this.market.regions()
			.stream()
			.filter((candidate) -> candidate.slug().equals(strip(form.region())))
			.findFirst()
			.orElse(null);
		if (region == null) {
			errors.rejectValue("region", "unknown", "Choose a region.");
		}
		boolean perDay = !strip(form.dayRate()).isEmpty();
		Integer pay = null;
		if (perDay && !strip(form.salary()).isEmpty()) {
			errors.rejectValue("dayRate", "both", "Enter a salary or a day rate, not both.");
		}
		else if (perDay) {
			pay = pounds(form.dayRate(), "dayRate", "day rate", 100, 5_000, errors);
		}
		else if (strip(form.salary()).isEmpty()) {
			errors.rejectValue("salary", "required", "Enter a salary, or a day rate.");
		}
		else {
			pay = pounds(form.salary(), "salary", "salary", 10_000, 1_000_000, errors);
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		List<PayStatistics> all = this.statistics.get(CHECKER_WINDOW);
		if (perDay) {
			return Optional.of(new CheckResult(role, level, region, pay, true,
					typicalDayRate(this.dayRates.findByRoleId(role.id()), region),
					find(all.stream().filter((stats) -> stats.roleId() == role.id()).toList(), Unit.DAY, null,
							region.id())
						.orElse(null),
					CHECKER_WINDOW));
		}
		PayRange band = this.bands.findByRoleIdAndRetiredAtIsNull(role.id())
			.stream()
			.filter((b) -> b.levelId() == level.id() && b.regionId() == region.id())
			.map(SalaryBand::range)
			.findFirst()
			.orElse(null);
		return Optional.of(new CheckResult(role, level, region, pay, false, band,
				find(all.stream().filter((stats) -> stats.roleId() == role.id()).toList(), Unit.YEAR, level.id(),
						region.id())
					.orElse(null),
				CHECKER_WINDOW));
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	/**
	 * Whole pounds, allowing "£95,000"; null, with a message, outside
	 * {@code min}–{@code max}.
	 */
	private static Integer pounds(String value, String field, String name, int min, int max, Errors errors) {
		String digits = strip(value).replaceAll("^£|,", "");
		if (!digits.matches("\\d{1,9}")) {
			errors.rejectValue(field, "number",
					"Enter the " + name + " as whole pounds, like " + ((max > 5_000) ? "65000" : "550") + ".");
			return null;
		}
		int pounds = Integer.parseInt(digits);
		if (pounds < min || pounds > max) {
			errors.rejectValue(field, "range", "Enter a " + name + " from " + uk.mljobs.shared.Gbp.format(min) + " to "
					+ uk.mljobs.shared.Gbp.format(max) + ".");
			return null;
		}
		return pounds;
	}

	private static Optional<PayStatistics> find(List<PayStatistics> all, Unit unit, Long levelId, long regionId) {
		return all.stream()
			.filter((stats) -> stats.unit() == unit && Objects.equals(stats.levelId(), levelId)
					&& stats.regionId() == regionId)
			.findFirst();
	}

	/** The region's own range, else the UK-wide one. */
	private static PayRange typicalDayRate(List<DayRate> rates, RegionView region) {
		return rates.stream()
			.filter((rate) -> rate.range() != null)
			.filter((rate) -> rate.regionId() == null || rate.regionId() == region.id())
			.min(Comparator.comparing((DayRate rate) -> rate.regionId() == null))
			.map(DayRate::range)
			.orElse(null);
	}

	/**
	 * London's median annual pay over the rest of the UK's, where both are known well
	 * enough.
	 */
	private List<RoleInsights.Premium> premiums(RoleView role, List<PayStatistics> all, List<RegionView> regions) {
		Optional<RegionView> london = regions.stream().filter((r) -> r.slug().equals("london")).findFirst();
		Optional<RegionView> rest = regions.stream().filter((r) -> r.slug().equals("rest-of-uk")).findFirst();
		if (london.isEmpty() || rest.isEmpty()) {
			return List.of();
		}
		List<RoleInsights.Premium> premiums = new ArrayList<>();
		List<Long> levels = new ArrayList<>(this.market.levels(role.id()).stream().map(LevelView::id).toList());
		levels.add(null);
		for (Long level : levels) {
			Optional<PayStatistics> in = find(all, Unit.YEAR, level, london.get().id());
			Optional<PayStatistics> out = find(all, Unit.YEAR, level, rest.get().id());
			if (in.isPresent() && out.isPresent() && in.get().enough() && out.get().enough()) {
				String label = (level != null) ? this.market.levels(role.id())
					.stream()
					.filter((l) -> l.id() == level)
					.findFirst()
					.map(LevelView::title)
					.orElse("") : "All levels";
				premiums.add(new RoleInsights.Premium(label, in.get().median(), out.get().median()));
			}
		}
		return premiums;
	}

}
