package uk.mljobs.salary;

import uk.mljobs.market.RegionView;
import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.PayRange;

/**
 * A market-wide annual salary figure.
 *
 * @param region the region, or {@code null} for UK-wide
 * @param median the median salary in pounds
 * @param range the typical range, or {@code null} where not published
 * @param source where the figure comes from
 * @param asOfYear the year it describes
 */
public record MarketSalaryView(RegionView region, int median, PayRange range, String source, int asOfYear) {

	public String medianDisplay() {
		return Gbp.format(this.median);
	}

	public String where() {
		return (this.region != null) ? this.region.name() : "UK-wide";
	}

}
