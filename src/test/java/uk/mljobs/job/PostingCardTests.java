package uk.mljobs.job;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.mljobs.shared.PostingCard;

import static org.assertj.core.api.Assertions.assertThat;

/** A posting as a company's page, a role guide and the home page list it. */
class PostingCardTests {

	private static PostingSummary summary(WorkMode mode, EmploymentType type, long openDays) {
		return new PostingSummary(7, "Senior MLOps Engineer", "/jobs/7/senior-mlops-engineer", "Monzo", "London",
				"London", mode, type, new PostingPay(100_000, 150_000, false), PostingStatus.PUBLISHED, null,
				LocalDate.of(2026, 12, 31), 20L, 3, false, Instant.EPOCH, Instant.EPOCH, true, true, openDays, 0);
	}

	@Test
	void aCardSaysWhereAndWhatAsTheListsWordIt() {
		assertThat(summary(WorkMode.HYBRID, EmploymentType.PERMANENT_FULL_TIME, 3).card())
			.isEqualTo(new PostingCard("Senior MLOps Engineer", "/jobs/7/senior-mlops-engineer", "Monzo", "London",
					"Permanent, full-time", "£100,000–£150,000 a year", false, true, true, 3, false));
		PostingCard remote = summary(WorkMode.REMOTE, EmploymentType.CONTRACT, 3).card();
		assertThat(remote.place()).isEqualTo("Remote");
		assertThat(remote.employmentType()).isEqualTo("Contract");
	}

	@Test
	void aCardSaysWhenAPostingHasBeenOpenLong() {
		assertThat(summary(WorkMode.HYBRID, EmploymentType.FIXED_TERM, PostingSummary.LONG_OPEN_DAYS).card().longOpen())
			.isFalse();
		assertThat(summary(WorkMode.HYBRID, EmploymentType.FIXED_TERM, PostingSummary.LONG_OPEN_DAYS + 1).card())
			.extracting(PostingCard::longOpen, PostingCard::openDays)
			.containsExactly(true, PostingSummary.LONG_OPEN_DAYS + 1L);
	}

}
