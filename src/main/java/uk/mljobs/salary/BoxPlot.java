package uk.mljobs.salary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.mljobs.shared.PayRange;

/**
 * Advertised pay drawn as box plots on one shared axis, a row per cell with enough
 * postings: whiskers from P10 to P90, a box from P25 to P75, a line at the median, and
 * the curated figures as a faint range behind. Coordinates are in SVG user units (see
 * {@link PayChart}); each row's name sits above its box rather than beside it, so the
 * plot keeps the whole width and the text stays readable on a phone.
 *
 * @param axis the shared scale
 * @param rows the cells drawn, top first
 * @param cells how many cells there were, drawn or not
 * @param per what a row stands for
 */
public record BoxPlot(PayAxis axis, List<Row> rows, int cells, Per per) implements PayChart {

	static final int ROW_HEIGHT = 58;

	/**
	 * A row per level and region with at least {@value PayStatistics#MIN_POSTINGS}
	 * postings.
	 */
	static BoxPlot annual(List<RoleInsights.AnnualRow> annual) {
		List<Cell> cells = annual.stream()
			.map((row) -> new Cell(row.level().title() + ", " + row.region().name(), row.stats(), row.band()))
			.toList();
		return of(cells, Per.LEVEL_AND_REGION);
	}

	/**
	 * A row per region (all levels), and per level and region, with at least
	 * {@value PayStatistics#MIN_POSTINGS} day rates.
	 */
	static BoxPlot daily(List<RoleInsights.DailyRow> daily) {
		List<Cell> cells = daily.stream()
			.map((row) -> new Cell((row.level() != null) ? row.level().title() + ", " + row.region().name()
					: "All levels, " + row.region().name(), row.stats(), row.typical()))
			.toList();
		return of(cells, Per.REGION);
	}

	private static BoxPlot of(List<Cell> cells, Per per) {
		List<Cell> drawn = cells.stream().filter((cell) -> cell.stats() != null && cell.stats().enough()).toList();
		if (drawn.isEmpty()) {
			return new BoxPlot(new PayAxis(0, 1, 1), List.of(), cells.size(), per);
		}
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (Cell cell : drawn) {
			min = Math.min(min, cell.stats().p10());
			max = Math.max(max, cell.stats().p90());
			if (cell.band() != null) {
				min = Math.min(min, cell.band().min());
				max = Math.max(max, cell.band().max());
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Cell cell : drawn) {
			rows.add(new Row(cell.label(), cell.stats(), cell.band(), TOP + rows.size() * ROW_HEIGHT));
		}
		return new BoxPlot(PayAxis.spanning(min, max), List.copyOf(rows), cells.size(), per);
	}

	/** Whether any box has curated figures behind it. */
	public boolean hasBands() {
		return this.rows.stream().anyMatch((row) -> row.band() != null);
	}

	/** How many cells have too few postings to draw. */
	public int omitted() {
		return this.cells - this.rows.size();
	}

	/** "4 of 10 levels and regions have fewer than 5 postings and are left out." */
	public String omittedNote() {
		return omitted() + " of " + this.cells + " " + this.per.plural + " have fewer than "
				+ PayStatistics.MIN_POSTINGS + " postings and are left out.";
	}

	@Override
	public int height() {
		return TOP + this.rows.size() * ROW_HEIGHT + BOTTOM;
	}

	/** What the chart shows, in words, for its {@code <desc>}. */
	public String description() {
		StringBuilder out = new StringBuilder();
		if (this.rows.size() == 1) {
			Row row = this.rows.get(0);
			PayStatistics s = row.stats();
			out.append("One box, for ")
				.append(row.label())
				.append(": median ")
				.append(RoleInsights.pounds(s.median()))
				.append(", middle half ")
				.append(RoleInsights.pounds(s.p25()))
				.append(" to ")
				.append(RoleInsights.pounds(s.p75()))
				.append(", P10 to P90 ")
				.append(RoleInsights.pounds(s.p10()))
				.append(" to ")
				.append(RoleInsights.pounds(s.p90()))
				.append('.');
		}
		else {
			Row low = this.rows.stream().min(Comparator.comparingDouble((row) -> row.stats().median())).orElseThrow();
			Row high = this.rows.stream().max(Comparator.comparingDouble((row) -> row.stats().median())).orElseThrow();
			out.append(this.rows.size())
				.append(" boxes, one per ")
				.append(this.per.one)
				.append(" with at least ")
				.append(PayStatistics.MIN_POSTINGS)
				.append(" postings. Medians run from ")
				.append(RoleInsights.pounds(low.stats().median()))
				.append(" (")
				.append(low.label())
				.append(") to ")
				.append(RoleInsights.pounds(high.stats().median()))
				.append(" (")
				.append(high.label())
				.append(").");
		}
		out.append(" The axis runs from ")
			.append(RoleInsights.pounds(this.axis.from()))
			.append(" to ")
			.append(RoleInsights.pounds(this.axis.to()))
			.append('.');
		if (omitted() > 0) {
			out.append(' ').append(omittedNote());
		}
		return out.append(" The table below gives every figure.").toString();
	}

	/**
	 * One box.
	 *
	 * @param label the level and region, or the region
	 * @param band the curated band or typical day rate behind the box, or null
	 * @param top the row's top edge
	 */
	public record Row(String label, PayStatistics stats, PayRange band, int top) {

		/** The label's baseline, above the box. */
		public int labelY() {
			return this.top + 16;
		}

		/**
		 * The curated range stands taller than the box, so it shows above and below it.
		 */
		public int bandY() {
			return this.top + 22;
		}

		public int bandHeight() {
			return 28;
		}

		public int bandBottom() {
			return bandY() + bandHeight();
		}

		public int boxY() {
			return this.top + 27;
		}

		public int boxHeight() {
			return 18;
		}

		/** The whiskers' line, through the middle of the box. */
		public int middleY() {
			return this.top + 36;
		}

		/** The whiskers' end caps. */
		public int capTop() {
			return this.top + 30;
		}

		public int capBottom() {
			return this.top + 42;
		}

	}

	/** What a row stands for, in words. */
	public enum Per {

		LEVEL_AND_REGION("level and region", "levels and regions"), REGION("region or level", "regions and levels");

		private final String one;

		private final String plural;

		Per(String one, String plural) {
			this.one = one;
			this.plural = plural;
		}

	}

	private record Cell(String label, PayStatistics stats, PayRange band) {
	}

}
