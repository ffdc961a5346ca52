package uk.mljobs.salary;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;

/**
 * Reads pay reference data, laid out for pages.
 */
@Service
@Transactional(readOnly = true)
public class Salaries {

	private final SalaryBands bands;

	private final DayRates dayRates;

	private final MarketSalaries marketSalaries;

	private final Market market;

	Salaries(SalaryBands bands, DayRates dayRates, MarketSalaries marketSalaries, Market market) {
		this.bands = bands;
		this.dayRates = dayRates;
		this.marketSalaries = marketSalaries;
		this.market = market;
	}

	/** A role's bands, day rates and market figures, optionally limited to one region. */
	public RolePay pay(RoleView role, RegionView onlyRegion) {
		Map<Long, RegionView> regions = this.market.regions()
			.stream()
			.collect(Collectors.toMap(RegionView::id, Function.identity()));
		return new RolePay(table(role, onlyRegion), dayRates(role, regions, onlyRegion),
				marketSalaries(role, regions, onlyRegion));
	}

	/** Every curated band, role by role, level by level. */
	public List<BandView> bands() {
		List<BandView> bands = new java.util.ArrayList<>();
		for (RoleView role : this.market.roles()) {
			SalaryTable table = table(role, null);
			for (SalaryTable.Row row : table.rows()) {
				for (SalaryTable.Cell cell : row.cells()) {
					if (cell.range() != null) {
						bands.add(new BandView(role.slug(), row.level().slug(), row.level().title(),
								cell.region().slug(), cell.range().min(), cell.range().max(), cell.range().openEnded(),
								String.join("; ", table.sources())));
					}
				}
			}
		}
		return bands;
	}

	/**
	 * The curated annual band for a role, level and region, or failing that the role's
	 * typical market range (regional first).
	 */
	public Optional<PayBenchmark> annualBenchmark(long roleId, long levelId, long regionId, String levelTitle,
			String regionName) {
		Optional<PayBenchmark> band = this.bands.findByRoleIdAndRetiredAtIsNull(roleId)
			.stream()
			.filter((b) -> b.levelId() == levelId && b.regionId() == regionId)
			.findFirst()
			.map((b) -> new PayBenchmark("Curated band for " + levelTitle + " in " + regionName, b.range(), false,
					b.source() + " (" + b.asOfYear() + ")"));
		if (band.isPresent()) {
			return band;
		}
		return this.marketSalaries.findByRoleId(roleId)
			.stream()
			.filter((salary) -> salary.range() != null)
			.filter((salary) -> salary.regionId() == null || salary.regionId() == regionId)
			.min(Comparator.comparing((MarketSalary salary) -> salary.regionId() == null))
			.map((salary) -> new PayBenchmark("Typical market range for the role", salary.range(), false,
					salary.source() + " (" + salary.asOfYear() + ")"));
	}

	/** The role's contract day-rate range, regional first, else UK-wide. */
	public Optional<PayBenchmark> dayRateBenchmark(long roleId, long regionId) {
		return this.dayRates.findByRoleId(roleId)
			.stream()
			.filter((rate) -> rate.range() != null)
			.filter((rate) -> rate.regionId() == null || rate.regionId() == regionId)
			.min(Comparator.comparing((DayRate rate) -> rate.regionId() == null))
			.map((rate) -> new PayBenchmark("Typical contract day rate for the role", rate.range(), true,
					rate.source() + " (" + rate.asOfYear() + ")"));
	}

	private SalaryTable table(RoleView role, RegionView onlyRegion) {
		List<RegionView> columns = this.market.regions()
			.stream()
			.filter((region) -> onlyRegion == null || region.id() == onlyRegion.id())
			.toList();
		List<SalaryBand> bands = this.bands.findByRoleIdAndRetiredAtIsNull(role.id());
		List<SalaryTable.Row> rows = this.market.levels(role.id())
			.stream()
			.map((level) -> row(level, columns, bands))
			.filter((row) -> row.cells().stream().anyMatch((cell) -> cell.range() != null))
			.toList();
		List<String> sources = bands.stream()
			.filter((band) -> onlyRegion == null || band.regionId() == onlyRegion.id())
			.map((band) -> band.source() + " (" + band.asOfYear() + ")")
			.distinct()
			.toList();
		Instant lastReviewed = bands.stream()
			.map(SalaryBand::reviewedAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new SalaryTable(role, columns, rows, sources, lastReviewed);
	}

	private static SalaryTable.Row row(LevelView level, List<RegionView> columns, List<SalaryBand> bands) {
		List<SalaryTable.Cell> cells = columns.stream().map((region) -> {
			SalaryBand band = bands.stream()
				.filter((candidate) -> candidate.levelId() == level.id() && candidate.regionId() == region.id())
				.findFirst()
				.orElse(null);
			return new SalaryTable.Cell(region, (band != null) ? band.range() : null,
					(band != null) ? band.reviewedAt() : null, (band != null) ? band.asOfYear() : 0);
		}).toList();
		return new SalaryTable.Row(level, cells);
	}

	private List<DayRateView> dayRates(RoleView role, Map<Long, RegionView> regions, RegionView onlyRegion) {
		return this.dayRates.findByRoleId(role.id())
			.stream()
			.filter((rate) -> inScope(rate.regionId(), onlyRegion))
			.map((rate) -> new DayRateView(regionOf(rate.regionId(), regions), rate.range(), rate.median(),
					rate.source(), rate.asOfYear()))
			.sorted(ukWideFirst(DayRateView::region))
			.toList();
	}

	private List<MarketSalaryView> marketSalaries(RoleView role, Map<Long, RegionView> regions, RegionView onlyRegion) {
		return this.marketSalaries.findByRoleId(role.id())
			.stream()
			.filter((salary) -> inScope(salary.regionId(), onlyRegion))
			.map((salary) -> new MarketSalaryView(regionOf(salary.regionId(), regions), salary.median(), salary.range(),
					salary.source(), salary.asOfYear()))
			.sorted(ukWideFirst(MarketSalaryView::region))
			.toList();
	}

	/**
	 * UK-wide figures stay in view whatever region is picked: they describe every region.
	 */
	private static boolean inScope(Long regionId, RegionView onlyRegion) {
		return onlyRegion == null || regionId == null || regionId == onlyRegion.id();
	}

	private static RegionView regionOf(Long regionId, Map<Long, RegionView> regions) {
		return (regionId != null) ? regions.get(regionId) : null;
	}

	private static <T> Comparator<T> ukWideFirst(Function<T, RegionView> region) {
		return Comparator.comparing(region, Comparator.nullsFirst(Comparator.comparingLong(RegionView::id)));
	}

}
