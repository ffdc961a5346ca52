package uk.mljobs.salary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.shared.PayRange;

/**
 * One role's curated bands laid out as the guide publishes them: a row per level, a
 * column per region.
 *
 * @param role the role
 * @param regions the columns, in display order
 * @param rows one per level that has at least one band, junior first
 * @param sources where the figures come from, with their as-of year
 * @param lastReviewed when an admin last reviewed any band in the table
 */
public record SalaryTable(RoleView role, List<RegionView> regions, List<Row> rows, List<String> sources,
		Instant lastReviewed) {

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private static final DateTimeFormatter REVIEWED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/** The bands as range bars, for the chart above the table. */
	public RangeBars chart() {
		return RangeBars.of(this);
	}

	/** When the table was last reviewed, as a UK date such as "22 November 2026". */
	public String lastReviewedDisplay() {
		return (this.lastReviewed != null) ? REVIEWED.format(this.lastReviewed) : null;
	}

	/**
	 * @param level the level
	 * @param cells one per region column, {@code null} where no band exists
	 */
	public record Row(LevelView level, List<Cell> cells) {
	}

	/**
	 * @param region the column's region
	 * @param range the band, or {@code null} when there is none
	 * @param reviewed when an admin last reviewed the band
	 */
	public record Cell(RegionView region, PayRange range, Instant reviewed) {

		/** The review date as a short UK date, such as "22 Nov 2026". */
		public String reviewedDisplay() {
			return (this.reviewed != null) ? SHORT.format(this.reviewed) : null;
		}

	}

}
