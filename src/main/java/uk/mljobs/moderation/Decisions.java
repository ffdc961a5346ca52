package uk.mljobs.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Decisions extends JpaRepository<ModerationDecision, Long> {

	List<ModerationDecision> findAllByOrderByDecidedAtDescIdDesc(Pageable page);

	List<ModerationDecision> findBySubjectAndSubjectIdOrderByDecidedAtDescIdDesc(DecisionSubject subject,
			long subjectId);

	@Query("""
			SELECT d.action AS action, count(d) AS count FROM ModerationDecision d
			WHERE d.subject = :subject AND d.subjectId IN :ids GROUP BY d.action""")
	List<Tally> tally(DecisionSubject subject, Collection<Long> ids);

	@Query("""
			SELECT DISTINCT d.subjectId FROM ModerationDecision d
			WHERE d.subject = :subject AND d.action = :action AND d.decidedAt >= :since""")
	List<Long> decidedSince(DecisionSubject subject, DecisionAction action, Instant since);

	interface Tally {

		DecisionAction getAction();

		long getCount();

	}

	@Modifying
	@Query("UPDATE ModerationDecision d SET d.subjectLabel = :label WHERE d.subject = :subject AND d.subjectId = :id")
	int relabel(DecisionSubject subject, long id, String label);

}
