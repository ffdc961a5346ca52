package uk.mljobs.salary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
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
import uk.mljobs.shared.UkTime;

/**
 * Advertised pay beside the curated figures. Statistics over every live posting are kept
 * per window until a posting changes (published, edited, closed, expired) on this
 * instance or, by its notice, on another, and at most {@link #FRESH_FOR} should a notice
 * be lost: at a million postings they take a scan. Each change starts a new generation,
 * so a computation that read the postings before the change is never kept after it.
 */
@Service
@Transactional(readOnly = true)
public class SalaryInsights {

	/** The windows offered, in months. */
	public static final List<Integer> WINDOWS = List.of(6, 12);

	static final Duration FRESH_FOR = Duration.ofMinutes(5);

	private final Market market;

	private final SalaryBands bands;

	private final Salaries salaries;

	/** Statistics per generation and window. */
	private final LoadingCache<List<Long>, List<PayStatistics>> statistics;

	/** Monthly medians of annual pay, per generation, role and window. */
	private final LoadingCache<List<Long>, List<AdvertisedPay.MonthlyMedian>> trends;

	/** Where the counted postings came from, per generation and window. */
	private final LoadingCache<List<Long>, java.util.Map<Long, AdvertisedPay.Provenance>> provenance;

	private final PostingsGeneration generation;

	SalaryInsights(AdvertisedPay advertised, Market market, SalaryBands bands, Salaries salaries, Clock clock,
			PostingsGeneration generation) {
		this.generation = generation;
		this.market = market;
		this.bands = bands;
		this.salaries = salaries;
		this.statistics = Caffeine.newBuilder()
			.maximumSize(2L * WINDOWS.size())
			.expireAfterWrite(FRESH_FOR)
			.build((key) -> advertised.statistics(since(clock, key.get(1).intValue())));
		this.trends = Caffeine.newBuilder()
			.maximumSize(100)
			.expireAfterWrite(FRESH_FOR)
			.build((key) -> advertised.monthlyMedians(key.get(1), Unit.YEAR, since(clock, key.get(2).intValue())));
		this.provenance = Caffeine.newBuilder()
			.maximumSize(2L * WINDOWS.size())
			.expireAfterWrite(FRESH_FOR)
			.build((key) -> advertised.provenance(since(clock, key.get(1).intValue())));
		generation.onChange(() -> {
			this.provenance.invalidateAll();
			this.statistics.invalidateAll();
			this.trends.invalidateAll();
		});
	}

	/**
	 * When a window of {@code months} starts: that many calendar months ago, London time.
	 */
	static Instant since(Clock clock, int months) {
		return clock.instant().atZone(UkTime.ZONE).minusMonths(months).toInstant();
	}

	public RoleInsights insights(RoleView role, RegionView onlyRegion, int months) {
		List<PayStatistics> all = statistics(months);
		List<RegionView> regions = this.market.regions();
		List<RegionView> shown = regions.stream()
			.filter((region) -> onlyRegion == null || region.id() == onlyRegion.id())
			.toList();
		List<SalaryBand> roleBands = this.bands.findByRoleIdAndRetiredAtIsNull(role.id());
		List<LevelView> levels = this.market.levels(role.id());
		List<RoleInsights.AnnualRow> annual = new ArrayList<>();
		for (LevelView level : levels) {
			for (RegionView region : shown) {
				annual.add(new RoleInsights.AnnualRow(level, region, band(roleBands, level, region),
						find(all, role, Unit.YEAR, level.id(), region.id()).orElse(null)));
			}
		}
		// Day rates for all levels in each region, then by level where any were
		// advertised: contracts are fewer, so most level cells would only say "not
		// enough data".
		List<RoleInsights.DailyRow> daily = new ArrayList<>();
		for (RegionView region : shown) {
			PayRange typical = typicalDayRate(role, region);
			daily.add(new RoleInsights.DailyRow(null, region, typical,
					find(all, role, Unit.DAY, null, region.id()).orElse(null)));
			for (LevelView level : levels) {
				find(all, role, Unit.DAY, level.id(), region.id())
					.ifPresent((stats) -> daily.add(new RoleInsights.DailyRow(level, region, typical, stats)));
			}
		}
		return new RoleInsights(role, months, annual, daily, premiums(role, levels, all, regions),
				this.trends.get(List.of(this.generation.current(), role.id(), (long) months)),
				this.provenance.get(List.of(this.generation.current(), (long) months))
					.getOrDefault(role.id(), AdvertisedPay.Provenance.NONE));
	}

	/** Statistics over the last {@code months}, one of {@link #WINDOWS}. */
	List<PayStatistics> statistics(int months) {
		return this.statistics.get(List.of(this.generation.current(), (long) months));
	}

	/** A role's statistics for one unit, level (null: all levels) and region. */
	static Optional<PayStatistics> find(List<PayStatistics> all, RoleView role, Unit unit, Long levelId,
			long regionId) {
		return all.stream()
			.filter((stats) -> stats.roleId() == role.id() && stats.unit() == unit
					&& Objects.equals(stats.levelId(), levelId) && stats.regionId() == regionId)
			.findFirst();
	}

	/** The live curated band for a level and region, or null. */
	static PayRange band(List<SalaryBand> bands, LevelView level, RegionView region) {
		return bands.stream()
			.filter((band) -> band.levelId() == level.id() && band.regionId() == region.id())
			.map(SalaryBand::range)
			.findFirst()
			.orElse(null);
	}

	/** The role's typical day rate: the region's own range, else the UK-wide one. */
	private PayRange typicalDayRate(RoleView role, RegionView region) {
		return this.salaries.dayRateBenchmark(role.id(), region.id()).map(PayBenchmark::range).orElse(null);
	}

	/**
	 * London's median annual pay over the rest of the UK's, per level where both are
	 * known well enough; then all levels, computed from those same levels (their ratios
	 * weighted by their postings), never from all postings at once: London's postings are
	 * more senior, so one median over every level would compare different mixes (it read
	 * ×1.00 beside ×1.15 to ×1.28 per level). No level known well enough, no premium.
	 */
	static List<RoleInsights.Premium> premiums(RoleView role, List<LevelView> levels, List<PayStatistics> all,
			List<RegionView> regions) {
		Optional<RegionView> london = regions.stream().filter((r) -> r.slug().equals("london")).findFirst();
		Optional<RegionView> rest = regions.stream().filter((r) -> r.slug().equals("rest-of-uk")).findFirst();
		if (london.isEmpty() || rest.isEmpty()) {
			return List.of();
		}
		List<RoleInsights.Premium> premiums = new ArrayList<>();
		double weighted = 0;
		long postings = 0;
		for (LevelView level : levels) {
			Optional<PayStatistics> in = find(all, role, Unit.YEAR, level.id(), london.get().id());
			Optional<PayStatistics> out = find(all, role, Unit.YEAR, level.id(), rest.get().id());
			if (in.isPresent() && out.isPresent() && in.get().enough() && out.get().enough()) {
				RoleInsights.Premium premium = RoleInsights.Premium.of(level.title(), in.get(), out.get());
				premiums.add(premium);
				weighted += premium.ratio() * premium.postings();
				postings += premium.postings();
			}
		}
		if (premiums.size() > 1) {
			premiums.add(RoleInsights.Premium.combined(weighted / postings, postings));
		}
		return premiums;
	}

}
