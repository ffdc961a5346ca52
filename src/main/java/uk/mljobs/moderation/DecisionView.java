package uk.mljobs.moderation;

import java.time.Instant;

/**
 * One decision as admins read it.
 *
 * @param adminId who decided; {@code null} once that admin's account is deleted
 */
public record DecisionView(long id, DecisionSubject subject, long subjectId, String subjectLabel, DecisionAction action,
		String reason, Long adminId, Instant decidedAt) {

	/**
	 * The admin page of what was decided or changed, or {@code null} where there is none
	 * (company proposals are decided once and have no page of their own).
	 */
	public String path() {
		return switch (this.subject) {
			case POSTING -> "/admin/moderation/postings/" + this.subjectId;
			case COMPANY -> (this.action == DecisionAction.CREATE || this.action == DecisionAction.EDIT)
					? "/admin/companies/" + this.subjectId : null;
			case GUIDE -> "/admin/guides/" + this.subjectId;
			case ACCOUNT -> "/admin/users";
			case PHRASE -> "/admin/moderation/phrases";
			case SECTOR, TOWN -> null;
		};
	}

}
