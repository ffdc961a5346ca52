package uk.mljobs.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.springframework.stereotype.Service;

import uk.mljobs.activity.ReportedPostings.ReportedPosting;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.UkTime;

/**
 * Builds a recruiter's activity page: the posting's last days, and beside them the median
 * of postings for the same role and level over the same days, shown only when there are
 * enough of them that no one competitor's numbers can be read from it.
 */
@Service
class ActivityReports {

	private final ReportedPostings postings;

	private final ActivityRows rows;

	private final ActivityProperties properties;

	private final Clock clock;

	ActivityReports(ReportedPostings postings, ActivityRows rows, ActivityProperties properties, Clock clock) {
		this.postings = postings;
		this.rows = rows;
		this.properties = properties;
		this.clock = clock;
	}

	/** The recruiter's own posting's page; anyone else's is "not found". */
	ActivityReport of(long postingId, long recruiterId) {
		ReportedPosting posting = this.postings.owned(postingId, recruiterId)
			.orElseThrow(() -> NotFoundException.of("posting", String.valueOf(postingId)));
		LocalDate to = UkTime.today(this.clock);
		if (posting.publishedOn() == null) {
			return new ActivityReport(posting, null, to, List.of(), ActivityTotals.NONE, null, 0,
					this.properties.fewestComparable(), null);
		}
		LocalDate earliest = to.minusDays(this.properties.days() - 1L);
		LocalDate from = posting.publishedOn().isAfter(earliest) ? posting.publishedOn() : earliest;
		if (from.isAfter(to)) {
			from = to;
		}
		List<DayCounts> days = everyDay(this.rows.days(postingId, from, to), from, to);
		ActivityTotals total = days.stream().map(DayCounts::totals).reduce(ActivityTotals.NONE, ActivityTotals::plus);
		List<Long> comparable = this.postings.comparable(postingId, from, to);
		ActivityTotals median = null;
		if (comparable.size() >= this.properties.fewestComparable()) {
			Map<Long, ActivityTotals> totals = this.rows.totals(comparable, from, to);
			List<ActivityTotals> each = comparable.stream()
				.map((id) -> totals.getOrDefault(id, ActivityTotals.NONE))
				.toList();
			median = new ActivityTotals(median(each, ActivityTotals::impressions), median(each, ActivityTotals::views),
					median(each, ActivityTotals::applyClicks), median(each, ActivityTotals::saves));
		}
		return new ActivityReport(posting, from, to, days, total, median, comparable.size(),
				this.properties.fewestComparable(), ActivityChart.of(days));
	}

	/** Every day from {@code from} to {@code to}, zero where nothing was counted. */
	private static List<DayCounts> everyDay(List<DayCounts> counted, LocalDate from, LocalDate to) {
		Map<LocalDate, ActivityTotals> byDay = new java.util.HashMap<>();
		counted.forEach((day) -> byDay.put(day.day(), day.totals()));
		List<DayCounts> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			days.add(new DayCounts(day, byDay.getOrDefault(day, ActivityTotals.NONE)));
		}
		return days;
	}

	/** The middle value, or the mean of the two middle values rounded down. */
	static long median(List<ActivityTotals> totals, ToLongFunction<ActivityTotals> measure) {
		long[] values = totals.stream().mapToLong(measure).toArray();
		Arrays.sort(values);
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

}
