package uk.mljobs.moderation;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes each decision in the same transaction as the change it decides, and reads them
 * back for admins.
 */
@Service
@Transactional(readOnly = true)
public class ModerationLog {

	private static final Logger log = LoggerFactory.getLogger(ModerationLog.class);

	private final Decisions decisions;

	private final Clock clock;

	ModerationLog(Decisions decisions, Clock clock) {
		this.decisions = decisions;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(DecisionSubject subject, long subjectId, String label, DecisionAction action, String reason,
			long adminId) {
		this.decisions
			.save(new ModerationDecision(subject, subjectId, label, action, reason, adminId, this.clock.instant()));
		log.info("Moderation: admin {} {} {} {}", adminId, action, subject, subjectId);
	}

	/**
	 * Replaces the label kept with every decision about a subject: for a subject whose
	 * name must not outlive it, such as a deleted account's owner.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void relabel(DecisionSubject subject, long subjectId, String label) {
		this.decisions.relabel(subject, subjectId, label);
	}

	public List<DecisionView> recent(int page, int size) {
		return this.decisions.findAllByOrderByDecidedAtDescIdDesc(PageRequest.of(page, size))
			.stream()
			.map(ModerationDecision::toView)
			.toList();
	}

	public List<DecisionView> about(DecisionSubject subject, long subjectId) {
		return this.decisions.findBySubjectAndSubjectIdOrderByDecidedAtDescIdDesc(subject, subjectId)
			.stream()
			.map(ModerationDecision::toView)
			.toList();
	}

}
