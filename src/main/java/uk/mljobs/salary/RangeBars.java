package uk.mljobs.salary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.mljobs.shared.PayRange;

/**
 * A role's curated bands drawn as range bars on one £ axis (see {@link PayChart}): a bar
 * per level and region from the band's floor to its ceiling, its name above it (as in
 * {@link BoxPlot}), and an open-ended top drawn as a dashed line on to the end of the
 * axis.
 *
 * @param axis the shared scale
 * @param bars the bands drawn, junior first, each level's regions in column order
 */
public record RangeBars(PayAxis axis, List<Bar> bars) implements PayChart {

	static final int ROW_HEIGHT = 44;

	/** How far past the highest ceiling the axis runs when some top is open-ended. */
	static final double OPEN_ROOM = 1.15;

	static RangeBars of(SalaryTable table) {
		List<Bar> bars = new ArrayList<>();
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (SalaryTable.Row row : table.rows()) {
			for (SalaryTable.Cell cell : row.cells()) {
				PayRange range = cell.range();
				if (range != null) {
					bars.add(new Bar(row.level().title() + ", " + cell.region().name(), range,
							TOP + bars.size() * ROW_HEIGHT));
					min = Math.min(min, range.min());
					max = Math.max(max, range.openEnded() ? range.max() * OPEN_ROOM : range.max());
				}
			}
		}
		if (bars.isEmpty()) {
			return new RangeBars(new PayAxis(0, 1, 1), List.of());
		}
		return new RangeBars(PayAxis.spanning(min, max), List.copyOf(bars));
	}

	@Override
	public int height() {
		return TOP + this.bars.size() * ROW_HEIGHT + BOTTOM;
	}

	/** Where the axis ends: an open-ended band's dashed line runs on to here. */
	public long end() {
		return RIGHT;
	}

	/** {@link #end()} as a share of the chart's width. */
	public String endLeft() {
		return PayChart.percent(end());
	}

	public boolean hasOpenEnds() {
		return this.bars.stream().anyMatch((bar) -> bar.range().openEnded());
	}

	/** What the chart shows, in words, for its {@code <desc>}. */
	public String description() {
		Bar low = this.bars.stream().min(Comparator.comparingInt((bar) -> bar.range().min())).orElseThrow();
		Bar high = this.bars.stream().max(Comparator.comparingInt((bar) -> bar.range().max())).orElseThrow();
		return this.bars.size() + ((this.bars.size() == 1) ? " bar" : " bars")
				+ ", one per level and region with a curated band. The lowest band is " + low.range().display() + " ("
				+ low.label() + "), the highest " + high.range().display() + " (" + high.label() + ")."
				+ (hasOpenEnds() ? " A band ending in + has no ceiling: its top figure is a floor." : "")
				+ " The axis runs from " + RoleInsights.pounds(this.axis.from()) + " to "
				+ RoleInsights.pounds(this.axis.to()) + ". The table below gives every figure.";
	}

	/**
	 * One band.
	 *
	 * @param label the level and region
	 * @param range the band
	 * @param top the row's top edge
	 */
	public record Bar(String label, PayRange range, int top) {

		/** The label's baseline, above the bar. */
		public int labelY() {
			return this.top + 16;
		}

		public int barY() {
			return this.top + 22;
		}

		public int barHeight() {
			return 14;
		}

		/** The dashed line of an open-ended top, through the middle of the bar. */
		public int middleY() {
			return this.top + 29;
		}

	}

}
