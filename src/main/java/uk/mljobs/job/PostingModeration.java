package uk.mljobs.job;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.moderation.DecisionAction;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.shared.NotFoundException;

/**
 * An admin's decision on a posting in review: approve it (it goes live, its approved
 * version is kept) or reject it with a reason. Each decision goes into the moderation log
 * and to the recruiter by mail.
 */
@Service
@Transactional(readOnly = true)
public class PostingModeration {

	private final Postings postings;

	private final PostingLayout layout;

	private final PostingVersions versions;

	private final ModerationLog moderationLog;

	private final PostingNotices notices;

	private final Clock clock;

	PostingModeration(Postings postings, PostingLayout layout, PostingVersions versions, ModerationLog moderationLog,
			PostingNotices notices, Clock clock) {
		this.postings = postings;
		this.layout = layout;
		this.versions = versions;
		this.moderationLog = moderationLog;
		this.notices = notices;
		this.clock = clock;
	}

	/** The posting as its page will show it, whatever its state. */
	public PostingPage forReview(long id) {
		return this.layout.page(existing(id));
	}

	@Transactional
	public void approve(long id, long adminId) {
		Posting posting = existing(id);
		posting.approve(this.clock.instant());
		this.versions.approved(posting);
		this.moderationLog.record(DecisionSubject.POSTING, id, posting.title(), DecisionAction.APPROVE, null, adminId);
		this.notices.approved(posting);
	}

	@Transactional
	public void reject(long id, long adminId, String reason) {
		Posting posting = existing(id);
		posting.reject(reason.strip(), this.clock.instant());
		this.moderationLog.record(DecisionSubject.POSTING, id, posting.title(), DecisionAction.REJECT, reason.strip(),
				adminId);
		this.notices.rejected(posting, reason.strip());
	}

	private Posting existing(long id) {
		return this.postings.findById(id).orElseThrow(() -> NotFoundException.of("posting", String.valueOf(id)));
	}

}
