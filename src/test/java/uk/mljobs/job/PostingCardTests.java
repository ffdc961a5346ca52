package uk.mljobs.job;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.mljobs.shared.CompanyMark;
import uk.mljobs.shared.PostingCard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A posting as search results, a company's page, a role guide and the home page list it.
 */
class PostingCardTests {

	/** 3 December 2026, 10:00 in London. */
	private static final Instant POSTED = Instant.parse("2026-12-03T10:00:00Z");

	private static PostingSummary summary(WorkMode mode, EmploymentType type, Ir35 ir35, long openDays) {
		return new PostingSummary(7, "Senior MLOps Engineer", "/jobs/7/senior-mlops-engineer", "Monzo", "London",
				"London", mode, type, new PostingPay(100_000, 150_000, false), PostingStatus.PUBLISHED, null,
				LocalDate.of(2026, 12, 31), 20L, false, Instant.EPOCH, POSTED, true, true, openDays, 2, ir35,
				"/companies/monzo/logo/0123456789abcdef.svg");
	}

	@Test
	void aCardSaysWhereAndWhatAsTheListsWordIt() {
		assertThat(summary(WorkMode.HYBRID, EmploymentType.PERMANENT_FULL_TIME, null, 3).card())
			.isEqualTo(new PostingCard(7, "Senior MLOps Engineer", "/jobs/7/senior-mlops-engineer", "Monzo", "London",
					"Permanent, full-time", "£100,000–£150,000 a year", false, true, true, 3, false, "Hybrid", null,
					LocalDate.of(2026, 12, 3), 2,
					new CompanyMark("Monzo", "/companies/monzo/logo/0123456789abcdef.svg")));
		PostingCard remote = summary(WorkMode.REMOTE, EmploymentType.CONTRACT, Ir35.OUTSIDE, 3).card();
		assertThat(remote.place()).isEqualTo("Remote");
		assertThat(remote.employmentType()).isEqualTo("Contract");
	}

	@Test
	void aCardCarriesPayPlaceModeTermsAndDateAsChips() {
		assertThat(summary(WorkMode.HYBRID, EmploymentType.PERMANENT_FULL_TIME, null, 3).card().chips())
			.extracting(PostingCard.Chip::kind, PostingCard.Chip::label, PostingCard.Chip::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("pay", "Pay", "£100,000–£150,000 a year"),
					org.assertj.core.groups.Tuple.tuple("place", "Location", "London"),
					org.assertj.core.groups.Tuple.tuple("mode", "Work mode", "Hybrid"),
					org.assertj.core.groups.Tuple.tuple("contract", "Terms", "Permanent, full-time"),
					org.assertj.core.groups.Tuple.tuple("posted", null, "Posted 3 Dec"));
		// Remote says so once; a contract says where it stands on IR35.
		assertThat(summary(WorkMode.REMOTE, EmploymentType.CONTRACT, Ir35.OUTSIDE, 3).card().chips())
			.extracting(PostingCard.Chip::text)
			.containsExactly("£100,000–£150,000 a year", "Remote", "Contract, Outside IR35", "Posted 3 Dec");
		assertThat(summary(WorkMode.REMOTE, EmploymentType.CONTRACT, Ir35.OUTSIDE, 3).card().chips().get(3).date())
			.isEqualTo(LocalDate.of(2026, 12, 3));
	}

	@Test
	void aCardSaysWhenAPostingHasBeenOpenLong() {
		assertThat(summary(WorkMode.HYBRID, EmploymentType.FIXED_TERM, null, PostingSummary.LONG_OPEN_DAYS).card()
			.longOpen()).isFalse();
		PostingCard old = summary(WorkMode.HYBRID, EmploymentType.FIXED_TERM, null, PostingSummary.LONG_OPEN_DAYS + 1)
			.card();
		assertThat(old).extracting(PostingCard::longOpen, PostingCard::openDays)
			.containsExactly(true, PostingSummary.LONG_OPEN_DAYS + 1L);
		assertThat(old.chips().get(old.chips().size() - 1)).extracting(PostingCard.Chip::kind, PostingCard.Chip::text)
			.containsExactly("long-open", "Posted 3 Dec, open for 61 days");
	}

	@Test
	void aCompanyWithoutALogoHasAMonogramOfItsInitialsInAColourOfItsOwn() {
		assertThat(new CompanyMark("Monzo", null).initials()).isEqualTo("M");
		assertThat(new CompanyMark("Ocado Technology", null).initials()).isEqualTo("OT");
		assertThat(new CompanyMark("The Hut Group", null).initials()).isEqualTo("HG");
		assertThat(new CompanyMark("GCHQ / NCSC", null).initials()).isEqualTo("GN");
		assertThat(new CompanyMark("Booking.com", null).initials()).isEqualTo("B");
		assertThat(new CompanyMark("Ocado Technology", null).tone())
			.isEqualTo(new CompanyMark("Ocado Technology", "/x.png").tone())
			.isBetween(0, CompanyMark.TONES - 1);
		// The eleven listed employers take all eight colours.
		assertThat(java.util.stream.Stream
			.of("Arm", "BT Group AI Labs", "Booking.com", "Cazoo", "Deliveroo", "GCHQ / NCSC", "Lloyds Banking Group",
					"Monzo", "NatWest Group", "Ocado Technology", "Tesco Technology")
			.map((name) -> new CompanyMark(name, null).tone())
			.distinct()
			.count()).isEqualTo(CompanyMark.TONES);
		assertThat(new CompanyMark("Monzo", null).hasLogo()).isFalse();
	}

}
