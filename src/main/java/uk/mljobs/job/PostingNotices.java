package uk.mljobs.job;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.account.AccountService;
import uk.mljobs.account.AccountView;
import uk.mljobs.system.Letters;
import uk.mljobs.system.MailOutbox;

/**
 * Tells a recruiter what an admin decided about their posting, by mail through the outbox
 * in the deciding transaction: live (with its public address), or sent back with the
 * reason.
 */
@Component
class PostingNotices {

	private final AccountService accounts;

	private final Letters letters;

	private final MailOutbox outbox;

	private final Clock clock;

	PostingNotices(AccountService accounts, Letters letters, MailOutbox outbox, Clock clock) {
		this.accounts = accounts;
		this.letters = letters;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void approved(Posting posting) {
		recruiter(
				posting)
			.ifPresent(
					(recruiter) -> this.outbox
						.enqueue(
								this.letters
									.letter("posting-approved:" + posting.id() + ":" + this.clock.millis(),
											recruiter.email(), "Your posting is live: " + posting.title(),
											recruiter.name(),
											List.of("An admin approved “" + posting.title()
													+ "”, and seekers can now find it on " + this.letters.siteName()
													+ ".",
													"It closes on "
															+ posting.closesOn()
																.format(java.time.format.DateTimeFormatter
																	.ofPattern("d MMMM yyyy", java.util.Locale.UK))
															+ "."),
											"See the posting", PostingLayout.path(posting), null)));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void rejected(Posting posting, String reason) {
		recruiter(posting).ifPresent((recruiter) -> this.outbox
			.enqueue(this.letters.letter("posting-rejected:" + posting.id() + ":" + this.clock.millis(),
					recruiter.email(), "Your posting needs changes: " + posting.title(), recruiter.name(),
					List.of("An admin sent “" + posting.title() + "” back before it went live. Their reason: " + reason,
							"Edit it and submit it again; until then only you can see it, marked Rejected."),
					"Edit the posting", "/recruiter/postings/" + posting.id(), null)));
	}

	private java.util.Optional<AccountView> recruiter(Posting posting) {
		return (posting.recruiterId() != null) ? this.accounts.account(posting.recruiterId())
				: java.util.Optional.empty();
	}

}
