package uk.mljobs.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.activity.ReportedPostings;
import uk.mljobs.shared.UkTime;

/**
 * Postings as the activity page needs them: a recruiter's own, and the others like it
 * (same role and level, live in the same days) whose median it shows.
 */
@Component
@Transactional(readOnly = true)
class PostingsForActivity implements ReportedPostings {

	private final Postings postings;

	private final PostingLayout layout;

	PostingsForActivity(Postings postings, PostingLayout layout) {
		this.postings = postings;
		this.layout = layout;
	}

	@Override
	public Optional<ReportedPosting> owned(long postingId, long recruiterId) {
		return this.postings.findById(postingId)
			.filter((posting) -> Objects.equals(posting.recruiterId(), recruiterId))
			.map((posting) -> {
				PostingPage page = this.layout.page(posting);
				return new ReportedPosting(page.id(), page.title(), page.path(), page.role().title(),
						page.level().title(),
						(posting.publishedAt() != null) ? UkTime.dateOf(posting.publishedAt()) : null);
			});
	}

	@Override
	public List<Long> comparable(long postingId, LocalDate from, LocalDate to) {
		return this.postings.findById(postingId).map((posting) -> {
			// Other employers' postings only: the recruiter's own and their company's
			// others would let them steer the median onto a competitor's figure.
			List<Object[]> others = this.postings.findOthersLiveBetween(posting.roleId(), posting.levelId(),
					posting.companyId(), (posting.recruiterId() != null) ? posting.recruiterId() : -1L,
					from.atStartOfDay(UkTime.ZONE).toInstant(), to.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant());
			long employers = others.stream().map((row) -> row[1]).distinct().count();
			// A median of one or two employers' postings would be theirs to read.
			return (employers < FEWEST_EMPLOYERS) ? List.<Long>of()
					: others.stream().map((row) -> ((Number) row[0]).longValue()).toList();
		}).orElse(List.of());
	}

	/** The fewest other employers a median is drawn from. */
	static final int FEWEST_EMPLOYERS = 3;

}
