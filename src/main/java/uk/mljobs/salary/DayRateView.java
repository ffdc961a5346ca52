package uk.mljobs.salary;

import uk.mljobs.market.RegionView;
import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.PayRange;

/**
 * A contract day rate.
 *
 * @param region the region, or {@code null} for UK-wide
 * @param range the usual range, or {@code null} where only a median is published
 * @param median the median, or {@code null} where not published
 * @param source where the figure comes from
 * @param asOfYear the year it describes
 */
public record DayRateView(RegionView region, PayRange range, Integer median, String source, int asOfYear) {

	public String rangeDisplay() {
		return (this.range != null) ? this.range.display() + " a day" : null;
	}

	public String medianDisplay() {
		return (this.median != null) ? Gbp.format(this.median) + " a day" : null;
	}

	public String where() {
		return (this.region != null) ? this.region.name() : "UK-wide";
	}

}
