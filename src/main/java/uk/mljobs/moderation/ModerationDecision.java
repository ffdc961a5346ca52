package uk.mljobs.moderation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "moderation_decision")
class ModerationDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private DecisionSubject subject;

	private long subjectId;

	private String subjectLabel;

	@Enumerated(EnumType.STRING)
	private DecisionAction action;

	private String reason;

	private Long adminId;

	private Instant decidedAt;

	protected ModerationDecision() {
	}

	ModerationDecision(DecisionSubject subject, long subjectId, String subjectLabel, DecisionAction action,
			String reason, long adminId, Instant decidedAt) {
		this.subject = subject;
		this.subjectId = subjectId;
		this.subjectLabel = subjectLabel;
		this.action = action;
		this.reason = reason;
		this.adminId = adminId;
		this.decidedAt = decidedAt;
	}

	DecisionView toView() {
		return new DecisionView(this.id, this.subject, this.subjectId, this.subjectLabel, this.action, this.reason,
				this.adminId, this.decidedAt);
	}

}
