package uk.mljobs.job;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Where a posting is in its life, when it got there, and the rules for moving on:
 * written, reviewed, live, ended. Each step checks the state it starts from, so an
 * out-of-turn request (approving a draft, closing an expired posting) fails instead of
 * corrupting the record. Part of {@link Posting}'s row.
 */
@Embeddable
class PostingLife {

	@Enumerated(EnumType.STRING)
	private PostingStatus status = PostingStatus.DRAFT;

	private String rejectionReason;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant submittedAt;

	private Instant publishedAt;

	private Instant endedAt;

	/** Closed because its recruiter did not confirm it was still hiring. */
	private boolean notConfirmed;

	protected PostingLife() {
	}

	static PostingLife begun(Instant now) {
		PostingLife life = new PostingLife();
		life.createdAt = now;
		return life;
	}

	/** The content changed. */
	void touch(Instant now) {
		this.updatedAt = now;
	}

	/** A published posting's reviewable content changed: back to review. */
	void backToReview(Instant now) {
		this.status = PostingStatus.SUBMITTED;
		this.submittedAt = now;
	}

	void submit(Instant now) {
		requireOneOf("submit", PostingStatus.DRAFT, PostingStatus.REJECTED);
		this.status = PostingStatus.SUBMITTED;
		this.rejectionReason = null;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	void approve(Instant now) {
		requireOneOf("approve", PostingStatus.SUBMITTED);
		this.status = PostingStatus.PUBLISHED;
		if (this.publishedAt == null) {
			this.publishedAt = now;
		}
		this.updatedAt = now;
	}

	void reject(String reason, Instant now) {
		requireOneOf("reject", PostingStatus.SUBMITTED);
		this.status = PostingStatus.REJECTED;
		this.rejectionReason = reason;
		this.updatedAt = now;
	}

	/**
	 * Takes a never-published posting out of the review queue, back to a draft (its
	 * recruiter's account was disabled).
	 */
	void withdraw(Instant now) {
		requireOneOf("withdraw", PostingStatus.SUBMITTED);
		this.status = PostingStatus.DRAFT;
		this.updatedAt = now;
	}

	/** The recruiter ends it early: closed, or filled. */
	void end(PostingStatus outcome, Instant now) {
		if (outcome != PostingStatus.CLOSED && outcome != PostingStatus.FILLED) {
			throw new IllegalArgumentException("A recruiter ends a posting as closed or filled, not " + outcome);
		}
		if (this.publishedAt == null) {
			throw new PostingStateException("A posting that was never published cannot be closed; delete it instead.");
		}
		requireOneOf("close", PostingStatus.SUBMITTED, PostingStatus.PUBLISHED, PostingStatus.EXPIRED);
		this.status = outcome;
		this.endedAt = now;
		this.updatedAt = now;
	}

	/** Reports came in: the live posting waits for an admin again, out of sight. */
	void holdForReview(Instant now) {
		requireOneOf("hold for review", PostingStatus.PUBLISHED);
		this.status = PostingStatus.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/** Nobody confirmed it was still hiring when asked: it closes, and says why. */
	void closeUnconfirmed(Instant now) {
		requireOneOf("close as not confirmed", PostingStatus.PUBLISHED);
		this.status = PostingStatus.CLOSED;
		this.notConfirmed = true;
		this.endedAt = now;
		this.updatedAt = now;
	}

	boolean notConfirmed() {
		return this.notConfirmed;
	}

	/** Only a posting no seeker has seen can be deleted outright. */
	boolean deletable() {
		return this.publishedAt == null;
	}

	void expire(Instant now) {
		requireOneOf("expire", PostingStatus.PUBLISHED);
		this.status = PostingStatus.EXPIRED;
		this.endedAt = now;
		this.updatedAt = now;
	}

	/** An expired posting runs again, unchanged. */
	void repost(Instant now) {
		requireOneOf("repost", PostingStatus.EXPIRED);
		this.status = PostingStatus.PUBLISHED;
		this.endedAt = null;
		this.publishedAt = now;
		this.updatedAt = now;
	}

	/** Its employer's feed lists it again after it ended: live again. */
	void reopen(Instant now) {
		requireOneOf("reopen", PostingStatus.EXPIRED, PostingStatus.CLOSED);
		this.status = PostingStatus.PUBLISHED;
		this.endedAt = null;
		this.updatedAt = now;
	}

	void requireOneOf(String action, PostingStatus... allowed) {
		for (PostingStatus candidate : allowed) {
			if (this.status == candidate) {
				return;
			}
		}
		// A second press of the same button is the usual way here: say where it stands.
		throw new PostingStateException("This posting is now “" + this.status.label() + "”, so that cannot be done ("
				+ action + "). Reload the page to see where it stands.");
	}

	PostingStatus status() {
		return this.status;
	}

	String rejectionReason() {
		return this.rejectionReason;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	Instant publishedAt() {
		return this.publishedAt;
	}

}
