package uk.mljobs.salary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.market.Market;
import uk.mljobs.market.RegionView;

/**
 * The market salaries and contract day rates a role guide publishes, for the guide
 * editor: read as it lists them, counted, and replaced whole. The editor checks the
 * figures and claims the guide's version; this writes them in its transaction, and the
 * tables' constraints stand behind its checks.
 */
@Service
@Transactional
public class MarketFigures {

	private final MarketSalaries salaries;

	private final DayRates dayRates;

	private final Market market;

	MarketFigures(MarketSalaries salaries, DayRates dayRates, Market market) {
		this.salaries = salaries;
		this.dayRates = dayRates;
		this.market = market;
	}

	/** A figure in pounds a year, or in pounds a day. */
	public enum Kind {

		SALARY, DAY_RATE

	}

	/**
	 * One published figure: a range, a median, or both (a salary always has a median).
	 *
	 * @param id the row's id, or {@code null} for a new one; the two kinds number their
	 * rows apart
	 * @param kind a market salary or a day rate
	 * @param regionId the region, or {@code null} for UK-wide
	 * @param from the bottom of the typical range, or {@code null} with {@code to}
	 * @param to the top of the typical range
	 * @param median the median, or {@code null} for a day rate given as a range only
	 * @param source who published the figure
	 * @param year the year it describes
	 */
	public record Figure(Long id, Kind kind, Long regionId, Integer from, Integer to, Integer median, String source,
			int year) {
	}

	/** The role's figures: salaries, then day rates; UK-wide first, then by region. */
	@Transactional(readOnly = true)
	public List<Figure> of(long roleId) {
		List<Figure> figures = new ArrayList<>();
		this.salaries.findByRoleId(roleId)
			.forEach((salary) -> figures.add(new Figure(salary.id(), Kind.SALARY, salary.regionId(),
					(salary.range() != null) ? salary.range().min() : null,
					(salary.range() != null) ? salary.range().max() : null, salary.median(), salary.source(),
					salary.asOfYear())));
		this.dayRates.findByRoleId(roleId)
			.forEach((rate) -> figures.add(new Figure(rate.id(), Kind.DAY_RATE, rate.regionId(),
					(rate.range() != null) ? rate.range().min() : null,
					(rate.range() != null) ? rate.range().max() : null, rate.median(), rate.source(),
					rate.asOfYear())));
		List<Long> regions = this.market.regions().stream().map(RegionView::id).toList();
		figures.sort(Comparator.comparing(Figure::kind)
			.thenComparingInt((figure) -> (figure.regionId() != null) ? regions.indexOf(figure.regionId()) : -1));
		return figures;
	}

	@Transactional(readOnly = true)
	public int count(long roleId) {
		return (int) (this.salaries.countByRoleId(roleId) + this.dayRates.countByRoleId(roleId));
	}

	/** Makes the role's figures exactly these; ids are not kept. */
	public void replace(long roleId, List<Figure> figures) {
		this.salaries.deleteByRoleId(roleId);
		this.dayRates.deleteByRoleId(roleId);
		for (Figure figure : figures) {
			if (figure.kind() == Kind.SALARY) {
				this.salaries.save(new MarketSalary(roleId, figure.regionId(), figure.median(), figure.from(),
						figure.to(), figure.source(), figure.year()));
			}
			else {
				this.dayRates.save(new DayRate(roleId, figure.regionId(), figure.from(), figure.to(), figure.median(),
						figure.source(), figure.year()));
			}
		}
	}

}
