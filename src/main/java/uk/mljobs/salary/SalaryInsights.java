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

	SalaryInsights(AdvertisedPay advertised, Market market, SalaryBands bands, DayRates dayRates, Clock clock) {
		this.market = market;
		this.bands = bands;
		this.dayRates = dayRates;
		this.statistics = Caffeine.newBuilder()
			.maximumSize(WINDOWS.size())
			.expireAfterWrite(FRESH_FOR)
			.build((months) -> advertised.statistics(since(clock, months)));
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
		return new RoleInsights(role, months, annual, daily, premiums(role, all, regions));
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
