package uk.mljobs.job;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.account.AccountDeleted;
import uk.mljobs.account.AccountDisabled;

/**
 * What becomes of a recruiter's postings when their account is deleted or disabled, in
 * the same transaction as the account's change.
 */
@Component
class AccountPostings {

	private final Postings postings;

	private final Clock clock;

	AccountPostings(Postings postings, Clock clock) {
		this.postings = postings;
		this.clock = clock;
	}

	/** The account is going: its seen postings close, the rest are deleted. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void onAccountDeleted(AccountDeleted deleted) {
		for (Posting posting : this.postings.findByRecruiterIdOrderByUpdatedAtDescIdDesc(deleted.accountId())) {
			if (posting.deletable()) {
				this.postings.delete(posting);
			}
			else if (!posting.status().isEnded()) {
				posting.end(PostingStatus.CLOSED, this.clock.instant());
			}
		}
		this.postings.flush();
	}

	/**
	 * An admin disabled the account: its live postings close, and postings waiting for
	 * their first review go back to drafts, out of the queue. Drafts stay, should the
	 * account be enabled again.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void onAccountDisabled(AccountDisabled disabled) {
		Instant now = this.clock.instant();
		for (Posting posting : this.postings.findByRecruiterIdOrderByUpdatedAtDescIdDesc(disabled.accountId())) {
			if (posting.status() == PostingStatus.PUBLISHED
					|| (posting.status() == PostingStatus.SUBMITTED && !posting.deletable())) {
				posting.end(PostingStatus.CLOSED, now);
			}
			else if (posting.status() == PostingStatus.SUBMITTED) {
				posting.withdraw(now);
			}
		}
		this.postings.flush();
	}

}
