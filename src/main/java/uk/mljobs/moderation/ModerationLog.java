package uk.mljobs.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	/** How many decisions of each kind were made about these subjects. */
	public Map<DecisionAction, Long> tally(DecisionSubject subject, Collection<Long> subjectIds) {
		if (subjectIds.isEmpty()) {
			return Map.of();
		}
		Map<DecisionAction, Long> tally = new EnumMap<>(DecisionAction.class);
		this.decisions.tally(subject, subjectIds).forEach((row) -> tally.put(row.getAction(), row.getCount()));
		return tally;
	}

	/** The subjects that had an {@code action} decided about them since {@code since}. */
	public Set<Long> decidedSince(DecisionSubject subject, DecisionAction action, Instant since) {
		return new HashSet<>(this.decisions.decidedSince(subject, action, since));
	}

}
