package uk.mljobs.moderation;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Decisions extends JpaRepository<ModerationDecision, Long> {

	List<ModerationDecision> findAllByOrderByDecidedAtDescIdDesc(Pageable page);

	List<ModerationDecision> findBySubjectAndSubjectIdOrderByDecidedAtDescIdDesc(DecisionSubject subject,
			long subjectId);

	@Modifying
	@Query("UPDATE ModerationDecision d SET d.subjectLabel = :label WHERE d.subject = :subject AND d.subjectId = :id")
	int relabel(DecisionSubject subject, long id, String label);

}
