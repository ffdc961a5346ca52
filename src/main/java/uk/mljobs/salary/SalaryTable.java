package uk.mljobs.salary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.shared.PayRange;
import uk.mljobs.shared.UkTime;

/**
 * One role's curated bands laid out as the guide publishes them: a row per level, a
 * column per region.
 *
 * @param role the role
 * @param regions the columns, in display order
 * @param rows one per level that has at least one band, junior first
 * @param sources where the figures come from, with their as-of year
 * @param lastReviewed when an admin last reviewed any band in the table, or null
 */
public record SalaryTable(RoleView role, List<RegionView> regions, List<Row> rows, List<String> sources,
		Instant lastReviewed) {

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(UkTime.ZONE);

	private static final DateTimeFormatter REVIEWED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(UkTime.ZONE);

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
	 * When the bands were reviewed, in words: "Last reviewed 3 December 2026.", or for
	 * bands no admin has reviewed since they were seeded, "From the 2026 guide, not yet
	 * reviewed.", or both when some are and some are not.
	 */
	public String reviewNote() {
		List<Cell> bands = this.rows.stream()
			.flatMap((row) -> row.cells().stream())
			.filter((cell) -> cell.range() != null)
			.toList();
		List<Cell> unreviewed = bands.stream().filter((cell) -> cell.reviewed() == null).toList();
		String years = unreviewed.stream()
			.map((cell) -> String.valueOf(cell.asOfYear()))
			.distinct()
			.sorted()
			.collect(Collectors.joining(" and "));
		if (unreviewed.isEmpty()) {
			return (this.lastReviewed != null) ? "Last reviewed " + lastReviewedDisplay() + "." : "";
		}
		if (unreviewed.size() == bands.size()) {
			return "From the " + years + " guide, not yet reviewed.";
		}
		return "Last reviewed " + lastReviewedDisplay() + "; " + unreviewed.size() + " of " + bands.size()
				+ " bands are as published in " + years + ", not yet reviewed.";
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
	 * @param reviewed when an admin last reviewed the band, or null when none has since
	 * it was seeded
	 * @param asOfYear the year the band's source gives it for
	 */
	public record Cell(RegionView region, PayRange range, Instant reviewed, int asOfYear) {

		/** The review date as a short UK date, such as "22 Nov 2026". */
		public String reviewedDisplay() {
			return (this.reviewed != null) ? SHORT.format(this.reviewed) : null;
		}

	}

}
