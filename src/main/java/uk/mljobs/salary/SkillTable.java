package uk.mljobs.salary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import uk.mljobs.market.RoleView;

/**
 * Skills and pay from the board's own postings, ITJobsWatch-style, for one role: each
 * skill's share of the role's live postings, its rank and the change in rank since
 * {@link #PREVIOUS} months ago, the median advertised salary of live postings asking for
 * it against those not asking (the premium, with both counts), and its share at each
 * month of the past {@link #MONTHS}. Any figure on fewer than
 * {@value PayStatistics#MIN_POSTINGS} postings says so instead.
 */
public record SkillTable(RoleView role, long live, List<Row> rows) {

	/** How far back the trend reaches, in months. */
	public static final int MONTHS = 12;

	/** The rank change compares with the postings live this many months ago. */
	public static final int PREVIOUS = 3;

	/** Works the figures out from what the postings say. */
	static SkillTable of(RoleView role, SkillPay.Live live, List<SkillPay.Snapshot> snapshots) {
		Map<String, Integer> ranks = ranks(live.skills()
			.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().asking())));
		Optional<SkillPay.Snapshot> then = snapshots.stream().filter((s) -> s.monthsAgo() == PREVIOUS).findFirst();
		Map<String, Integer> before = then.map((s) -> ranks(s.asking())).orElse(Map.of());
		List<SkillPay.Snapshot> oldestFirst = snapshots.stream()
			.sorted(Comparator.comparingInt(SkillPay.Snapshot::monthsAgo).reversed())
			.toList();
		List<Row> rows = new ArrayList<>();
		live.skills().forEach((slug, row) -> {
			List<Double> trend = oldestFirst.stream()
				.map((s) -> (s.postings() >= PayStatistics.MIN_POSTINGS)
						? Double.valueOf(100.0 * s.asking().getOrDefault(slug, 0L) / s.postings()) : null)
				.toList();
			rows.add(new Row(slug, live.names().getOrDefault(slug, slug), row.asking(),
					(live.postings() > 0) ? 100.0 * row.asking() / live.postings() : 0, ranks.get(slug),
					before.get(slug), then.map(SkillPay.Snapshot::postings).orElse(0L), row.paidWith(),
					row.medianWith(), row.paidWithout(), row.medianWithout(), premium(row.levels()), trend));
		});
		rows.sort(Comparator.comparingInt(Row::rank).thenComparing(Row::name));
		return new SkillTable(role, live.postings(), List.copyOf(rows));
	}

	/**
	 * The pay premium compared level by level: in each level where at least
	 * {@value PayStatistics#MIN_POSTINGS} postings asking for the skill and as many not
	 * asking state a salary, the ratio of their medians, weighted by those postings; null
	 * when no level has enough. A skill asked for mostly in senior postings would
	 * otherwise look like it pays more only because seniors do.
	 */
	static Double premium(List<SkillPay.LevelPay> levels) {
		double weighted = 0;
		long postings = 0;
		for (SkillPay.LevelPay level : levels) {
			if (level.paidWith() >= PayStatistics.MIN_POSTINGS && level.paidWithout() >= PayStatistics.MIN_POSTINGS
					&& level.medianWith() != null && level.medianWithout() != null && level.medianWithout() > 0) {
				long n = level.paidWith() + level.paidWithout();
				weighted += n * level.medianWith() / level.medianWithout();
				postings += n;
			}
		}
		return (postings > 0) ? weighted / postings : null;
	}

	/** A ratio as a change in percent: 1.08 is "+8%", 0.97 "−3%", 1.0 "0%". */
	public static String percentChange(double ratio) {
		long percent = Math.round(100 * (ratio - 1));
		return (percent > 0) ? "+" + percent + "%" : (percent < 0) ? "−" + Math.abs(percent) + "%" : "0%";
	}

	/** Ranks by count, most asked for first; equal counts share a rank (1, 2, 2, 4). */
	static Map<String, Integer> ranks(Map<String, Long> counts) {
		List<Long> sorted = counts.values().stream().filter((n) -> n > 0).sorted(Comparator.reverseOrder()).toList();
		Map<String, Integer> ranks = new java.util.HashMap<>();
		counts.forEach((slug, n) -> {
			if (n > 0) {
				ranks.put(slug, sorted.indexOf(n) + 1);
			}
		});
		return ranks;
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/** The row of a skill, if any live posting asks for it. */
	public Optional<Row> row(String slug) {
		return this.rows.stream().filter((row) -> row.slug().equals(slug)).findFirst();
	}

	/**
	 * One skill.
	 *
	 * @param share percent of the role's live postings asking for it
	 * @param previousRank its rank {@link #PREVIOUS} months ago, or null when no posting
	 * then asked for it
	 * @param previousPostings the postings live then
	 * @param trend its share at each month, oldest first; null where fewer than 5
	 * postings were live
	 */
	public record Row(String slug, String name, long asking, double share, int rank, Integer previousRank,
			long previousPostings, long paidWith, Double medianWith, long paidWithout, Double medianWithout,
			Double premium, List<Double> trend) {

		public String shareDisplay() {
			return Math.round(this.share) + "%";
		}

		/** "+8%", "−3%", or "too few" without a level of 5 postings on each side. */
		public String premiumDisplay() {
			Double premium = premium();
			if (premium == null) {
				return "too few";
			}
			return percentChange(premium);
		}

		/** "£95,000 (30)", or "too few (3)" under 5 postings. */
		public String medianWithDisplay() {
			return median(this.medianWith, this.paidWith);
		}

		public String medianWithoutDisplay() {
			return median(this.medianWithout, this.paidWithout);
		}

		private static String median(Double median, long n) {
			return ((n >= PayStatistics.MIN_POSTINGS && median != null) ? RoleInsights.pounds(median) : "too few")
					+ " (" + n + ")";
		}

		/**
		 * The change in rank in words: "up 2", "down 1", "no change", "new" (no posting
		 * asked for it then), or "no earlier figures" when too few postings were live.
		 */
		public String rankChange() {
			if (this.previousPostings < PayStatistics.MIN_POSTINGS) {
				return "no earlier figures";
			}
			if (this.previousRank == null) {
				return "new";
			}
			int change = this.previousRank - this.rank;
			return (change > 0) ? "up " + change : (change < 0) ? "down " + (-change) : "no change";
		}

		/**
		 * The trend as SVG points in a 120 by 24 box, months without figures left out.
		 */
		public String trendPoints() {
			StringBuilder points = new StringBuilder();
			int count = this.trend.size();
			for (int i = 0; i < count; i++) {
				Double share = this.trend.get(i);
				if (share != null) {
					long x = (count > 1) ? Math.round(2 + 116.0 * i / (count - 1)) : 60;
					long y = Math.round(22 - 20 * share / 100);
					points.append((points.length() > 0) ? " " : "").append(x).append(',').append(y);
				}
			}
			return points.toString();
		}

		/**
		 * The trend in short: "12% → 25%" from the first month with figures to now, or
		 * that there is too little.
		 */
		public String trendWords() {
			Double first = this.trend.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
			Double last = this.trend.isEmpty() ? null : this.trend.get(this.trend.size() - 1);
			if (first == null || last == null) {
				return "too few";
			}
			return String.format(Locale.UK, "%d%% → %d%%", Math.round(first), Math.round(last));
		}

	}

}
