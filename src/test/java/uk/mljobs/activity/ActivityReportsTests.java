package uk.mljobs.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import uk.mljobs.activity.ReportedPostings.ReportedPosting;
import uk.mljobs.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The activity page's figures: every day since the posting went up (at most 30), and the
 * median of comparable postings only when there are enough of them to hide each one.
 */
class ActivityReportsTests {

	/** 10 May 2026, midday in London. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-10T11:00:00Z"), ZoneId.of("UTC"));

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

	private static final ActivityProperties PROPERTIES = new ActivityProperties(Duration.ofSeconds(5), 30, 5);

	@Test
	void showsEveryDaySinceThePostingWentUpWithZeroesWhereNothingHappened() {
		ActivityReport report = reports(LocalDate.of(2026, 5, 8), 0).of(1, 7);
		assertThat(report.from()).isEqualTo(LocalDate.of(2026, 5, 8));
		assertThat(report.days()).extracting(DayCounts::day)
			.containsExactly(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 9), TODAY);
		assertThat(report.days().get(1).totals()).isEqualTo(ActivityTotals.NONE);
		assertThat(report.total()).isEqualTo(new ActivityTotals(100, 20, 3, 1));
		assertThat(report.newestFirst().get(0).day()).isEqualTo(TODAY);
		assertThat(report.chart().panels()).extracting(ActivityChart.Panel::label)
			.containsExactly("Impressions: 100 in all, at most 60 a day", "Views: 20 in all, at most 12 a day",
					"Apply clicks: 3 in all, at most 2 a day", "Saves: 1 in all, at most 1 a day");
		assertThat(report.chart().description()).contains("from 8 May to 10 May")
			.contains("Views: 20 in all, the most on 8 May (12).");
	}

	@Test
	void anOldPostingShowsTheLastThirtyDays() {
		ActivityReport report = reports(LocalDate.of(2026, 1, 2), 0).of(1, 7);
		assertThat(report.from()).isEqualTo(TODAY.minusDays(29));
		assertThat(report.days()).hasSize(30);
	}

	@Test
	void theMedianIsShownFromFiveComparablePostingsAndCountsThoseWithoutActivityAsZero() {
		ActivityReport five = reports(LocalDate.of(2026, 5, 8), 5).of(1, 7);
		assertThat(five.comparable()).isEqualTo(5);
		// Views 0 (no row), 10, 20, 30, 40: the middle is 20.
		assertThat(five.median()).isEqualTo(new ActivityTotals(200, 20, 2, 0));
		ActivityReport four = reports(LocalDate.of(2026, 5, 8), 4).of(1, 7);
		assertThat(four.comparable()).isEqualTo(4);
		assertThat(four.median()).isNull();
	}

	@Test
	void anEvenNumberOfPostingsTakesTheMeanOfTheMiddleTwo() {
		List<ActivityTotals> totals = LongStream.of(4, 1, 3, 2, 10, 8)
			.mapToObj((n) -> new ActivityTotals(0, n, 0, 0))
			.toList();
		assertThat(ActivityReports.median(totals, ActivityTotals::views)).isEqualTo(3);
	}

	@Test
	void anotherRecruitersPostingAndANeverLivePostingAreHandled() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> reports(TODAY, 0).of(1, 8));
		ActivityReport draft = reports(null, 0).of(1, 7);
		assertThat(draft.live()).isFalse();
		assertThat(draft.chart()).isNull();
	}

	/**
	 * Posting 1, recruiter 7's, published on {@code publishedOn}; {@code peers} others
	 * like it, numbered 101 on, each but the first with some activity.
	 */
	private static ActivityReports reports(LocalDate publishedOn, int peers) {
		ReportedPostings postings = new ReportedPostings() {

			@Override
			public Optional<ReportedPosting> owned(long postingId, long recruiterId) {
				return (postingId == 1 && recruiterId == 7) ? Optional.of(new ReportedPosting(1, "Staff ML Engineer",
						"/jobs/1/staff-ml-engineer", "Machine Learning Engineer", "Staff", publishedOn))
						: Optional.empty();
			}

			@Override
			public List<Long> comparable(long postingId, LocalDate from, LocalDate to) {
				return LongStream.range(101, 101 + peers).boxed().toList();
			}

		};
		ActivityRows rows = new ActivityRows(null, null) {

			@Override
			List<DayCounts> days(long postingId, LocalDate from, LocalDate to) {
				return List.of(new DayCounts(LocalDate.of(2026, 5, 8), new ActivityTotals(60, 12, 1, 0)),
						new DayCounts(TODAY, new ActivityTotals(40, 8, 2, 1)));
			}

			@Override
			Map<Long, ActivityTotals> totals(Collection<Long> postingIds, LocalDate from, LocalDate to) {
				Map<Long, ActivityTotals> totals = new HashMap<>();
				for (long id : postingIds) {
					long n = id - 101;
					if (n > 0) {
						totals.put(id, new ActivityTotals(100 * n, 10 * n, n, 0));
					}
				}
				return totals;
			}

		};
		return new ActivityReports(postings, rows, PROPERTIES, CLOCK);
	}

}
