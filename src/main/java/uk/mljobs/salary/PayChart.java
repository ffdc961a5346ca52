package uk.mljobs.salary;

import java.util.List;

/**
 * What the horizontal pay charts share: one £ axis across a box {@link #WIDTH} SVG units
 * wide, gridlines at its ticks, tick labels above and below the rows. A chart says how
 * tall it is and where its axis runs; the rest follows.
 */
interface PayChart {

	int WIDTH = 400;

	/** Where the axis starts and ends: room either side for a centred tick label. */
	int LEFT = 28;

	int RIGHT = WIDTH - 28;

	/** Room above the first row for the upper tick labels. */
	int TOP = 26;

	/** Room below the last row for the lower tick labels. */
	int BOTTOM = 30;

	/** The most steps whose every tick has room for its label. */
	int LABELLED_STEPS = 5;

	PayAxis axis();

	int height();

	/** The SVG {@code viewBox}: as wide as always, as tall as the rows need. */
	default String viewBox() {
		return "0 0 " + WIDTH + " " + height();
	}

	/** Where a figure sits across the chart. */
	default long x(double pounds) {
		return Math.round(LEFT + (RIGHT - LEFT) * axis().fraction(pounds));
	}

	/** From one figure to another, never so thin that it disappears. */
	default long width(double from, double to) {
		return Math.max(2, x(to) - x(from));
	}

	/**
	 * Where a figure sits, as a share of the chart's width: the charts are drawn without
	 * a {@code viewBox}, as wide as their column, so their text keeps the page's size at
	 * every width instead of growing and shrinking with the drawing.
	 */
	default String left(double pounds) {
		return percent(x(pounds));
	}

	/** From one figure to another, as a share of the chart's width. */
	default String across(double from, double to) {
		return percent(width(from, to));
	}

	/** An x in {@link #WIDTH} units, as a percentage of the width. */
	static String percent(long x) {
		return String.format(java.util.Locale.ROOT, "%.2f%%", x * 100.0 / WIDTH);
	}

	/**
	 * A gridline at every tick; past {@value #LABELLED_STEPS} steps only every other one
	 * is labelled (the rounder figures: £50k and £100k rather than £75k), so the labels
	 * never run into each other.
	 */
	default List<Tick> ticks() {
		boolean alternate = axis().ticks().size() - 1 > LABELLED_STEPS;
		long step = axis().step();
		return axis().ticks()
			.stream()
			.map((pounds) -> new Tick(x(pounds), (alternate && (pounds / step) % 2 == 1) ? null : axis().label(pounds)))
			.toList();
	}

	/**
	 * Gridlines run from just under the upper tick labels to just over the lower ones.
	 */
	default int gridTop() {
		return TOP - 6;
	}

	default int gridBottom() {
		return height() - BOTTOM + 4;
	}

	default int upperLabelY() {
		return TOP - 10;
	}

	default int lowerLabelY() {
		return height() - 8;
	}

	/**
	 * @param x where the tick sits
	 * @param label the figure, as short as it can be; null for a gridline without one
	 */
	record Tick(long x, String label) {

		/** Where the tick sits, as a share of the chart's width. */
		public String left() {
			return percent(this.x);
		}

	}

}
