package uk.mljobs.activity;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * A posting's days drawn as four small column charts, one under another, each on its own
 * scale: impressions run to thousands while apply clicks stay in single figures. Columns
 * sit across the chart as shares of its width (as the pay charts do), so the words keep
 * the page's size at every width; the table beside it gives every figure.
 *
 * @param panels impressions, views, apply clicks and saves, in that order
 * @param days how many days each panel spans
 * @param first the first day, as the axis names it
 * @param last the last day
 */
public record ActivityChart(List<Panel> panels, int days, String first, String last) {

	static final int WIDTH = 400;

	static final int LEFT = 4;

	static final int RIGHT = WIDTH - 4;

	static final int PANEL_HEIGHT = 78;

	/** Room under the last panel for the first and last day. */
	static final int BOTTOM = 24;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

	static ActivityChart of(List<DayCounts> days) {
		List<Panel> panels = new ArrayList<>();
		panels.add(Panel.of("Impressions", days, ActivityTotals::impressions, 0));
		panels.add(Panel.of("Views", days, ActivityTotals::views, 1));
		panels.add(Panel.of("Apply clicks", days, ActivityTotals::applyClicks, 2));
		panels.add(Panel.of("Saves", days, ActivityTotals::saves, 3));
		return new ActivityChart(List.copyOf(panels), days.size(), days.get(0).day().format(DAY),
				days.get(days.size() - 1).day().format(DAY));
	}

	public int height() {
		return this.panels.size() * PANEL_HEIGHT + BOTTOM;
	}

	public int axisLabelY() {
		return height() - 6;
	}

	/** The right edge, for the last day's label, as a share of the width. */
	public String end() {
		return percent(RIGHT);
	}

	public String start() {
		return percent(LEFT);
	}

	/** What the chart shows, in words, for its {@code <desc>}. */
	public String description() {
		StringBuilder words = new StringBuilder("Four column charts, one column a day from " + this.first + " to "
				+ this.last + ", each on its own scale.");
		for (Panel panel : this.panels) {
			words.append(' ').append(panel.summary());
		}
		return words.append(" The table gives every day's figures.").toString();
	}

	static String percent(double x) {
		return String.format(Locale.ROOT, "%.2f%%", x * 100.0 / WIDTH);
	}

	static String number(long n) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(n);
	}

	/**
	 * One measure across the days.
	 *
	 * @param name what is counted
	 * @param total over all the days
	 * @param highest the busiest day's count: the top of this panel's scale
	 * @param top the panel's top edge
	 * @param columns one a day
	 */
	public record Panel(String name, long total, long highest, String busiest, int top, List<Column> columns) {

		/** Height of the tallest column. */
		static final int COLUMNS_HEIGHT = 44;

		static Panel of(String name, List<DayCounts> days, ToLongFunction<ActivityTotals> measure, int index) {
			int top = index * PANEL_HEIGHT;
			long highest = days.stream().mapToLong((d) -> measure.applyAsLong(d.totals())).max().orElse(0);
			long total = days.stream().mapToLong((d) -> measure.applyAsLong(d.totals())).sum();
			String busiest = days.stream()
				.filter((d) -> highest > 0 && measure.applyAsLong(d.totals()) == highest)
				.map((d) -> d.day().format(DAY))
				.findFirst()
				.orElse(null);
			double slot = (double) (RIGHT - LEFT) / days.size();
			int baseline = top + 24 + COLUMNS_HEIGHT;
			List<Column> columns = new ArrayList<>();
			for (int i = 0; i < days.size(); i++) {
				long count = measure.applyAsLong(days.get(i).totals());
				// Never so thin that a day with one click disappears.
				int height = (count == 0) ? 0
						: (int) Math.max(2, Math.round(COLUMNS_HEIGHT * (double) count / highest));
				columns.add(new Column(percent(LEFT + i * slot + slot * 0.15), percent(slot * 0.7), baseline - height,
						height));
			}
			return new Panel(name, total, highest, busiest, top, List.copyOf(columns));
		}

		public int labelY() {
			return this.top + 16;
		}

		/** The line every column stands on. */
		public int baseline() {
			return this.top + 24 + COLUMNS_HEIGHT;
		}

		/** "Views: 1,234 in all, at most 120 a day". */
		public String label() {
			return this.name + ": " + number(this.total) + " in all"
					+ ((this.highest > 0) ? ", at most " + number(this.highest) + " a day" : "");
		}

		String summary() {
			return this.name + ": " + number(this.total) + " in all" + ((this.busiest != null)
					? ", the most on " + this.busiest + " (" + number(this.highest) + ")." : ".");
		}

	}

	/**
	 * One day's column.
	 *
	 * @param x its left edge, as a share of the width
	 * @param width as a share of the width
	 */
	public record Column(String x, String width, int y, int height) {

	}

}
