package uk.mljobs.salary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.salary.PayStatistics.Unit;
import uk.mljobs.salary.Yardstick.Basis;
import uk.mljobs.salary.Yardstick.Verdict;
import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.PayRange;
import uk.mljobs.shared.Pounds;

/**
 * The salary checker's answer: one verdict for every published role, read against the
 * most trusted figures there are, in this order (the stated rule):
 * <ol>
 * <li>the curated band for the level and region;</li>
 * <li>else the role's published market figures (its median, regional first, and its
 * typical range; for day rates the published day rates);</li>
 * <li>else advertised pay on this board for the same cell, when at least
 * {@value PayStatistics#MIN_POSTINGS} postings give it.</li>
 * </ol>
 * Advertised pay is always shown beside as evidence; when it places the figure two or
 * more steps away from the verdict the answer says so and why the verdict stands.
 */
@Service
@Transactional(readOnly = true)
public class SalaryChecker {

	/** The window the checker compares against, in months. */
	static final int WINDOW = 12;

	private final SalaryInsights insights;

	private final Market market;

	private final SalaryBands bands;

	private final MarketSalaries marketSalaries;

	private final DayRates dayRates;

	SalaryChecker(SalaryInsights insights, Market market, SalaryBands bands, MarketSalaries marketSalaries,
			DayRates dayRates) {
		this.insights = insights;
		this.market = market;
		this.bands = bands;
		this.marketSalaries = marketSalaries;
		this.dayRates = dayRates;
	}

	/**
	 * Where a salary or day rate sits, or empty with the problems in {@code errors}: the
	 * form's own (each figure whole pounds in its range, see {@link CheckerForm}) and
	 * these.
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
		if (perDay && !strip(form.salary()).isEmpty() && !errors.hasFieldErrors("dayRate")) {
			errors.rejectValue("dayRate", "both", "Enter a salary or a day rate, not both.");
		}
		else if (!perDay && strip(form.salary()).isEmpty()) {
			errors.rejectValue("salary", "required", "Enter a salary, or a day rate.");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		int pay = Pounds.parse(perDay ? form.dayRate() : form.salary()).getAsInt();
		return Optional.of(perDay ? dayRate(role, level, region, pay) : salary(role, level, region, pay));
	}

	private CheckResult salary(RoleView role, LevelView level, RegionView region, int pay) {
		PayStatistics advertised = SalaryInsights
			.find(this.insights.statistics(WINDOW), role, Unit.YEAR, level.id(), region.id())
			.orElse(null);
		PayRange band = SalaryInsights.band(this.bands.findByRoleIdAndRetiredAtIsNull(role.id()), level, region);
		List<MarketSalary> market = this.marketSalaries.findByRoleId(role.id());
		MarketSalary regional = market.stream()
			.filter((row) -> row.regionId() != null && row.regionId() == region.id())
			.findFirst()
			.orElse(null);
		MarketSalary uk = market.stream().filter((row) -> row.regionId() == null).findFirst().orElse(null);
		Published published = Published.pick(region.name(),
				(regional != null) ? Integer.valueOf(regional.median()) : null,
				(regional != null) ? regional.range() : null, (uk != null) ? Integer.valueOf(uk.median()) : null,
				(uk != null) ? uk.range() : null);
		Integer median = published.median();
		String medianWhere = published.medianWhere();
		PayRange range = published.range();
		String rangeWhere = published.rangeWhere();

		Yardstick yardstick;
		PayRange drawn;
		if (band != null) {
			yardstick = Yardstick.ofRange(Basis.BAND, "the curated band (" + band.display() + ")", band);
			drawn = band;
		}
		else if (median != null) {
			String description = "the published market figures for the role, which cover every level: a " + medianWhere
					+ " median of " + Gbp.format(median)
					+ ((range != null) ? " and a typical " + rangeWhere + " range of " + range.display() : "");
			yardstick = Yardstick.ofMedian(description, median, "the " + medianWhere + " median for the role", range);
			drawn = range;
		}
		else {
			yardstick = advertisedYardstick(advertised);
			drawn = null;
		}
		List<String> evidence = new ArrayList<>();
		if (band != null) {
			evidence.add(CheckResult.withinRange(pay, band, "the curated band"));
		}
		if (median != null) {
			evidence.add(medianLine(pay, median, medianWhere, range, rangeWhere, role));
		}
		return result(role, level, region, pay, false, yardstick, drawn, advertised, evidence);
	}

	private CheckResult dayRate(RoleView role, LevelView level, RegionView region, int pay) {
		PayStatistics advertised = SalaryInsights
			.find(this.insights.statistics(WINDOW), role, Unit.DAY, null, region.id())
			.orElse(null);
		List<DayRate> rates = this.dayRates.findByRoleId(role.id());
		DayRate regional = rates.stream()
			.filter((row) -> row.regionId() != null && row.regionId() == region.id())
			.findFirst()
			.orElse(null);
		DayRate uk = rates.stream().filter((row) -> row.regionId() == null).findFirst().orElse(null);
		Published published = Published.pick(region.name(), (regional != null) ? regional.median() : null,
				(regional != null) ? regional.range() : null, (uk != null) ? uk.median() : null,
				(uk != null) ? uk.range() : null);
		Integer median = published.median();
		String medianWhere = published.medianWhere();
		PayRange range = published.range();
		String rangeWhere = published.rangeWhere();
		Yardstick yardstick;
		List<String> evidence = new ArrayList<>();
		if (median != null) {
			yardstick = Yardstick.ofMedian(
					"the published day rates for the role: a " + medianWhere + " median of " + Gbp.format(median)
							+ ((range != null) ? " and a " + rangeWhere + " range of " + range.display() : ""),
					median, "the " + medianWhere + " median day rate", range);
			evidence.add(medianLine(pay, median, medianWhere, range, rangeWhere, role).replace("median for ",
					"median day rate for "));
		}
		else if (range != null) {
			yardstick = Yardstick.ofRange(Basis.MARKET,
					"the published day rates for the role (" + range.display() + " a day, " + rangeWhere + ")", range);
			evidence.add(CheckResult.withinRange(pay, range, "the published day rates"));
		}
		else {
			yardstick = advertisedYardstick(advertised);
		}
		return result(role, level, region, pay, true, yardstick, range, advertised, evidence);
	}

	static Yardstick advertisedYardstick(PayStatistics advertised) {
		return (advertised != null && advertised.enough()) ? Yardstick.ofAdvertised(advertised,
				"advertised pay on this board: " + advertised.n() + " postings in the last " + WINDOW + " months")
				: null;
	}

	private static String medianLine(int pay, int median, String medianWhere, PayRange range, String rangeWhere,
			RoleView role) {
		long gap = pay - (long) median;
		String against = (gap == 0) ? "exactly at it"
				: Gbp.format(Math.abs(gap)) + ((gap < 0) ? " under it" : " over it");
		return "The published " + medianWhere + " median for " + role.title() + " roles is " + Gbp.format(median) + "; "
				+ Gbp.format(pay) + " is " + against + "."
				+ ((range != null)
						? " The typical " + rangeWhere + " range, across every level, is " + range.display() + "."
						: "");
	}

	static CheckResult result(RoleView role, LevelView level, RegionView region, int pay, boolean perDay,
			Yardstick yardstick, PayRange drawn, PayStatistics advertised, List<String> evidence) {
		Verdict verdict = (yardstick != null) ? yardstick.verdictOn(pay) : null;
		Yardstick.Ask ask = (yardstick != null) ? yardstick.askFor(pay, perDay) : null;
		String disagreement = null;
		if (yardstick != null && yardstick.basis() != Basis.ADVERTISED && advertised != null && advertised.enough()) {
			Verdict amongAdvertised = Yardstick.ofAdvertised(advertised, "").verdictOn(pay);
			if (Math.abs(amongAdvertised.step() - verdict.step()) >= 2) {
				disagreement = "Advertised pay on this board reads it differently: among " + advertised.n()
						+ " postings like it, it would be " + amongAdvertised.words() + ". The verdict follows "
						+ yardstick.basis().words() + " because " + yardstick.basis().why() + "; advertised pay is a "
						+ "sample of " + advertised.n() + " postings, shown for what it is.";
			}
		}
		return new CheckResult(role, level, region, pay, perDay, yardstick, verdict, ask, drawn, advertised, WINDOW,
				List.copyOf(evidence), disagreement);
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	/**
	 * The published median and typical range a check reads, each the region's own where
	 * it has one, else the UK-wide figure, with where each comes from.
	 */
	record Published(Integer median, String medianWhere, PayRange range, String rangeWhere) {

		static Published pick(String region, Integer regionalMedian, PayRange regionalRange, Integer ukMedian,
				PayRange ukRange) {
			boolean ownMedian = regionalMedian != null;
			boolean ownRange = regionalRange != null;
			return new Published(ownMedian ? regionalMedian : ukMedian, ownMedian ? region : "UK",
					ownRange ? regionalRange : ukRange, ownRange ? region : "UK");
		}

	}

}
