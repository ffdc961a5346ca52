package uk.mljobs.moderation;

import java.time.Instant;

/**
 * One decision as admins read it.
 *
 * @param adminId who decided; {@code null} once that admin's account is deleted
 */
public record DecisionView(long id, DecisionSubject subject, long subjectId, String subjectLabel, DecisionAction action,
		String reason, Long adminId, Instant decidedAt) {
}
