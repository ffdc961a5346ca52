package uk.mljobs.job;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where an imported posting came from: the employer's feed, the feed's id for it, when a
 * run last found it there, and whether a run closed it because it was gone.
 */
@Embeddable
class PostingSource {

	@Column(name = "source_id")
	private Long sourceId;

	@Column(name = "external_id")
	private String externalId;

	@Column(name = "last_seen_at")
	private Instant lastSeenAt;

	@Column(name = "end_reason")
	private String endReason;

	protected PostingSource() {
	}

	PostingSource(long sourceId, String externalId, Instant seen) {
		this.sourceId = sourceId;
		this.externalId = externalId;
		this.lastSeenAt = seen;
	}

	static final String GONE = "GONE_FROM_SOURCE";

	Long sourceId() {
		return this.sourceId;
	}

	String externalId() {
		return this.externalId;
	}

	Instant lastSeenAt() {
		return this.lastSeenAt;
	}

	boolean gone() {
		return GONE.equals(this.endReason);
	}

	void seen(Instant now) {
		this.lastSeenAt = now;
		this.endReason = null;
	}

	void markGone() {
		this.endReason = GONE;
	}

}
