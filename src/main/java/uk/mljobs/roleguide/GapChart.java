package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;

/**
 * A role's skills gaps as paired horizontal bars, employer demand above candidate supply,
 * on one 0–100% axis. Coordinates are in SVG user units in a box {@link #WIDTH} wide;
 * each skill's name sits above its bars, wrapped, so the bars keep the width and the
 * words stay readable on a phone.
 *
 * @param skills a group of bars per gap, in the guide's order
 */
public record GapChart(List<Skill> skills) {

	public static final int WIDTH = 400;

	/** Where 0% sits; 100% sits {@link #PER_POINT} times 100 further right. */
	static final int LEFT = 12;

	/**
	 * Units per percentage point: 100% ends at 252, which leaves room after the longest
	 * bar for its value label.
	 */
	static final double PER_POINT = 2.4;

	/** Longest line of a skill's name, in characters, before it wraps. */
	static final int WRAP = 42;

	static final int LINE_HEIGHT = 19;

	static final int BAR_HEIGHT = 18;

	static final int BAR_GAP = 4;

	/** Space after one skill's bars before the next skill's name. */
	static final int SKILL_GAP = 18;

	static final int TOP = 4;

	/** Room under the last skill for the axis labels. */
	static final int BOTTOM = 28;

	static GapChart of(List<RoleGuide.Gap> gaps) {
		List<Skill> skills = new ArrayList<>();
		int y = TOP;
		for (RoleGuide.Gap gap : gaps) {
			List<Line> lines = new ArrayList<>();
			for (String text : wrap(gap.skill(), WRAP)) {
				y += LINE_HEIGHT;
				lines.add(new Line(text, y));
			}
			int demandY = y + 8;
			int supplyY = demandY + BAR_HEIGHT + BAR_GAP;
			skills.add(new Skill(gap, lines, demandY, supplyY));
			y = supplyY + BAR_HEIGHT + SKILL_GAP;
		}
		return new GapChart(List.copyOf(skills));
	}

	/** Words in order, greedily, no line longer than {@code width} unless one word is. */
	static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.isEmpty() ? "" : " ").append(word);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	public int height() {
		if (this.skills.isEmpty()) {
			return TOP + BOTTOM;
		}
		Skill last = this.skills.get(this.skills.size() - 1);
		return last.supplyY() + BAR_HEIGHT + 8 + BOTTOM;
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + height();
	}

	/** Where every bar starts: 0%. */
	public int left() {
		return LEFT;
	}

	public int barHeight() {
		return BAR_HEIGHT;
	}

	/** Where a share sits across the chart. */
	public static long x(int percent) {
		return Math.round(LEFT + PER_POINT * percent);
	}

	/** Gridlines and labels every 25 points. */
	public List<Tick> ticks() {
		return List.of(0, 25, 50, 75, 100).stream().map((percent) -> new Tick(x(percent), percent + "%")).toList();
	}

	public int gridTop() {
		return TOP + 8;
	}

	public int gridBottom() {
		return height() - BOTTOM + 2;
	}

	public int tickLabelY() {
		return height() - 8;
	}

	/** What the chart shows, in words, for its {@code <desc>}. */
	public String description() {
		StringBuilder out = new StringBuilder("For each of ").append(this.skills.size())
			.append(" skills, the share of employers asking for it against the share of candidates listing it: ");
		for (int i = 0; i < this.skills.size(); i++) {
			RoleGuide.Gap gap = this.skills.get(i).gap();
			out.append((i > 0) ? "; " : "")
				.append(gap.skill())
				.append(", ")
				.append(gap.demandPct())
				.append("% against ")
				.append(gap.supplyPct())
				.append('%');
		}
		return out.append(". The table below gives the figures.").toString();
	}

	/**
	 * One skill's name and its two bars.
	 *
	 * @param lines the skill's name, wrapped
	 * @param demandY the top of the employer-demand bar
	 * @param supplyY the top of the candidate-supply bar
	 */
	public record Skill(RoleGuide.Gap gap, List<Line> lines, int demandY, int supplyY) {

		public long demandWidth() {
			return x(this.gap.demandPct()) - LEFT;
		}

		public long supplyWidth() {
			return x(this.gap.supplyPct()) - LEFT;
		}

		/** Value labels start just past the end of their bar. */
		public long demandLabelX() {
			return x(this.gap.demandPct()) + 6;
		}

		public long supplyLabelX() {
			return x(this.gap.supplyPct()) + 6;
		}

		/** Baselines that centre a value label on its bar. */
		public int demandLabelY() {
			return this.demandY + 14;
		}

		public int supplyLabelY() {
			return this.supplyY + 14;
		}

	}

	/**
	 * @param y the line's baseline
	 */
	public record Line(String text, int y) {
	}

	public record Tick(long x, String label) {
	}

}
