package uk.mljobs.job;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.RegionView;
import uk.mljobs.roleguide.RoleGuide;
import uk.mljobs.salary.DayRateView;
import uk.mljobs.salary.MarketSalaryView;
import uk.mljobs.salary.RolePay;
import uk.mljobs.salary.SalaryTable;
import uk.mljobs.shared.PayRange;

/**
 * What a demo sample posting pays and asks for, drawn so the statistics built on the
 * samples look like the published figures they sit beside:
 * <ul>
 * <li>Salaries sit around the curated band's middle for the level and region (within 15%
 * of the band's width), each posting's range about 40% of the band wide. A role with no
 * bands places its levels evenly across the published typical range, junior at the
 * bottom, scaled by the region's published median over the UK's (London ×85/70 for ML
 * Engineers). Pay therefore rises with level.</li>
 * <li>Day rates sit across the published day-rate range by level, scaled by the region's
 * published median where there is one.</li>
 * <li>Skills follow the role's guide: each tool of a category the guide calls
 * non-negotiable in 85% of the role's ads, each essential skill in 70%, emerging skills
 * in 20%, and one or two more tools of the guide's stack.</li>
 * </ul>
 */
final class SampleMix {

	static final double NON_NEGOTIABLE = 0.85;

	static final double ESSENTIAL = 0.70;

	static final double EMERGING = 0.20;

	private SampleMix() {
	}

	/** A posting's advertised range: {min, max} in pounds a year or a day. */
	static int[] pay(RolePay pay, List<LevelView> levels, LevelView level, RegionView region, boolean contract,
			Random random) {
		int position = levels.indexOf(level);
		double place = (position + 0.5) / levels.size();
		if (contract) {
			PayRange range = dayRange(pay.dayRates(), region);
			double centre = range.min() + (range.max() - range.min()) * place;
			centre *= regionalScale(pay.dayRates()
				.stream()
				.map((rate) -> new double[] { regionId(rate.region()),
						(rate.median() != null) ? rate.median() : Double.NaN })
				.toList(), region);
			double jitter = (random.nextDouble() - 0.5) * 50;
			return rounded(centre + jitter - 50, centre + jitter + 50, 25);
		}
		PayRange band = band(pay.table(), level, region);
		if (band != null) {
			double width = band.max() - band.min();
			double centre = band.min() + width / 2 + (random.nextDouble() - 0.5) * 0.3 * width;
			return rounded(centre - 0.2 * width, centre + 0.2 * width, 1_000);
		}
		MarketSalaryView uk = pay.marketSalaries()
			.stream()
			.filter((salary) -> salary.region() == null && salary.range() != null)
			.findFirst()
			.orElse(null);
		PayRange typical = (uk != null) ? uk.range() : PayRange.of(50_000, 105_000);
		double centre = typical.min() + (typical.max() - typical.min()) * place;
		centre *= regionalScale(pay.marketSalaries()
			.stream()
			.map((salary) -> new double[] { regionId(salary.region()), salary.median() })
			.toList(), region);
		double spread = centre * 0.12;
		double jitter = (random.nextDouble() - 0.5) * centre * 0.08;
		return rounded(centre + jitter - spread, centre + jitter + spread, 1_000);
	}

	/** The tools and skills a posting of the role asks for, as tool ids. */
	static Set<Long> tools(RoleGuide guide, Random random) {
		Set<Long> ids = new LinkedHashSet<>();
		List<RoleGuide.StackEntry> others = new ArrayList<>();
		for (RoleGuide.Category category : guide.stack()) {
			for (RoleGuide.StackEntry entry : category.tools()) {
				if (category.nonNegotiable()) {
					if (random.nextDouble() < NON_NEGOTIABLE) {
						ids.add(entry.tool().id());
					}
				}
				else {
					others.add(entry);
				}
			}
		}
		guide.essentialSkills().forEach((skill) -> {
			if (random.nextDouble() < ESSENTIAL) {
				ids.add(skill.id());
			}
		});
		guide.emergingSkills().forEach((skill) -> {
			if (random.nextDouble() < EMERGING) {
				ids.add(skill.id());
			}
		});
		for (int more = 1 + random.nextInt(2); more > 0 && !others.isEmpty(); more--) {
			ids.add(others.remove(random.nextInt(others.size())).tool().id());
		}
		return ids;
	}

	private static PayRange band(SalaryTable table, LevelView level, RegionView region) {
		return table.rows()
			.stream()
			.filter((row) -> row.level().id() == level.id())
			.flatMap((row) -> row.cells().stream())
			.filter((cell) -> cell.region().id() == region.id() && cell.range() != null)
			.map(SalaryTable.Cell::range)
			.findFirst()
			.orElse(null);
	}

	/** The region's own day-rate range, else the UK-wide one, else £500–£850. */
	private static PayRange dayRange(List<DayRateView> rates, RegionView region) {
		PayRange uk = null;
		for (DayRateView rate : rates) {
			if (rate.range() == null) {
				continue;
			}
			if (rate.region() != null && rate.region().id() == region.id()) {
				return rate.range();
			}
			if (rate.region() == null) {
				uk = rate.range();
			}
		}
		return (uk != null) ? uk : PayRange.of(500, 850);
	}

	/**
	 * The region's published median over the UK-wide one, where both are published; else
	 * 1. Each figure is {region id (-1 for the UK), median (NaN when none)}.
	 */
	private static double regionalScale(List<double[]> medians, RegionView region) {
		double uk = Double.NaN;
		double here = Double.NaN;
		for (double[] figure : medians) {
			if (figure[0] == -1) {
				uk = figure[1];
			}
			else if (figure[0] == region.id()) {
				here = figure[1];
			}
		}
		return (Double.isNaN(uk) || Double.isNaN(here)) ? 1 : here / uk;
	}

	private static double regionId(RegionView region) {
		return (region != null) ? region.id() : -1;
	}

	private static int[] rounded(double min, double max, int step) {
		int low = (int) Math.round(min / step) * step;
		int high = Math.max(low + step, (int) Math.round(max / step) * step);
		return new int[] { low, high };
	}

}
